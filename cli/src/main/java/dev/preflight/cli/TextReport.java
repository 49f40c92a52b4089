package dev.preflight.cli;

import dev.preflight.rules.Violation;
import java.io.PrintWriter;
import java.util.List;

/**
 * The human format: per file, one line per finding as {@code path:line:col severity rule-id message
 * at /pointer (suggestion: ...)}, columns aligned within the file, files separated by a blank line;
 * then {@code N problems (E errors, W warnings, I infos) in F files}. Files without findings print
 * nothing.
 */
final class TextReport implements ReportWriter {
  private static final String GAP = "  ";

  private final TextStyle style;

  TextReport(TextStyle style) {
    this.style = style;
  }

  @Override
  public void write(LintResults results, PrintWriter out) {
    for (FileResult file : results.files()) {
      if (!file.violations().isEmpty()) {
        writeFile(file, out);
        out.println();
      }
    }
    out.println(style.summary(results.failed(), results.problems() > 0, results.summary()));
  }

  private void writeFile(FileResult file, PrintWriter out) {
    List<Violation> violations = file.violations();
    String name = file.input().displayName();
    int locationWidth = 0;
    int severityWidth = 0;
    int ruleWidth = 0;
    for (Violation violation : violations) {
      locationWidth = Math.max(locationWidth, location(name, violation).length());
      severityWidth = Math.max(severityWidth, violation.severity().label().length());
      ruleWidth = Math.max(ruleWidth, violation.ruleId().length());
    }
    for (Violation violation : violations) {
      out.println(
          pad(location(name, violation), locationWidth)
              + GAP
              + style.severity(
                  violation.severity(), pad(violation.severity().label(), severityWidth))
              + GAP
              + style.dim(pad(violation.ruleId(), ruleWidth))
              + GAP
              + describe(violation));
    }
  }

  /** {@code path:line:col}, or the path alone for a finding without position. */
  static String location(String name, Violation violation) {
    if (violation.line().isEmpty()) {
      return name;
    }
    return name + ":" + violation.line().getAsInt() + ":" + violation.column().orElse(1);
  }

  /** The message with the pointer of the offending value and the suggestion, if any. */
  static String describe(Violation violation) {
    StringBuilder text = new StringBuilder(violation.message());
    if (!violation.pointer().isEmpty()) {
      text.append(" at ").append(violation.pointer());
    }
    violation.suggestion().ifPresent(s -> text.append(" (suggestion: ").append(s).append(')'));
    return text.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
