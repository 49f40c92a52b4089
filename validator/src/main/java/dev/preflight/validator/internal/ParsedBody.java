package dev.preflight.validator.internal;

import dev.preflight.rules.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A request body as read: its tree (null when it could not be read as a JSON object), the text it
 * came from (null for a tree given as such), and what reading it found wrong.
 */
public final class ParsedBody {
  private final JsonNode root;
  private String text;
  // Strict UTF-8 read straight into the tree: decoded into text only if a finding must be located.
  private final byte[] utf8;
  private final List<Violation> violations;

  ParsedBody(JsonNode root, String text, List<Violation> violations) {
    this.root = root;
    this.text = text;
    this.utf8 = null;
    this.violations = violations;
  }

  private ParsedBody(JsonNode root, byte[] utf8, List<Violation> violations) {
    this.root = root;
    this.utf8 = utf8;
    this.violations = violations;
  }

  public static ParsedBody ofTree(JsonNode root) {
    return new ParsedBody(root, (String) null, List.of());
  }

  /**
   * A body read whole from bytes already checked to be strict UTF-8; its findings (duplicate keys,
   * numbers) have pointers but no positions yet.
   */
  static ParsedBody ofUtf8(JsonNode root, byte[] utf8, List<Violation> violations) {
    return new ParsedBody(root, utf8, violations);
  }

  /** The parsed object, or null when the input is not a readable JSON object. */
  public JsonNode root() {
    return root;
  }

  /** Whether the body came as text or bytes, so that {@link #text()} has something to give. */
  public boolean hasText() {
    return text != null || utf8 != null;
  }

  /**
   * The input text, for locating violations (a byte-order mark included, as given); null when the
   * input was a tree. Not thread-safe: a body is read and checked on one thread.
   */
  public String text() {
    if (text == null && utf8 != null) {
      text = new String(utf8, StandardCharsets.UTF_8);
    }
    return text;
  }

  /**
   * The parse-level violations (json-syntax, duplicate-key, input-limit, number-range): those that
   * stopped reading have positions, the others a pointer for the location index.
   */
  public List<Violation> violations() {
    return violations;
  }
}
