package dev.preflight.cli;

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
 * Turns every failure into exit code 2 and one line on standard error that says what and where; the
 * stack trace only with {@code --debug}, since users act on the message, not on the trace.
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
    return ExitCodes.USAGE;
  }

  /** Failures the user causes and can fix: the message is all they need. */
  private static boolean isExpected(Exception ex) {
    return ex instanceof CliException
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

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
