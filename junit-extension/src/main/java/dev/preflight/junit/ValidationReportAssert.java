package dev.preflight.junit;

import dev.preflight.rules.ValidationReport;

/**
 * AssertJ assertions on a {@link ValidationReport}; start with {@link
 * PresetAssertions#assertThat(ValidationReport)}.
 */
public class ValidationReportAssert
    extends AbstractPresetReportAssert<ValidationReportAssert, ValidationReport> {

  /** Prefer {@link PresetAssertions#assertThat(ValidationReport)}; public for soft assertions. */
  public ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  @Override
  ValidationReport report() {
    return actual;
  }
}
