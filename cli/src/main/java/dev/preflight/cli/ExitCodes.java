package dev.preflight.cli;

/** The exit codes of {@code preflight}, part of its contract with scripts and CI. */
final class ExitCodes {
  /** Nothing at or above the {@code --fail-on} threshold. */
  static final int OK = 0;

  /** At least one finding at or above the {@code --fail-on} threshold. */
  static final int FINDINGS = 1;

  /** A usage error, a missing or unreadable path, a bad configuration or spec. */
  static final int USAGE = 2;

  static final String OK_HELP = "0:nothing at or above the --fail-on threshold";
  static final String FINDINGS_HELP = "1:findings at or above the threshold";
  static final String USAGE_HELP =
      "2:usage error, missing or unreadable path, bad configuration or spec";
  static final String DOCUMENTATION = "Documentation: " + RuleDoc.RULE_DOCS_BASE + "cli.md";

  private ExitCodes() {}
}
