package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaxTokensMinimumRuleTest {
  private final RuleTester tester = RuleTester.of(new MaxTokensMinimumRule());

  @ParameterizedTest
  @ValueSource(strings = {"max_tokens", "max_completion_tokens"})
  void sixteenAndMoreAreFine(String field) {
    tester.accepts("{'" + field + "': 16}");
    tester.accepts("{'" + field + "': 4096}");
    tester.accepts("{'" + field + "': null}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"max_tokens", "max_completion_tokens"})
  void belowOneIsAnError(String field) {
    tester.rejects(
        "{'" + field + "': 0}",
        Severity.ERROR,
        "/" + field,
        field + " is 0; it must be at least 1");
    tester.rejects("{'" + field + "': -5}", Severity.ERROR, "/" + field, field + " is -5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"max_tokens", "max_completion_tokens"})
  void oneToFifteenIsAWarning(String field) {
    tester.rejects(
        "{'" + field + "': 1}",
        Severity.WARNING,
        "/" + field,
        field + " is 1; some providers enforce a minimum of 16");
    tester.rejects("{'" + field + "': 15}", Severity.WARNING, "/" + field, field + " is 15", "16");
  }

  @ParameterizedTest
  @ValueSource(strings = {"max_tokens", "max_completion_tokens"})
  void configuredSeverityAppliesToTheErrorAndCapsTheWarning(String field) {
    Violation belowOne = tester.check("{'" + field + "': 0}", Severity.WARNING).get(0);
    assertThat(belowOne.severity()).isEqualTo(Severity.WARNING);
    Violation small = tester.check("{'" + field + "': 8}", Severity.INFO).get(0);
    assertThat(small.severity()).isEqualTo(Severity.INFO);
    Violation smallAtError = tester.check("{'" + field + "': 8}", Severity.ERROR).get(0);
    assertThat(smallAtError.severity()).isEqualTo(Severity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"max_tokens", "max_completion_tokens"})
  void wrongTypesAreSkipped(String field) {
    tester.accepts("{'" + field + "': 'ten'}");
  }
}
