package dev.preflight.rules.builtin;

/** RFC 6901 JSON Pointer construction for the pointers of built-in rules' violations. */
final class JsonPointers {
  private JsonPointers() {}

  /**
   * Appends one reference token to a pointer, escaping {@code ~} as {@code ~0} and {@code /} as
   * {@code ~1}.
   */
  static String append(String pointer, String token) {
    StringBuilder out = new StringBuilder(pointer.length() + token.length() + 1).append(pointer);
    out.append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Appends an array index to a pointer. */
  static String append(String pointer, int index) {
    return pointer + '/' + index;
  }
}
