package dev.preflight.rules;

import java.util.Locale;
import java.util.Optional;

/** How serious a {@link Violation} is. A report is valid when it has no {@link #ERROR}. */
public enum Severity {
  /** The body is wrong: OpenRouter rejects it, or it does not mean what its author intended. */
  ERROR,
  /** The body is accepted but probably not what was meant. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO;

  /** The lower-case name used in reports and configuration files: {@code error}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this severity is at least as serious as {@code threshold} ({@code ERROR} is at least
   * {@code WARNING}).
   */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * Parses a label as written in configuration ({@code error}, {@code warning}, {@code info}),
   * ignoring case.
   *
   * @return the severity, or empty when the text names none
   */
  public static Optional<Severity> fromLabel(String label) {
    if (label == null) {
      return Optional.empty();
    }
    for (Severity severity : values()) {
      if (severity.name().equalsIgnoreCase(label.trim())) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
