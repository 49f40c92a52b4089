package dev.preflight.junit;

import dev.preflight.client.PresetSlug;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions {@link ValidationReportAssert} and {@link PresetAssert} share. Every failure
 * message ends with the whole report, one {@code file:line:col severity rule-id message} line per
 * violation.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the asserted value
 */
public abstract class AbstractPresetReportAssert<
        SELF extends AbstractPresetReportAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  AbstractPresetReportAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The report these assertions inspect; {@code actual} is not null. */
  abstract ValidationReport report();

  /** Verifies that the report has no {@link Severity#ERROR}. */
  public SELF isValid() {
    isNotNull();
    ValidationReport report = report();
    if (!report.isValid()) {
      failWithMessage(
          "%nExpecting the preset to be valid, but it has %s:%n%s",
          count(report.errors().size(), "error"), report);
    }
    return myself;
  }

  /**
   * Verifies that the preset can be published: it is {@linkplain #isValid() valid}, something would
   * be persisted (no {@code empty-preset} violation), and, when the report names its file, the slug
   * derived from the file name is valid (lower-case letters, digits and single hyphens, at most 64
   * characters).
   */
  public SELF isPublishable() {
    isNotNull();
    ValidationReport report = report();
    List<String> reasons = new ArrayList<>();
    if (!report.isValid()) {
      reasons.add("it has " + count(report.errors().size(), "error"));
    }
    reasons.addAll(
        Publishability.problems(
            report, report.source().map(PresetSlug::fromFileName).orElse(null)));
    if (!reasons.isEmpty()) {
      failWithMessage(
          "%nExpecting the preset to be publishable, but %s:%n%s",
          String.join("; ", reasons), report);
    }
    return myself;
  }

  /** Verifies that the report has no {@link Severity#WARNING}. */
  public SELF hasNoWarnings() {
    isNotNull();
    ValidationReport report = report();
    if (!report.warnings().isEmpty()) {
      failWithMessage(
          "%nExpecting no warnings, but found %s:%n%s",
          count(report.warnings().size(), "warning"), report);
    }
    return myself;
  }

  /** Verifies that the report has a violation of rule {@code ruleId}, of any severity. */
  public SELF hasViolation(String ruleId) {
    isNotNull();
    ValidationReport report = report();
    if (report.violations().stream().noneMatch(v -> v.ruleId().equals(ruleId))) {
      failWithMessage("%nExpecting a violation of %s, but found none:%n%s", ruleId, report);
    }
    return myself;
  }

  /**
   * Verifies that the report has a violation of rule {@code ruleId} at the JSON Pointer {@code
   * pointer} ({@code ""} for the whole body, {@code /provider/sort} for a property).
   */
  public SELF hasViolationAt(String ruleId, String pointer) {
    isNotNull();
    ValidationReport report = report();
    List<String> pointers =
        report.violations().stream()
            .filter(v -> v.ruleId().equals(ruleId))
            .map(Violation::pointer)
            .collect(Collectors.toList());
    if (!pointers.contains(pointer)) {
      failWithMessage(
          "%nExpecting a violation of %s at '%s', but found %s:%n%s",
          ruleId, pointer, pointers.isEmpty() ? "none" : "it only at " + quoted(pointers), report);
    }
    return myself;
  }

  /**
   * Verifies that the report violates exactly these rules: each of them at least once, and no
   * other. With no ids, verifies that the report has no violation at all.
   */
  public SELF hasOnlyViolations(String... ruleIds) {
    isNotNull();
    ValidationReport report = report();
    Set<String> expected = new LinkedHashSet<>(List.of(ruleIds));
    Set<String> actualIds = new TreeSet<>();
    report.violations().forEach(v -> actualIds.add(v.ruleId()));
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actualIds);
    Set<String> unexpected = new TreeSet<>(actualIds);
    unexpected.removeAll(expected);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      if (!missing.isEmpty()) {
        reasons.add("no violation of " + missing);
      }
      if (!unexpected.isEmpty()) {
        reasons.add("unexpected violations of " + unexpected);
      }
      failWithMessage(
          "%nExpecting only violations of %s, but found %s:%n%s",
          expected, String.join(" and ", reasons), report);
    }
    return myself;
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String quoted(List<String> pointers) {
    return pointers.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
  }
}
