package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class EmptyPresetRuleTest {
  private final RuleTester tester = RuleTester.of(new EmptyPresetRule());

  @Test
  void aConfigurationFieldOrASystemPrompt() {
    tester.accepts("{'model': 'm', 'messages': []}");
    tester.accepts("{'messages': [{'role': 'system', 'content': 'x'}]}");
    tester.accepts(
        "{'messages': [{'role': 'developer', 'content': [{'type': 'text', 'text': 'x'}]}]}");
    tester.accepts("{'temperature': 0.2, 'stream': true, 'messages': []}");
  }

  @Test
  void onlyIgnoredFields() {
    tester.rejects(
        "{'messages': [{'role': 'user', 'content': 'hi'}], 'stream': true}",
        Severity.ERROR,
        "",
        "nothing would be persisted",
        "no system prompt");
  }

  @Test
  void nullFieldsAndBlankPromptsCountAsAbsent() {
    tester.rejects(
        "{'model': null, 'messages': [{'role': 'system', 'content': '  '}]}",
        Severity.ERROR,
        "",
        "nothing would be persisted");
  }
}
