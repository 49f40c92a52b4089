package dev.preflight.cli;

import dev.preflight.rules.RuleConfig;
import dev.preflight.rules.Severity;
import dev.preflight.validator.PresetValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that decide how bodies are checked: which spec, which overlays, which configuration
 * file and which rule severities. Shared by every command that builds a validator.
 */
final class ValidatorOptions {
  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description =
          "An OpenRouter OpenAPI document to validate against instead of the bundled one.")
  String spec;

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "An OpenAPI Overlay applied to the spec first (repeatable, in order).")
  List<String> overlays = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The rule configuration (default: the nearest "
              + RuleConfig.FILE_NAME
              + " from the working directory up).")
  String config;

  @Option(
      names = "--rule",
      paramLabel = "ID=SEVERITY",
      description =
          "Sets a rule's severity: error, warning, info, or off (repeatable; wins over the"
              + " configuration file).")
  List<String> rules = new ArrayList<>();

  /**
   * Builds the validator these options describe; once per run, since loading the spec is the
   * expensive part.
   *
   * @throws CliException when a file is missing or a {@code --rule} is malformed
   */
  PresetValidator build(CliEnvironment environment) {
    PresetValidator.Builder builder = PresetValidator.builder();
    if (spec != null) {
      builder.spec(existingFile(environment, "--spec", spec));
    }
    for (String overlay : overlays) {
      builder.overlay(existingFile(environment, "--overlay", overlay));
    }
    Optional<Path> configFile =
        config != null
            ? Optional.of(existingFile(environment, "--config", config))
            : nearestConfig(environment.workingDirectory());
    configFile.ifPresent(builder::config);
    for (String setting : rules) {
      applyRule(builder, setting);
    }
    try {
      return environment.validatorCustomizer().apply(builder).build();
    } catch (IllegalArgumentException e) {
      throw new CliException(blame(e.getMessage()), e);
    }
  }

  /** Names the {@code --rule} option behind an unknown rule id, so the user knows where to look. */
  private String blame(String message) {
    for (String setting : rules) {
      int equals = setting.indexOf('=');
      if (message != null && message.contains("'" + setting.substring(0, equals).trim() + "'")) {
        return "--rule " + setting + ": " + message;
      }
    }
    return message;
  }

  private static void applyRule(PresetValidator.Builder builder, String setting) {
    int equals = setting.indexOf('=');
    if (equals <= 0) {
      throw new CliException(
          "--rule " + setting + ": expected ID=SEVERITY, such as unknown-field=warning");
    }
    String id = setting.substring(0, equals).trim();
    String level = setting.substring(equals + 1).trim().toLowerCase(Locale.ROOT);
    if (level.equals("off")) {
      builder.disable(id);
      return;
    }
    Severity severity =
        Severity.fromLabel(level)
            .orElseThrow(
                () ->
                    new CliException(
                        "--rule "
                            + setting
                            + ": unknown severity '"
                            + level
                            + "', expected one of off, info, warning, error"));
    builder.rule(id, severity);
  }

  private static Path existingFile(CliEnvironment environment, String option, String name) {
    Path file = environment.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new CliException(option + " " + name + ": no such file");
    }
    return file;
  }

  /** The closest {@code preflight.json} in the working directory or one of its parents. */
  static Optional<Path> nearestConfig(Path directory) {
    for (Path dir = directory; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RuleConfig.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
