package dev.preflight.cli;

import dev.preflight.client.ApiException;
import dev.preflight.client.NetworkException;
import dev.preflight.client.PresetClientException;
import dev.preflight.client.ResponseFormatException;
import dev.preflight.rules.ConfigException;
import dev.preflight.validator.SpecException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into an exit code and one line on standard error that says what and where;
 * the stack trace only with {@code --debug}, since users act on the message, not on the trace. An
 * error answer of OpenRouter exits with 3, no answer at all with 4, everything else with 2.
 */
final class FailureHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final String DEBUG_OPTION = "--debug";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    command
        .getErr()
        .println(
            command.getCommandSpec().qualifiedName()
                + ": "
                + oneLine(ex.getMessage())
                + " (see '"
                + command.getCommandSpec().qualifiedName()
                + " --help')");
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    if (isExpected(ex)) {
      err.println(name + ": " + oneLine(ex.getMessage()));
    } else {
      err.println(
          name
              + ": internal error: "
              + ex.getClass().getName()
              + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
              + (debug(parseResult) ? "" : " (run with --debug for the stack trace)"));
    }
    if (debug(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return exitCode(ex);
  }

  private static int exitCode(Exception ex) {
    if (ex instanceof NetworkException) {
      return ExitCodes.NETWORK;
    }
    if (ex instanceof ApiException || ex instanceof ResponseFormatException) {
      return ExitCodes.API_ERROR;
    }
    return ExitCodes.USAGE;
  }

  /**
   * Failures the user causes and can fix, or that the server or network cause: the message is all
   * they need. {@link PresetClientException} messages never carry the API key.
   */
  private static boolean isExpected(Exception ex) {
    return ex instanceof CliException
        || ex instanceof PresetClientException
        || ex instanceof ConfigException
        || ex instanceof SpecException
        || ex instanceof UncheckedIOException
        || ex instanceof IllegalArgumentException;
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(DEBUG_OPTION)) {
        return true;
      }
    }
    return false;
  }

  /** {@code message} with its line breaks, and the blanks around them, made single spaces. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
