package dev.preflight.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating one request body: its violations, sorted by position.
 *
 * <p>A report is {@linkplain #isValid() valid} when it holds no violation of severity {@link
 * Severity#ERROR}; warnings and infos do not make it invalid. Instances are immutable and
 * thread-safe.
 */
public final class ValidationReport {
  /**
   * Document order: by line and column where known, then by JSON Pointer (array indices compared as
   * numbers), then by rule id and message so that the order is total and stable.
   */
  public static final Comparator<Violation> POSITION_ORDER = new PositionOrder();

  private final String source;
  private final List<Violation> violations;

  private ValidationReport(String source, List<Violation> violations) {
    this.source = source;
    this.violations = violations;
  }

  /** A report of these violations (in any order), for an input without a name. */
  public static ValidationReport of(Collection<Violation> violations) {
    return of(null, violations);
  }

  /**
   * A report of these violations (in any order) about the input called {@code source} (a file path,
   * a resource name), or null when the input has no name.
   */
  public static ValidationReport of(String source, Collection<Violation> violations) {
    if (violations.isEmpty()) {
      return new ValidationReport(source, List.of()); // the valid body's case: nothing to sort
    }
    List<Violation> sorted = new ArrayList<>(violations);
    for (Violation violation : sorted) {
      Objects.requireNonNull(violation, "violation");
    }
    sorted.sort(POSITION_ORDER);
    return new ValidationReport(source, List.copyOf(sorted));
  }

  /** This report, naming its input {@code newSource}. */
  public ValidationReport withSource(String newSource) {
    return new ValidationReport(newSource, violations);
  }

  /** The name of the validated input (a file path), if it has one. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** True when no violation is an {@link Severity#ERROR}. */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** True when there is any violation, of any severity. */
  public boolean hasViolations() {
    return !violations.isEmpty();
  }

  /** All violations, sorted by position; unmodifiable. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}, sorted by position. */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** The violations of severity {@link Severity#WARNING}, sorted by position. */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** The violations of severity {@link Severity#INFO}, sorted by position. */
  public List<Violation> infos() {
    return withSeverity(Severity.INFO);
  }

  /** The violations at or above {@code threshold} ({@code WARNING} gives errors and warnings). */
  public List<Violation> atLeast(Severity threshold) {
    List<Violation> result = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.severity().isAtLeast(threshold)) {
        result.add(violation);
      }
    }
    return List.copyOf(result);
  }

  private List<Violation> withSeverity(Severity severity) {
    List<Violation> result = new ArrayList<>();
    for (Violation violation : violations) {
      if (violation.severity() == severity) {
        result.add(violation);
      }
    }
    return List.copyOf(result);
  }

  /**
   * A summary line, then one line per violation in the form {@code source:line:col severity rule-id
   * message}, the form compilers and linters print.
   */
  @Override
  public String toString() {
    String name = source == null ? "<input>" : source;
    StringBuilder out = new StringBuilder();
    long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    long infos = violations.size() - errors - warnings;
    out.append(name).append(": ").append(isValid() ? "valid" : "invalid");
    if (!violations.isEmpty()) {
      out.append(" (")
          .append(plural(errors, "error"))
          .append(", ")
          .append(plural(warnings, "warning"))
          .append(", ")
          .append(plural(infos, "info"))
          .append(')');
    }
    for (Violation violation : violations) {
      out.append('\n').append(formatLine(name, violation));
    }
    return out.toString();
  }

  /**
   * One violation as {@code source:line:col severity rule-id message (suggestion)}; without a
   * position, the JSON Pointer stands where line and column would.
   */
  public static String formatLine(String source, Violation violation) {
    StringBuilder out = new StringBuilder(source).append(':');
    if (violation.line().isPresent()) {
      out.append(violation.line().getAsInt()).append(':').append(violation.column().orElse(1));
    } else {
      out.append(violation.pointer().isEmpty() ? "/" : Violation.shownPointer(violation.pointer()));
    }
    out.append(' ').append(violation.severity().label());
    out.append(' ').append(violation.ruleId());
    out.append(' ').append(violation.message());
    if (!violation.pointer().isEmpty() && violation.line().isPresent()) {
      out.append(" at ").append(Violation.shownPointer(violation.pointer()));
    }
    violation.suggestion().ifPresent(s -> out.append(" (").append(s).append(')'));
    return out.toString();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && Objects.equals(source, ((ValidationReport) other).source)
        && violations.equals(((ValidationReport) other).violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, violations);
  }

  /**
   * The order of {@link #POSITION_ORDER}: line, then column (a violation without them last), then
   * pointer, rule id and message; read from the fields, without an {@code OptionalInt} per key.
   */
  private static int compareByPosition(Violation a, Violation b) {
    int result = Integer.compare(orLast(a.rawLine()), orLast(b.rawLine()));
    if (result != 0) {
      return result;
    }
    result = Integer.compare(orLast(a.rawColumn()), orLast(b.rawColumn()));
    if (result != 0) {
      return result;
    }
    result = comparePointers(a.pointer(), b.pointer());
    if (result != 0) {
      return result;
    }
    result = a.ruleId().compareTo(b.ruleId());
    return result != 0 ? result : a.message().compareTo(b.message());
  }

  private static int orLast(int lineOrColumn) {
    return lineOrColumn > 0 ? lineOrColumn : Integer.MAX_VALUE;
  }

  /** Compares JSON Pointers segment by segment, array indices numerically. */
  static int comparePointers(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    int shared = Math.min(left.length, right.length);
    for (int i = 0; i < shared; i++) {
      int result = compareSegments(left[i], right[i]);
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareSegments(String a, String b) {
    boolean numericA = isIndex(a);
    boolean numericB = isIndex(b);
    if (numericA && numericB) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@link #POSITION_ORDER}; a class rather than a method reference, for cold starts. */
  private static final class PositionOrder implements Comparator<Violation> {
    @Override
    public int compare(Violation a, Violation b) {
      return compareByPosition(a, b);
    }
  }
}
