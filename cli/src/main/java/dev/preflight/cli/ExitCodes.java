package dev.preflight.cli;

/** The exit codes of {@code preflight}, part of its contract with scripts and CI. */
final class ExitCodes {
  /** Nothing at or above the {@code --fail-on} threshold. */
  static final int OK = 0;

  /** At least one finding at or above the {@code --fail-on} threshold. */
  static final int FINDINGS = 1;

  /** A usage error, a missing or unreadable path, a bad configuration or spec. */
  static final int USAGE = 2;

  /**
   * {@code publish}: OpenRouter answered with an error status (or a success answer that cannot be
   * read); standard error has the status, the error code and the server's message.
   */
  static final int API_ERROR = 3;

  /** {@code publish}: no answer, the connection failed or broke, or a timeout ran out. */
  static final int NETWORK = 4;

  static final String OK_HELP = "0:nothing at or above the --fail-on threshold";
  static final String FINDINGS_HELP = "1:findings at or above the threshold";
  static final String USAGE_HELP =
      "2:usage error, missing or unreadable path, bad configuration or spec";
  static final String PUBLISH_OK_HELP =
      "0:published, unchanged (--if-changed), or shown (--dry-run)";
  static final String PUBLISH_FINDINGS_HELP =
      "1:the body has findings at or above the --fail-on threshold: nothing sent";
  static final String PUBLISH_USAGE_HELP =
      "2:usage error, missing file, invalid slug or base URL, no API key, bad configuration";
  static final String API_ERROR_HELP =
      "3:OpenRouter answered with an error (status, code and message on standard error)";
  static final String NETWORK_HELP = "4:no answer: connection failed or broke, or a timeout";
  static final String DOCUMENTATION = "Documentation: " + RuleDoc.RULE_DOCS_BASE + "cli.md";

  private ExitCodes() {}
}
