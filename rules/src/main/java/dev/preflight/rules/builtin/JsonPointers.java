package dev.preflight.rules.builtin;

/** RFC 6901 JSON Pointer construction for the pointers of built-in rules' violations. */
final class JsonPointers {
  private JsonPointers() {}

  /**
   * Appends one reference token to a pointer, escaping {@code ~} as {@code ~0} and {@code /} as
   * {@code ~1}.
   */
  static String append(String pointer, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return pointer + '/' + token; // the usual name: nothing to escape, one concatenation
    }
    StringBuilder out = new StringBuilder(pointer.length() + token.length() + 2).append(pointer);
    return appendTo(out, token).toString();
  }

  /** Appends {@code /} and one escaped reference token to a pointer being built. */
  static StringBuilder appendTo(StringBuilder out, String token) {
    out.append('/');
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return out.append(token); // the usual name: copied at once
    }
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
    return out;
  }

  /** Appends an array index to a pointer. */
  static String append(String pointer, int index) {
    return pointer + '/' + index;
  }
}
