package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class FunctionNameFormatRuleTest {
  private final RuleTester tester = RuleTester.of(new FunctionNameFormatRule());

  private static String tool(String name) {
    return "{'tools': [{'type': 'function', 'function': {'name': '" + name + "'}}]}";
  }

  @Test
  void lettersDigitsUnderscoresAndDashesUpTo64() {
    tester.accepts(tool("get_order-status2"));
    tester.accepts(tool(text(64, 'f')));
    tester.accepts(tool("f"));
    tester.accepts(
        "{'tool_choice': {'type': 'function', 'function': {'name': 'get_order'}},"
            + " 'response_format': {'type': 'json_schema', 'json_schema': {'name': 'Invoice_v2'}}}");
  }

  @Test
  void sixtyFiveCharactersAreTooMany() {
    assertThat(
            tester
                .rejects(
                    tool(text(65, 'f')),
                    Severity.ERROR,
                    "/tools/0/function/name",
                    "name has 65 characters; at most 64 are allowed")
                .suggestion())
        .contains("use '" + text(64, 'f') + "'");
  }

  @Test
  void otherCharactersAreRejectedWithASanitizedSuggestion() {
    assertThat(
            tester
                .rejects(
                    tool("get order.status"),
                    Severity.ERROR,
                    "/tools/0/function/name",
                    "name 'get order.status' does not match ^[a-zA-Z0-9_-]{1,64}$")
                .suggestion())
        .contains("use 'get_order_status'");
  }

  @Test
  void anEmptyNameIsRejected() {
    tester.rejects(tool(""), Severity.ERROR, "/tools/0/function/name", "name '' does not match");
  }

  @Test
  void toolChoiceAndJsonSchemaNamesAreChecked() {
    tester.rejects(
        "{'tool_choice': {'type': 'function', 'function': {'name': 'get order'}}}",
        Severity.ERROR,
        "/tool_choice/function/name",
        "'get order'");
    tester.rejects(
        "{'response_format': {'type': 'json_schema', 'json_schema': {'name': 'my schema'}}}",
        Severity.ERROR,
        "/response_format/json_schema/name",
        "'my schema'");
  }

  @Test
  void serverToolsAndWrongTypesAreSkipped() {
    tester.accepts("{'tools': [{'type': 'openrouter:web_search'}]}");
    tester.accepts("{'tools': [{'type': 'function', 'function': {'name': 5}}]}");
    tester.accepts("{'tools': [{'type': 'function', 'function': 'get order'}]}");
  }
}
