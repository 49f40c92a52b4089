package dev.preflight.cli;

import java.io.PrintWriter;

/** Writes the results of a {@code lint} run in one output format. */
interface ReportWriter {
  void write(LintResults results, PrintWriter out);
}
