package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class ResponseHealingRequirementsRuleTest {
  private final RuleTester tester = RuleTester.of(new ResponseHealingRequirementsRule());

  @Test
  void jsonFormatsWithoutStreaming() {
    tester.accepts(
        "{'plugins': [{'id': 'response-healing'}], 'response_format': {'type': 'json_object'}}");
    tester.accepts(
        "{'plugins': [{'id': 'response-healing'}], 'stream': false,"
            + " 'response_format': {'type': 'json_schema', 'json_schema': {'name': 'x'}}}");
    tester.accepts("{'plugins': [{'id': 'response-healing', 'enabled': false}], 'stream': true}");
    tester.accepts("{'plugins': [{'id': 'web'}]}");
  }

  @Test
  void withoutAJsonResponseFormat() {
    tester.rejects(
        "{'plugins': [{'id': 'web'}, {'id': 'response-healing'}]}",
        Severity.WARNING,
        "/plugins/1",
        "only repairs JSON responses, but response_format is not set");
    tester.rejects(
        "{'plugins': [{'id': 'response-healing'}], 'response_format': {'type': 'text'}}",
        Severity.WARNING,
        "/plugins/0",
        "response_format has type 'text'");
  }

  @Test
  void withStreaming() {
    tester.rejects(
        "{'plugins': [{'id': 'response-healing'}], 'stream': true,"
            + " 'response_format': {'type': 'json_object'}}",
        Severity.WARNING,
        "/stream",
        "stream is true, but the response-healing plugin (at /plugins/0) does not repair"
            + " streamed responses");
  }

  @Test
  void bothProblemsAreReported() {
    assertThat(tester.check("{'plugins': [{'id': 'response-healing'}], 'stream': true}"))
        .extracting(v -> v.pointer())
        .containsExactly("/plugins/0", "/stream");
  }
}
