package dev.preflight.cli;

import dev.preflight.validator.PresetValidator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * Runs the command line in-process, in a working directory of the test's choosing, with the
 * environment variables the test sets and no others.
 */
final class CliRun {
  private final Path workingDirectory;
  private byte[] stdin = new byte[0];
  private boolean terminal;
  private UnaryOperator<PresetValidator.Builder> customizer = UnaryOperator.identity();
  private final Map<String, String> variables = new HashMap<>();

  private CliRun(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  static CliRun in(Path workingDirectory) {
    return new CliRun(workingDirectory);
  }

  CliRun stdin(String text) {
    this.stdin = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  CliRun onTerminal() {
    this.terminal = true;
    return this;
  }

  CliRun validator(UnaryOperator<PresetValidator.Builder> customizer) {
    this.customizer = customizer;
    return this;
  }

  CliRun env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  Result run(String... args) {
    CliEnvironment environment =
        new CliEnvironment(
            workingDirectory,
            new ByteArrayInputStream(stdin),
            terminal,
            Map.copyOf(variables)::get,
            customizer);
    CommandLine commandLine = PreflightCommand.commandLine(environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {}
}
