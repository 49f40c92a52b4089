package dev.preflight.cli;

import dev.preflight.validator.PresetPreview;
import dev.preflight.validator.PresetValidator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code preflight preview}: what a preset created from a body would contain. It does not validate;
 * {@code lint} does.
 */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Shows what a preset created from a request body would contain: the configuration"
          + " OpenRouter persists (as JSON), the system prompt, and the fields it drops.",
      "It does not validate the body; lint does. FILE is a file, or - for standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the preview was shown",
      "1:the body is not a JSON object, so it has no preview",
      "2:usage error, missing or unreadable file"
    },
    footer = {"", ExitCodes.DOCUMENTATION})
final class PreviewCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The request body.")
  private String file;

  PreviewCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    BodyFile body = BodyFile.read(environment, file);
    PresetPreview preview;
    try {
      preview = PresetValidator.standard().preview(body.bytes());
    } catch (IllegalArgumentException notAnObject) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          spec.qualifiedName()
              + ": "
              + body.input().displayName()
              + ": "
              + FailureHandler.oneLine(notAnObject.getMessage()));
      err.flush();
      return ExitCodes.FINDINGS;
    }
    PrintWriter out = spec.commandLine().getOut();
    PreviewText.write(preview, out);
    out.flush();
    return ExitCodes.OK;
  }
}
