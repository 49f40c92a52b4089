package dev.preflight.junit;

import dev.preflight.client.PresetSlug;
import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** The check a {@link ValidPreset} annotation asks for, applied to one preset. */
final class PresetCheck {
  private final Severity failOn;
  private final boolean publishable;
  private final String slug;

  private PresetCheck(Severity failOn, boolean publishable, String slug) {
    this.failOn = failOn;
    this.publishable = publishable;
    this.slug = slug;
  }

  /** The check {@code settings} asks for. */
  static PresetCheck of(ValidPreset settings) {
    return new PresetCheck(settings.failOn(), settings.publishable(), settings.slug());
  }

  /** The default check: no error, publishable under the slug derived from the file name. */
  static PresetCheck defaults() {
    return new PresetCheck(Severity.ERROR, true, "");
  }

  /**
   * Passes when the preset meets this check.
   *
   * @throws InvalidPresetError naming what failed, followed by the whole report
   */
  void verify(Preset preset) {
    List<String> reasons = new ArrayList<>();
    List<Violation> failing = preset.report().atLeast(failOn);
    if (!failing.isEmpty()) {
      reasons.add(
          failing.size()
              + (failing.size() == 1 ? " violation" : " violations")
              + " at or above "
              + failOn.label()
              + " (failOn = "
              + failOn
              + ")");
    }
    if (publishable) {
      reasons.addAll(Publishability.problems(preset.report(), null));
      String effectiveSlug = slug.isEmpty() ? PresetSlug.fromFileName(preset.location()) : slug;
      PresetSlug.problem(effectiveSlug)
          .map(
              problem ->
                  slug.isEmpty()
                      ? problem + "; rename the file or set @ValidPreset(slug = \"...\")"
                      : problem)
          .ifPresent(reasons::add);
    }
    if (!reasons.isEmpty()) {
      StringBuilder message = new StringBuilder(preset.location()).append(" fails @ValidPreset:");
      for (String reason : reasons) {
        message.append("\n- ").append(reason);
      }
      message.append('\n').append(preset.report());
      throw new InvalidPresetError(message.toString());
    }
  }
}
