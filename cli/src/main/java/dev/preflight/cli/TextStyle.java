package dev.preflight.cli;

import dev.preflight.rules.Severity;

/**
 * ANSI colors for the text format, or none: colors go to a terminal or where asked for, never into
 * a file or a pipe by default.
 */
final class TextStyle {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final boolean enabled;

  TextStyle(boolean enabled) {
    this.enabled = enabled;
  }

  String severity(Severity severity, String text) {
    switch (severity) {
      case ERROR:
        return paint(RED, text);
      case WARNING:
        return paint(YELLOW, text);
      default:
        return paint(CYAN, text);
    }
  }

  String dim(String text) {
    return paint(DIM, text);
  }

  String bold(String text) {
    return paint(BOLD, text);
  }

  /** The summary line: red when the run fails, yellow for findings below the threshold. */
  String summary(boolean failed, boolean anyProblem, String text) {
    return paint(BOLD + (failed ? RED : anyProblem ? YELLOW : GREEN), text);
  }

  private String paint(String code, String text) {
    return enabled ? code + text + RESET : text;
  }
}
