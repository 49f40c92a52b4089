package dev.preflight.junit;

import dev.preflight.client.PresetSlug;
import dev.preflight.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a preset from being published, beyond errors: nothing would be persisted ({@code
 * empty-preset}), or its slug is not valid ({@link PresetSlug}). The one definition the extension
 * and the assertions share.
 */
final class Publishability {
  /** The rule that reports a body from which a preset would persist nothing. */
  static final String EMPTY_PRESET = "empty-preset";

  private Publishability() {}

  /**
   * Why the preset cannot be published although it may be valid, one sentence each; empty when
   * nothing but its errors (if any) stands in the way.
   *
   * @param slug the slug it would be published under, or null to skip the slug check
   */
  static List<String> problems(ValidationReport report, String slug) {
    List<String> problems = new ArrayList<>();
    if (report.violations().stream().anyMatch(v -> v.ruleId().equals(EMPTY_PRESET))) {
      problems.add("nothing would be persisted (" + EMPTY_PRESET + ")");
    }
    if (slug != null) {
      PresetSlug.problem(slug).ifPresent(problems::add);
    }
    return List.copyOf(problems);
  }
}
