package dev.preflight.validator.internal;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How values are quoted in messages: typed ({@code string "hot"}, {@code number 42}), and always
 * bounded, so that a report never echoes an unbounded input.
 */
public final class ValueText {
  /** The most characters of one value that a message quotes. */
  public static final int MAX_QUOTED = 80;

  private ValueText() {}

  /** {@code string "hot"}, {@code number 42}, {@code object}, {@code array of 3}, {@code null}. */
  public static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isString()) {
      return "string " + quote(value.stringValue());
    }
    if (value.isNumber()) {
      return "number " + truncate(value.asString());
    }
    if (value.isBoolean()) {
      return "boolean " + value.asBoolean();
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isArray()) {
      return value.isEmpty() ? "an empty array" : "array of " + value.size();
    }
    return value.isEmpty() ? "an empty object" : "object";
  }

  /** The JSON type of a value as messages name it: string, number, object, ... */
  public static String typeName(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    switch (value.getNodeType()) {
      case STRING:
        return "string";
      case NUMBER:
        return value.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN:
        return "boolean";
      case NULL:
        return "null";
      case ARRAY:
        return "array";
      default:
        return "object";
    }
  }

  /** A string in double quotes, escaped and truncated. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int limit = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || Character.isSurrogate(c) && !isPaired(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
    if (text.length() > limit) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** Text cut to {@link #MAX_QUOTED} characters, with a note of its full length. */
  public static String truncate(String text) {
    return truncate(text, MAX_QUOTED);
  }

  /** Text cut to {@code max} characters, with a note of its full length. */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "... (" + text.length() + " characters)";
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  public static String alternatives(List<String> items) {
    return join(items, " or ");
  }

  /** Values quoted and listed: {@code "a", "b", "c"}; long lists are cut. */
  public static String list(List<String> items) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(items.size(), 40);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(quote(items.get(i)));
    }
    if (items.size() > shown) {
      out.append(", ... (").append(items.size()).append(" in all)");
    }
    return out.toString();
  }

  private static String join(List<String> items, String lastSeparator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(i == items.size() - 1 ? lastSeparator : ", ");
      }
      out.append(items.get(i));
    }
    return out.toString();
  }
}
