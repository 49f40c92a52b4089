package dev.preflight.cli;

import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.io.PrintWriter;

/**
 * JUnit XML for CI dashboards: one test suite, one test case per file, and a failure in each test
 * case whose file has findings, listing them one per line as in the text format.
 */
final class JunitReport implements ReportWriter {
  @Override
  public void write(LintResults results, PrintWriter out) {
    int failures = 0;
    for (FileResult file : results.files()) {
      if (!file.violations().isEmpty()) {
        failures++;
      }
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    String counts =
        " tests=\"" + results.files().size() + "\" failures=\"" + failures + "\" errors=\"0\"";
    out.println("<testsuites name=\"preflight\"" + counts + ">");
    out.println("  <testsuite name=\"preflight lint\"" + counts + " skipped=\"0\">");
    for (FileResult file : results.files()) {
      String name = attribute(file.input().displayName());
      if (file.violations().isEmpty()) {
        out.println("    <testcase classname=\"preflight\" name=\"" + name + "\"/>");
        continue;
      }
      out.println("    <testcase classname=\"preflight\" name=\"" + name + "\">");
      out.println(
          "      <failure message=\""
              + attribute(summary(file))
              + "\" type=\""
              + highest(file).label()
              + "\">"
              + text(details(file))
              + "</failure>");
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }

  private static String summary(FileResult file) {
    int count = file.violations().size();
    return count + (count == 1 ? " problem" : " problems");
  }

  private static Severity highest(FileResult file) {
    Severity highest = Severity.INFO;
    for (Violation violation : file.violations()) {
      if (violation.severity().isAtLeast(highest)) {
        highest = violation.severity();
      }
    }
    return highest;
  }

  private static String details(FileResult file) {
    StringBuilder text = new StringBuilder();
    for (Violation violation : file.violations()) {
      text.append('\n')
          .append(TextReport.location(file.input().displayName(), violation))
          .append("  ")
          .append(violation.severity().label())
          .append("  ")
          .append(violation.ruleId())
          .append("  ")
          .append(TextReport.describe(violation));
    }
    return text.append('\n').toString();
  }

  /** Escapes text content; characters XML 1.0 cannot hold at all become U+FFFD. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        default:
          out.append(isXmlChar(value, i) ? c : '\uFFFD');
      }
    }
    return out.toString();
  }

  /** Escapes an attribute value, keeping line breaks as character references. */
  static String attribute(String value) {
    return text(value)
        .replace("\"", "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;");
  }

  private static boolean isXmlChar(String value, int index) {
    char c = value.charAt(index);
    if (Character.isSurrogate(c)) {
      // a paired surrogate is a valid supplementary character; a lone one is not
      return Character.isHighSurrogate(c)
          ? index + 1 < value.length() && Character.isLowSurrogate(value.charAt(index + 1))
          : index > 0 && Character.isHighSurrogate(value.charAt(index - 1));
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
