package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Violation;
import dev.preflight.validator.PresetValidator;
import org.junit.jupiter.api.Test;

/** The documented checks tell the truth: their examples do what the documentation says. */
class ValidatorChecksTest {
  private final PresetValidator validator = PresetValidator.standard();

  @Test
  void eachInvalidExampleIsReportedUnderItsIdAndEachValidOneIsNot() {
    int checked = 0;
    for (RuleDoc check : ValidatorChecks.all()) {
      if (check.invalidExample().isEmpty()) {
        continue;
      }
      assertThat(validator.validate(check.invalidExample()).violations())
          .as("invalid example of %s", check.id())
          .extracting(Violation::ruleId)
          .contains(check.id());
      assertThat(validator.validate(check.validExample()).violations())
          .as("valid example of %s", check.id())
          .isEmpty();
      checked++;
    }
    assertThat(checked).isEqualTo(6);
  }

  @Test
  void describesSchemaKeywordsItDoesNotDocumentButNotOtherIds() {
    assertThat(ValidatorChecks.find("spec/minimum")).isEmpty();
    assertThat(ValidatorChecks.describe("spec/minimum").orElseThrow().summary())
        .isEqualTo("The body satisfies the spec's 'minimum' constraint.");
    assertThat(ValidatorChecks.describe("made-up")).isEmpty();
  }
}
