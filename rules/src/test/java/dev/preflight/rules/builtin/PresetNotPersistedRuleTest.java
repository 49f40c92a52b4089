package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetNotPersistedRuleTest {
  private final RuleTester tester = RuleTester.of(new PresetNotPersistedRule());

  @Test
  void onlyPersistedFieldsAndOneSystemMessage() {
    tester.accepts(
        "{'model': 'm', 'temperature': 1, 'messages': [{'role': 'system', 'content': 'x'}]}");
    tester.accepts("{'model': 'm', 'messages': [{'role': 'developer', 'content': 'x'}]}");
    tester.accepts("{'model': 'm', 'messages': []}");
  }

  @Test
  void aUserMessageIsNotPersisted() {
    tester.rejects(
        "{'messages': [{'role': 'system', 'content': 'x'}, {'role': 'user', 'content': 'hi'}]}",
        Severity.INFO,
        "/messages/1",
        "the user message is not persisted",
        "keeps only the first system or developer message");
  }

  @Test
  void severalDroppedMessagesAreReportedOnceAtTheFirst() {
    tester.rejects(
        "{'messages': [{'role': 'user', 'content': 'a'}, {'role': 'system', 'content': 'x'},"
            + " {'role': 'system', 'content': 'y'}]}",
        Severity.INFO,
        "/messages/0",
        "2 messages are not persisted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stream", "stream_options", "prompt", "debug"})
  void ignoredTopLevelFields(String field) {
    tester.rejects(
        "{'model': 'm', '" + field + "': true}",
        Severity.INFO,
        "/" + field,
        field + " is not persisted: creating a preset ignores it");
  }

  @Test
  void everyIgnoredFieldIsReported() {
    assertThat(tester.check("{'stream': true, 'debug': {}, 'model': 'm'}"))
        .extracting(v -> v.pointer())
        .containsExactly("/stream", "/debug");
  }
}
