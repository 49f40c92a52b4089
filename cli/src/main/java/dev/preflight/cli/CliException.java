package dev.preflight.cli;

/**
 * The command cannot do what it was asked: a path matches no file, a file cannot be read or
 * written, a setting is invalid. Reported as one line on standard error with exit code 2.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
