package dev.preflight.cli;

import dev.preflight.rules.RuleSet;
import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.util.List;

/**
 * Everything a report format needs about one {@code lint} run: the results per file in the order
 * they were linted, the rules that ran, and the {@code --fail-on} threshold.
 */
record LintResults(List<FileResult> files, RuleSet rules, Severity failOn) {
  LintResults {
    files = List.copyOf(files);
  }

  /** The number of shown findings of {@code severity}, over all files. */
  int count(Severity severity) {
    int count = 0;
    for (FileResult file : files) {
      for (Violation violation : file.violations()) {
        if (violation.severity() == severity) {
          count++;
        }
      }
    }
    return count;
  }

  /** The number of shown findings, over all files. */
  int problems() {
    return files.stream().mapToInt(file -> file.violations().size()).sum();
  }

  /** Whether any finding is at or above the threshold: the run exits with 1. */
  boolean failed() {
    return files.stream()
        .flatMap(file -> file.violations().stream())
        .anyMatch(violation -> violation.severity().isAtLeast(failOn));
  }

  /** {@code 3 problems (2 errors, 1 warning, 0 infos) in 2 files}. */
  String summary() {
    return plural(problems(), "problem")
        + " ("
        + plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + plural(count(Severity.INFO), "info")
        + ") in "
        + plural(files.size(), "file");
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
