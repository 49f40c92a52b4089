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

  @Test
  void checksAndSuggestsAsTheRegularExpressionsDo() {
    java.util.regex.Pattern name = java.util.regex.Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    java.util.regex.Pattern disallowed = java.util.regex.Pattern.compile("[^a-zA-Z0-9_-]");
    String alphabet = "azAZ09_- .\u00e9\ud83d\ude00\ud800/`{@[";
    java.util.Random random = new java.util.Random(2);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(10) == 0 ? 60 + random.nextInt(10) : random.nextInt(8);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = text.toString();
      assertThat(FunctionNameFormatRule.isValid(candidate))
          .as(candidate)
          .isEqualTo(name.matcher(candidate).matches());
      String replaced = disallowed.matcher(candidate).replaceAll("_");
      assertThat(FunctionNameFormatRule.suggestedName(candidate))
          .as(candidate)
          .isEqualTo(replaced.length() > 64 ? replaced.substring(0, 64) : replaced);
    }
  }
}
