package dev.preflight.cli;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code preflight lint}: checks request bodies and reports what is wrong with them. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks request bodies against the OpenAPI spec and the lint rules.",
      "PATH is a file, a directory (its *.json files, recursively), a glob pattern relative to"
          + " the working directory (quote it), or - for standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_HELP, ExitCodes.FINDINGS_HELP, ExitCodes.USAGE_HELP},
    footer = {"", ExitCodes.DOCUMENTATION})
final class LintCommand implements Callable<Integer> {
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private ValidatorOptions validatorOptions = new ValidatorOptions();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "What to lint.")
  private List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text, json, sarif, github or junit (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Writes the report to FILE instead of standard output.")
  private String output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      converter = SeverityConverter.class,
      description =
          "The least severity that makes the exit code 1: error, warning or info"
              + " (default: ${DEFAULT-VALUE}).")
  private Severity failOn;

  @Option(
      names = "--quiet",
      description = "Shows only findings at or above the --fail-on threshold.")
  private boolean quiet;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colors in the text format: auto (when standard output is a terminal), always or never"
              + " (default: ${DEFAULT-VALUE}).")
  private String color;

  LintCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ColorMode colorMode = colorMode();
    List<LintInput> inputs = new InputResolver(environment.workingDirectory()).resolve(paths);
    PresetValidator validator = validatorOptions.build(environment);
    List<FileResult> files = new ArrayList<>(inputs.size());
    for (LintInput input : inputs) {
      ValidationReport report = validate(validator, input);
      files.add(new FileResult(input, quiet ? report.atLeast(failOn) : report.violations()));
    }
    LintResults results = new LintResults(files, validator.rules(), failOn);
    ReportWriter writer = writer(validator, colorMode);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(results, out);
      out.flush();
    } else {
      writeToFile(writer, results);
    }
    return results.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private ValidationReport validate(PresetValidator validator, LintInput input) {
    try {
      return input.isStdin()
          ? validator.validate(environment.stdin())
          : validator.validate(input.file());
    } catch (UncheckedIOException e) {
      throw new CliException(
          input.displayName() + ": cannot read: " + e.getCause().getMessage(), e);
    }
  }

  private ReportWriter writer(PresetValidator validator, ColorMode colorMode) {
    switch (format) {
      case JSON:
        return new JsonReport();
      case SARIF:
        return new SarifReport(new RuleCatalog(validator.rules()));
      case GITHUB:
        return new GithubReport();
      case JUNIT:
        return new JunitReport();
      case TEXT:
      default:
        boolean colors =
            colorMode == ColorMode.ALWAYS
                || (colorMode == ColorMode.AUTO && output == null && environment.terminal());
        return new TextReport(new TextStyle(colors));
    }
  }

  private void writeToFile(ReportWriter writer, LintResults results) {
    Path file = environment.resolve(output);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    } catch (IOException e) {
      throw new CliException("--output " + output + ": cannot write: " + e.getMessage(), e);
    }
    try (Writer stream =
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(stream)) {
      writer.write(results, out);
      out.flush();
      if (out.checkError()) {
        throw new IOException("write failed");
      }
    } catch (IOException e) {
      throw new CliException("--output " + output + ": cannot write: " + e.getMessage(), e);
    }
  }

  private ColorMode colorMode() {
    for (ColorMode mode : ColorMode.values()) {
      if (mode.name().equalsIgnoreCase(color)) {
        return mode;
      }
    }
    throw new CliException(
        "--color " + color + ": unknown value, expected one of auto, always, never");
  }
}
