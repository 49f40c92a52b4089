package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaxPriceFormatRuleTest {
  private final RuleTester tester = RuleTester.of(new MaxPriceFormatRule());

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "2.5", "'0'", "'2.5'", "'.5'", "'1e-3'", "'10.'"})
  void nonNegativeNumbersAndNumericStrings(String price) {
    tester.accepts("{'provider': {'max_price': {'prompt': " + price + "}}}");
  }

  @Test
  void negativeNumber() {
    tester.rejects(
        "{'provider': {'max_price': {'prompt': -1}}}",
        Severity.ERROR,
        "/provider/max_price/prompt",
        "max_price.prompt is -1; a price cannot be negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "$1", "1,5", "", "one", "1.2.3"})
  void stringsThatAreNotNonNegativeDecimals(String price) {
    tester.rejects(
        "{'provider': {'max_price': {'completion': '" + price + "'}}}",
        Severity.ERROR,
        "/provider/max_price/completion",
        "max_price.completion is \"" + price + "\"; a price must be a non-negative decimal number");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts("{'provider': {'max_price': {'prompt': true, 'request': null}}}");
    tester.accepts("{'provider': {'max_price': 5}}");
  }
}
