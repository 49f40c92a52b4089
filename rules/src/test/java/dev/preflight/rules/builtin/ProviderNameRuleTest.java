package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderNameRuleTest {
  private final RuleTester tester = RuleTester.of(new ProviderNameRule());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Anthropic",
        "anthropic",
        "Amazon Bedrock",
        "amazon-bedrock",
        "deepinfra/turbo",
        "google-vertex",
        "Z.AI",
        "z-ai",
        "moonshotai",
        "FakeProvider"
      })
  void knownNamesAndSlugs(String name) {
    tester.accepts(
        "{'provider': {'order': ['"
            + name
            + "'], 'only': ['"
            + name
            + "'], 'ignore': ['"
            + name
            + "']}}");
  }

  @Test
  void misspelledProviderWithDidYouMean() {
    assertThat(
            tester
                .rejects(
                    "{'provider': {'order': ['OpenAI', 'antropic']}}",
                    Severity.WARNING,
                    "/provider/order/1",
                    "provider.order names 'antropic', which is not a known provider")
                .suggestion())
        .contains("Anthropic");
  }

  @Test
  void unknownProviderWithoutCloseName() {
    assertThat(
            tester
                .rejects(
                    "{'provider': {'ignore': ['my-own-gpu-farm']}}",
                    Severity.WARNING,
                    "/provider/ignore/0",
                    "provider.ignore names 'my-own-gpu-farm'")
                .suggestion())
        .isEmpty();
  }

  @Test
  void onlyListIsChecked() {
    tester.rejects(
        "{'provider': {'only': ['Togehter']}}",
        Severity.WARNING,
        "/provider/only/0",
        "provider.only names 'Togehter'");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts("{'provider': {'order': 'antropic', 'only': [5, null]}}");
    tester.accepts("{'provider': 'antropic'}");
  }
}
