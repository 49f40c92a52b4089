package dev.preflight.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule's documented examples behave as documented against the real spec: the valid
 * one draws no error or warning at all, the invalid one draws that rule and no other error.
 */
class BuiltInRuleExamplesTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  static Stream<RuleMetadata> rules() {
    return BuiltInRules.all().stream().map(rule -> rule.metadata());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validExampleDrawsNoErrorOrWarning(RuleMetadata rule) {
    ValidationReport report = VALIDATOR.validate(rule.validExample());
    assertThat(report.atLeast(Severity.WARNING)).as(report.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void invalidExampleDrawsThatRuleAndNoOtherError(RuleMetadata rule) {
    ValidationReport report = VALIDATOR.validate(rule.invalidExample());
    assertThat(report.violations())
        .as(report.toString())
        .anySatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo(rule.id());
              assertThat(v.severity()).isEqualTo(rule.defaultSeverity());
            });
    assertThat(report.atLeast(Severity.WARNING))
        .as(report.toString())
        .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(rule.id()));
  }
}
