package dev.preflight.junit;

import dev.preflight.rules.ValidationReport;

/**
 * Entry point of the AssertJ assertions on presets and validation reports.
 *
 * <pre>{@code
 * PresetAssertions.assertThat(PresetValidator.standard().validate(json))
 *     .isValid()
 *     .hasNoWarnings();
 * }</pre>
 *
 * <p>For soft assertions, use {@link PresetSoftAssertions}.
 */
public final class PresetAssertions {
  private PresetAssertions() {}

  /** Assertions on a validation report. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /** Assertions on a preset's report. */
  public static PresetAssert assertThat(Preset actual) {
    return new PresetAssert(actual);
  }
}
