package dev.preflight.rules;

/**
 * RFC 6901 JSON Pointer construction, for rules that report where a value is: {@code
 * JsonPointers.append("/tools/0", "my/name")} is {@code /tools/0/my~1name}. The one implementation
 * the built-in rules, the validator and {@link SchemaView.Position#pointer()} share.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * Appends one reference token to a pointer, escaping {@code ~} as {@code ~0} and {@code /} as
   * {@code ~1}.
   */
  public static String append(String pointer, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return pointer + '/' + token; // the usual name: nothing to escape, one concatenation
    }
    StringBuilder out = new StringBuilder(pointer.length() + token.length() + 2).append(pointer);
    return appendTo(out, token).toString();
  }

  /** Appends an array index to a pointer. */
  public static String append(String pointer, int index) {
    return pointer + '/' + index;
  }

  /** Appends {@code /} and one escaped reference token to a pointer being built. */
  public static StringBuilder appendTo(StringBuilder out, String token) {
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

  /** One reference token, escaped: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return appendTo(new StringBuilder(token.length() + 3), token).substring(1);
  }
}
