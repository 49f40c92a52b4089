package dev.preflight.validator.internal;

/** RFC 6901 JSON Pointer construction. */
public final class JsonPointers {
  private JsonPointers() {}

  /** Appends one reference token to a pointer, escaping {@code ~} and {@code /}. */
  public static String append(String pointer, String token) {
    return appendTo(new StringBuilder(pointer), token).toString();
  }

  /** Appends an array index to a pointer. */
  public static String append(String pointer, int index) {
    return pointer + '/' + index;
  }

  static StringBuilder appendTo(StringBuilder pointer, String token) {
    pointer.append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
    return pointer;
  }
}
