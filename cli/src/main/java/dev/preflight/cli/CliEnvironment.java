package dev.preflight.cli;

import dev.preflight.validator.PresetValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a run of the command line sees of the world outside its arguments: the working directory
 * that relative paths resolve against, standard input, whether standard output is a terminal, the
 * environment variables (the API key of {@code publish}), and a hook to adjust the validator before
 * it is built. Tests replace all five instead of mutating {@code user.dir}, {@code System.in} or
 * the process environment.
 */
record CliEnvironment(
    Path workingDirectory,
    InputStream stdin,
    boolean terminal,
    Function<String, String> variables,
    UnaryOperator<PresetValidator.Builder> validatorCustomizer) {

  CliEnvironment {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(variables, "variables");
    Objects.requireNonNull(validatorCustomizer, "validatorCustomizer");
  }

  /** The environment of the running process. */
  static CliEnvironment system() {
    // NO_COLOR (https://no-color.org) turns automatic colors off even on a terminal.
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    return new CliEnvironment(
        Path.of("").toAbsolutePath(),
        System.in,
        terminal,
        System::getenv,
        UnaryOperator.identity());
  }

  /** The value of the environment variable {@code name}, or null when it is not set. */
  String variable(String name) {
    return variables.apply(name);
  }

  /** {@code path} resolved against the working directory. */
  Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }
}
