package dev.preflight.cli;

import dev.preflight.rules.Violation;
import java.util.List;

/**
 * The findings about one input that a report shows.
 *
 * @param input the linted input
 * @param violations the findings to show, in document order (with {@code --quiet}, only those at or
 *     above the threshold)
 */
record FileResult(LintInput input, List<Violation> violations) {
  FileResult {
    violations = List.copyOf(violations);
  }
}
