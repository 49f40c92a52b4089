package dev.preflight.junit;

import dev.preflight.rules.ValidationReport;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions on presets and reports: failures are collected and reported together by {@link
 * #assertAll()}.
 *
 * <pre>{@code
 * PresetSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(first).isValid();
 *   softly.assertThat(second).hasNoWarnings();
 * });
 * }</pre>
 *
 * <p>Also works with AssertJ's {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}.
 * Not thread-safe, like every AssertJ soft assertions object.
 */
public class PresetSoftAssertions extends AbstractSoftAssertions {

  /** Collects failures until {@link #assertAll()}. */
  public PresetSoftAssertions() {}

  /** Soft assertions on a validation report. */
  public ValidationReportAssert assertThat(ValidationReport actual) {
    return proxy(ValidationReportAssert.class, ValidationReport.class, actual);
  }

  /** Soft assertions on a preset's report. */
  public PresetAssert assertThat(Preset actual) {
    return proxy(PresetAssert.class, Preset.class, actual);
  }

  /** Runs {@code assertions} softly, then fails with every collected failure. */
  public static void assertSoftly(Consumer<PresetSoftAssertions> assertions) {
    SoftAssertionsProvider.assertSoftly(PresetSoftAssertions.class, assertions);
  }
}
