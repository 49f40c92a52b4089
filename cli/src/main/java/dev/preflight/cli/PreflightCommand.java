package dev.preflight.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code preflight} command line: {@code lint} request bodies, list the {@code rules}, {@code
 * explain} one, {@code preview} and {@code publish} a preset. Exit codes: 0 when nothing is at or
 * above the {@code --fail-on} threshold, 1 when something is, 2 for a usage error, a missing or
 * unreadable path, or a bad configuration or spec; {@code publish} adds 3 for an error answer of
 * OpenRouter and 4 for no answer.
 */
@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks OpenRouter chat-request bodies before they become presets.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK_HELP,
      ExitCodes.FINDINGS_HELP,
      ExitCodes.USAGE_HELP,
      ExitCodes.API_ERROR_HELP + " (publish)",
      ExitCodes.NETWORK_HELP + " (publish)"
    },
    footer = {"", ExitCodes.DOCUMENTATION})
public final class PreflightCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = FailureHandler.DEBUG_OPTION,
      scope = ScopeType.INHERIT,
      description = "Prints the stack trace of a failure.")
  private boolean debug;

  private PreflightCommand() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    int exitCode;
    try {
      exitCode = commandLine(CliEnvironment.system()).execute(args);
    } catch (Error e) {
      // picocli handles exceptions only; an Error (a broken classpath, no memory left) must not
      // end the JVM with exit code 1, which scripts read as "findings"
      System.err.println("preflight: internal error: " + e);
      if (Arrays.asList(args).contains(FailureHandler.DEBUG_OPTION)) {
        e.printStackTrace();
      }
      exitCode = ExitCodes.USAGE;
    }
    System.exit(exitCode);
  }

  /** The command line with its subcommands and error handling, in {@code environment}. */
  static CommandLine commandLine(CliEnvironment environment) {
    CommandLine commandLine = new CommandLine(new PreflightCommand());
    commandLine.addSubcommand(new LintCommand(environment));
    commandLine.addSubcommand(new RulesCommand(environment));
    commandLine.addSubcommand(new ExplainCommand(environment));
    commandLine.addSubcommand(new PreviewCommand(environment));
    commandLine.addSubcommand(new PublishCommand(environment));
    commandLine.addSubcommand(new CommandLine.HelpCommand());
    FailureHandler failures = new FailureHandler();
    commandLine.setParameterExceptionHandler(failures);
    commandLine.setExecutionExceptionHandler(failures);
    return commandLine;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "preflight: missing command: lint, rules, explain, preview or publish (see 'preflight"
            + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }
}
