package dev.preflight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** One request body read whole, from a file or standard input ({@code -}), and how to name it. */
final class BodyFile {
  private final LintInput input;
  private final byte[] bytes;

  private BodyFile(LintInput input, byte[] bytes) {
    this.input = input;
    this.bytes = bytes;
  }

  /**
   * Reads the body {@code argument} names.
   *
   * @throws CliException when there is no such file or it cannot be read
   */
  static BodyFile read(CliEnvironment environment, String argument) {
    if (argument.equals("-")) {
      try {
        return new BodyFile(LintInput.stdin(), environment.stdin().readAllBytes());
      } catch (IOException e) {
        throw new CliException(LintInput.STDIN_NAME + ": cannot read: " + e.getMessage(), e);
      }
    }
    Path file;
    try {
      file = environment.resolve(argument);
    } catch (InvalidPathException e) {
      throw new CliException(argument + ": not a valid path: " + e.getReason(), e);
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException(argument + ": no such file");
    }
    try {
      return new BodyFile(
          LintInput.file(file, environment.workingDirectory()), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CliException(argument + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The file, or standard input, with the name reports give it. */
  LintInput input() {
    return input;
  }

  /** The body as read; the caller must not modify it. */
  byte[] bytes() {
    return bytes;
  }
}
