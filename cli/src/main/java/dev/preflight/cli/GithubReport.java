package dev.preflight.cli;

import dev.preflight.rules.Violation;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * {@code ::error file=…,line=…,col=…,title=rule-id::message}, with {@code warning} and {@code
 * notice} for the lower severities. Values are escaped as the runner expects, so a message with a
 * newline or a property with a comma cannot break the command.
 */
final class GithubReport implements ReportWriter {
  @Override
  public void write(LintResults results, PrintWriter out) {
    for (FileResult file : results.files()) {
      for (Violation violation : file.violations()) {
        out.println(command(file.input(), violation));
      }
    }
  }

  static String command(LintInput input, Violation violation) {
    StringBuilder line = new StringBuilder("::").append(commandName(violation)).append(' ');
    if (!input.isStdin()) {
      line.append("file=").append(escapeProperty(input.displayName())).append(',');
      if (violation.line().isPresent()) {
        line.append("line=").append(violation.line().getAsInt()).append(',');
        line.append("col=").append(violation.column().orElse(1)).append(',');
      }
    }
    line.append("title=").append(escapeProperty(violation.ruleId()));
    line.append("::").append(escapeData(TextReport.describe(violation)));
    return line.toString();
  }

  private static String commandName(Violation violation) {
    switch (violation.severity()) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  /** The message part of a command: {@code %}, CR and LF are escaped. */
  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: additionally {@code :} and {@code ,}, which separate properties. */
  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
