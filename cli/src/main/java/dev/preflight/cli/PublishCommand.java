package dev.preflight.cli;

import dev.preflight.client.PresetClient;
import dev.preflight.client.PresetSlug;
import dev.preflight.client.PresetValidationException;
import dev.preflight.client.PublishOption;
import dev.preflight.client.PublishResult;
import dev.preflight.client.PublishedPreset;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetPreview;
import dev.preflight.validator.PresetValidator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code preflight publish}: checks a body and creates a preset, or a new version of it, with
 * {@code POST /presets/{slug}/chat/completions}. The API key comes from {@value
 * PresetClient#API_KEY_VARIABLE} and is never printed.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks a request body, then creates the OpenRouter preset SLUG from it, or a new version"
          + " of it. The API key comes from the environment variable "
          + PresetClient.API_KEY_VARIABLE
          + " and is never printed.",
      "Findings are shown as lint shows them; findings at or above --fail-on stop the publish."
          + " FILE is a file, or - for standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.PUBLISH_OK_HELP,
      ExitCodes.PUBLISH_FINDINGS_HELP,
      ExitCodes.PUBLISH_USAGE_HELP,
      ExitCodes.API_ERROR_HELP,
      ExitCodes.NETWORK_HELP
    },
    footer = {"", ExitCodes.DOCUMENTATION})
final class PublishCommand implements Callable<Integer> {
  /** Stands in for the key when {@code --dry-run} checks the client configuration; never sent. */
  private static final String DRY_RUN_KEY = "dry-run";

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private ValidatorOptions validatorOptions = new ValidatorOptions();

  @Option(
      names = "--slug",
      paramLabel = "SLUG",
      required = true,
      description =
          "The preset's slug: lower-case letters, digits and single hyphens, at most 64"
              + " characters.")
  private String slug;

  @Parameters(paramLabel = "FILE", description = "The request body.")
  private String file;

  @Option(
      names = "--if-changed",
      description =
          "Reads the preset first and publishes only when its current version has another config"
              + " or system prompt (or there is no such preset).")
  private boolean ifChanged;

  @Option(
      names = "--dry-run",
      description =
          "Shows the preview and the requests that would be sent (the key masked), sends nothing;"
              + " needs no API key.")
  private boolean dryRun;

  @Option(
      names = "--force",
      description = "Sends the body even with findings at or above --fail-on.")
  private boolean force;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = PresetClient.DEFAULT_BASE_URL,
      description =
          "The API's base URL (default: ${DEFAULT-VALUE}); HTTPS unless the host is loopback.")
  private String baseUrl;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      converter = SeverityConverter.class,
      description =
          "The least severity that stops the publish with exit code 1: error, warning or info"
              + " (default: ${DEFAULT-VALUE}).")
  private Severity failOn;

  PublishCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PresetSlug.problem(slug)
        .ifPresent(
            problem -> {
              throw new CliException(problem);
            });
    BodyFile body = BodyFile.read(environment, file);
    PresetValidator validator = validatorOptions.build(environment);
    ValidationReport report =
        validator.validate(body.bytes()).withSource(body.input().displayName());
    PrintWriter out = spec.commandLine().getOut();
    if (!report.violations().isEmpty()) {
      new TextReport(new TextStyle(environment.terminal()))
          .write(
              new LintResults(
                  List.of(new FileResult(body.input(), report.violations())),
                  validator.rules(),
                  failOn),
              out);
      out.flush();
    }
    if (!report.atLeast(failOn).isEmpty() && !force) {
      return refuse(
          body, "it has findings at or above " + failOn.label() + " (--force sends it anyway)");
    }
    PresetClient.Builder client = PresetClient.builder().baseUrl(baseUrl).validator(validator);
    if (dryRun) {
      dryRun(client, validator, body, out);
      return ExitCodes.OK;
    }
    String key = environment.variable(PresetClient.API_KEY_VARIABLE);
    if (key == null || key.isBlank()) {
      throw new CliException(
          "no OpenRouter API key: set "
              + PresetClient.API_KEY_VARIABLE
              + " (--dry-run shows what would be sent without one)");
    }
    try {
      publish(client.apiKey(key).build(), body, out);
    } catch (PresetValidationException e) {
      // only a body that is not a JSON object with --force --if-changed: nothing to compare
      return refuse(body, "--if-changed compares a JSON object, and the body is none");
    }
    return ExitCodes.OK;
  }

  private void publish(PresetClient client, BodyFile body, PrintWriter out) {
    PublishOption[] options =
        force ? new PublishOption[] {PublishOption.SEND_INVALID_BODY} : new PublishOption[0];
    String text = new String(body.bytes(), StandardCharsets.UTF_8);
    if (ifChanged) {
      PublishResult result =
          body.input().isStdin()
              ? client.publishIfChanged(slug, text, options)
              : client.publishIfChanged(slug, body.input().file(), options);
      out.println(
          (result.published() ? "published " : "unchanged ")
              + describe(result.preset())
              + (result.published() ? "" : "; nothing was published"));
    } else {
      PublishedPreset preset =
          body.input().isStdin()
              ? client.publish(slug, text, options)
              : client.publish(slug, body.input().file(), options);
      out.println("published " + describe(preset));
    }
    out.flush();
  }

  /** {@code support-bot version 3 (preset id 650e..., version id 7a1...)}. */
  private static String describe(PublishedPreset preset) {
    return preset.slug()
        + " version "
        + preset.designatedVersion().version()
        + " (preset id "
        + preset.id()
        + ", version id "
        + preset.designatedVersion().id()
        + ")";
  }

  private void dryRun(
      PresetClient.Builder client, PresetValidator validator, BodyFile body, PrintWriter out) {
    // the real run's configuration checks (HTTPS unless loopback), with a key that is never sent
    client.apiKey(DRY_RUN_KEY).build();
    DryRun requests = new DryRun(baseUrl, "preflight/" + VersionProvider.version());
    out.println("preview of " + body.input().displayName() + ":");
    Optional<PresetPreview> preview = preview(validator, body);
    if (preview.isPresent()) {
      PreviewText.write(preview.get(), out);
    } else {
      out.println("none: the body is not a JSON object");
    }
    out.println();
    requests.write(slug, body.bytes(), ifChanged, out);
    out.flush();
  }

  private static Optional<PresetPreview> preview(PresetValidator validator, BodyFile body) {
    try {
      return Optional.of(validator.preview(body.bytes()));
    } catch (IllegalArgumentException notAnObject) {
      return Optional.empty();
    }
  }

  private int refuse(BodyFile body, String why) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": " + body.input().displayName() + " was not sent: " + why);
    err.flush();
    return ExitCodes.FINDINGS;
  }
}
