package dev.preflight.cli;

import dev.preflight.validator.PresetValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a run of the command line sees of the world outside its arguments: the working directory
 * that relative paths resolve against, standard input, whether standard output is a terminal, and a
 * hook to adjust the validator before it is built. Tests replace all four instead of mutating
 * {@code user.dir} or {@code System.in}.
 */
record CliEnvironment(
    Path workingDirectory,
    InputStream stdin,
    boolean terminal,
    UnaryOperator<PresetValidator.Builder> validatorCustomizer) {

  CliEnvironment {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(validatorCustomizer, "validatorCustomizer");
  }

  /** The environment of the running process. */
  static CliEnvironment system() {
    // NO_COLOR (https://no-color.org) turns automatic colors off even on a terminal.
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    return new CliEnvironment(
        Path.of("").toAbsolutePath(), System.in, terminal, UnaryOperator.identity());
  }

  /** {@code path} resolved against the working directory. */
  Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }
}
