package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class MultipleSystemPromptsRuleTest {
  private final RuleTester tester = RuleTester.of(new MultipleSystemPromptsRule());

  @Test
  void oneSystemOrDeveloperMessage() {
    tester.accepts(
        "{'messages': [{'role': 'system', 'content': 'x'}, {'role': 'user', 'content': 'y'}]}");
    tester.accepts("{'messages': [{'role': 'developer', 'content': 'x'}]}");
    tester.accepts("{'messages': 'x'}");
  }

  @Test
  void systemAndDeveloper() {
    tester.rejects(
        "{'messages': [{'role': 'system', 'content': 'x'}, {'role': 'user', 'content': 'y'},"
            + " {'role': 'developer', 'content': 'z'}]}",
        Severity.WARNING,
        "/messages/2",
        "another developer message; the one at /messages/0 is a system prompt too");
  }

  @Test
  void everyExtraSystemMessageIsReported() {
    assertThat(
            tester.check(
                "{'messages': [{'role': 'system', 'content': 'a'}, {'role': 'system', 'content':"
                    + " 'b'}, {'role': 'system', 'content': 'c'}]}"))
        .extracting(v -> v.pointer())
        .containsExactly("/messages/1", "/messages/2");
  }
}
