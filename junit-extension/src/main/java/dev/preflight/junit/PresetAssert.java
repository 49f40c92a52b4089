package dev.preflight.junit;

import dev.preflight.rules.ValidationReport;

/**
 * AssertJ assertions on a {@link Preset}, about its report; start with {@link
 * PresetAssertions#assertThat(Preset)}.
 */
public class PresetAssert extends AbstractPresetReportAssert<PresetAssert, Preset> {

  /** Prefer {@link PresetAssertions#assertThat(Preset)}; public for soft assertions. */
  public PresetAssert(Preset actual) {
    super(actual, PresetAssert.class);
  }

  @Override
  ValidationReport report() {
    return actual.report();
  }
}
