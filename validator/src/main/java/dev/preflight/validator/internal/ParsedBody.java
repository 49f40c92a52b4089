package dev.preflight.validator.internal;

import dev.preflight.rules.Violation;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A request body as read: its tree (null when it could not be read as a JSON object), the text it
 * came from (null for a tree given as such), and what reading it found wrong.
 */
public final class ParsedBody {
  private final JsonNode root;
  private final String text;
  private final List<Violation> violations;

  ParsedBody(JsonNode root, String text, List<Violation> violations) {
    this.root = root;
    this.text = text;
    this.violations = violations;
  }

  public static ParsedBody ofTree(JsonNode root) {
    return new ParsedBody(root, null, List.of());
  }

  /** The parsed object, or null when the input is not a readable JSON object. */
  public JsonNode root() {
    return root;
  }

  /** The input text, for locating violations; null when the input was a tree. */
  public String text() {
    return text;
  }

  /** The parse-level violations (json-syntax, duplicate-key, input-limit), with positions. */
  public List<Violation> violations() {
    return violations;
  }
}
