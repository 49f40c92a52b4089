package dev.preflight.cli;

import dev.preflight.validator.PresetPreview;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The human form of a {@link PresetPreview}: the persisted configuration as indented JSON, the
 * system prompt and the ignored fields, each under its heading and indented by two spaces, so that
 * a prompt line never reads as a heading.
 */
final class PreviewText {
  private static final String INDENT = "  ";

  private PreviewText() {}

  static void write(PresetPreview preview, PrintWriter out) {
    ObjectNode config = ReportJson.MAPPER.createObjectNode().setAll(preview.config());
    out.println("config:");
    indented(ReportJson.MAPPER.writeValueAsString(config), out);
    if (preview.systemPrompt().isPresent()) {
      out.println("system prompt:");
      indented(preview.systemPrompt().get(), out);
    } else {
      out.println("system prompt: none");
    }
    List<String> ignored = preview.ignoredFields();
    if (ignored.isEmpty()) {
      out.println("ignored fields: none");
    } else {
      out.println("ignored fields:");
      indented(String.join("\n", ignored), out);
    }
    if (preview.isEmpty()) {
      out.println("nothing would be persisted: neither configuration nor system prompt");
    }
  }

  private static void indented(String text, PrintWriter out) {
    text.lines().forEach(line -> out.println(line.isEmpty() ? "" : INDENT + line));
  }
}
