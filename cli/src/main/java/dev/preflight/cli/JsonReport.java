package dev.preflight.cli;

import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine format for other tools, documented in {@code docs/cli-json-format.md}: every file
 * with its findings, and a summary. Every key is always present ({@code null} when a finding has no
 * position or suggestion), so consumers need no existence checks. {@link #FORMAT_VERSION} changes
 * only when a key is removed or changes meaning.
 */
final class JsonReport implements ReportWriter {
  static final int FORMAT_VERSION = 1;

  private static final JsonMapper JSON = ReportJson.MAPPER;

  @Override
  public void write(LintResults results, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "preflight");
    tool.put("version", VersionProvider.version());
    root.put("failOn", results.failOn().label());
    ArrayNode files = root.putArray("files");
    for (FileResult file : results.files()) {
      ObjectNode entry = files.addObject();
      entry.put("path", file.input().displayName());
      ArrayNode violations = entry.putArray("violations");
      for (Violation violation : file.violations()) {
        violations.add(violation(violation));
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", results.files().size());
    summary.put("problems", results.problems());
    summary.put("errors", results.count(Severity.ERROR));
    summary.put("warnings", results.count(Severity.WARNING));
    summary.put("infos", results.count(Severity.INFO));
    summary.put("failed", results.failed());
    out.println(JSON.writeValueAsString(root));
  }

  private static ObjectNode violation(Violation violation) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", violation.ruleId());
    node.put("severity", violation.severity().label());
    node.put("pointer", violation.pointer());
    if (violation.line().isPresent()) {
      node.put("line", violation.line().getAsInt());
      node.put("column", violation.column().orElse(1));
    } else {
      node.putNull("line");
      node.putNull("column");
    }
    node.put("message", violation.message());
    node.put("suggestion", violation.suggestion().orElse(null));
    return node;
  }
}
