package dev.preflight.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * One body to lint: a file, or standard input.
 *
 * @param file the file, or null for standard input
 * @param displayName how reports name it: the path relative to the working directory with {@code /}
 *     separators, the absolute path for a file outside it, {@code <stdin>} for standard input
 */
record LintInput(Path file, String displayName) {
  /** The name reports use for standard input. */
  static final String STDIN_NAME = "<stdin>";

  static LintInput stdin() {
    return new LintInput(null, STDIN_NAME);
  }

  /** A file, named relative to {@code workingDirectory} when it lies inside it. */
  static LintInput file(Path file, Path workingDirectory) {
    Path absolute = file.toAbsolutePath().normalize();
    String name =
        absolute.startsWith(workingDirectory)
            ? workingDirectory.relativize(absolute).toString()
            : absolute.toString();
    return new LintInput(absolute, name.replace(absolute.getFileSystem().getSeparator(), "/"));
  }

  boolean isStdin() {
    return file == null;
  }

  /**
   * The file as a URI reference for SARIF: relative (percent-encoded) inside the working directory,
   * a {@code file:} URI outside it; empty for standard input.
   */
  String uri() {
    if (file == null) {
      return "";
    }
    if (!displayName.startsWith("/")) {
      try {
        return new URI(null, null, displayName, null).toASCIIString();
      } catch (URISyntaxException e) {
        // a relative path with a colon in its first segment; the absolute form always works
      }
    }
    return file.toUri().toASCIIString();
  }
}
