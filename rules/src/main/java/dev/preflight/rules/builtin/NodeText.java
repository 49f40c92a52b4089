package dev.preflight.rules.builtin;

import tools.jackson.databind.JsonNode;

/**
 * A value as JSON text, for messages: what {@code JsonNode.toString()} gives, without building
 * Jackson's writer for the common cases (plain strings, whole numbers of int or long nodes,
 * booleans, null); anything else is left to {@code toString()}.
 */
final class NodeText {
  private NodeText() {}

  static String of(JsonNode value) {
    if (value.isString()) {
      String text = value.stringValue();
      return isPlain(text) ? '"' + text + '"' : value.toString();
    }
    if (value.isInt() || value.isLong()) {
      return Long.toString(value.longValue());
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    if (value.isNull()) {
      return "null";
    }
    return value.toString();
  }

  /** Whether Jackson writes {@code text} as is between quotes: nothing to escape or replace. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
