package dev.preflight.validator.internal;

import dev.preflight.rules.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locates violations in a text already read whole as one JSON object, for {@link LocationIndex}:
 * the same positions as its Jackson scan (line and column of a token's first character, in
 * characters of the text after a byte-order mark; a line ends at {@code \n}, {@code \r\n} or {@code
 * \r}), found by a scan that only follows brackets, strings and line ends. The pointers wanted are
 * a tree, so members are matched where they stand in the text, without building a pointer string
 * per member, and containers nothing points into are skipped by bracket counting.
 *
 * <p>The text must be well-formed; anything unexpected makes {@link #locate} return null, and the
 * caller locates with Jackson instead. Not thread-safe; one instance per call.
 */
final class WellFormedScan {
  /** Beyond this many children, a target finds its children by hashing. */
  private static final int LINEAR_CHILDREN = 32;

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int targets = 1; // the root
  private int found;

  private WellFormedScan(String text, int start) {
    this.text = text;
    this.pos = start;
    this.lineStart = start;
  }

  /**
   * The violations with positions, as {@link LocationIndex#locate(String, List)} gives them; null
   * when this scan cannot say (a pointer that is not a JSON Pointer, a text that is not one
   * well-formed object), so that the caller falls back.
   */
  static List<Violation> locate(String text, List<Violation> violations) {
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    WellFormedScan scan = new WellFormedScan(text, start);
    Target root = new Target(null, "");
    Target[] at = new Target[violations.size()];
    boolean any = false;
    boolean stopEarly = true;
    for (int i = 0; i < violations.size(); i++) {
      Violation violation = violations.get(i);
      if (violation.ruleId().equals(BodyReader.DUPLICATE_KEY)) {
        // The later occurrence wins, as in the tree, so the whole text is read.
        stopEarly = false;
      }
      if (violation.line().isPresent()) {
        continue;
      }
      // Violation.Builder guarantees a pointer is empty or starts with '/'.
      at[i] = scan.target(root, violation.pointer());
      any = true;
    }
    if (!any) {
      return violations;
    }
    try {
      scan.scan(root, stopEarly);
    } catch (RuntimeException e) {
      return null; // not what this scan expects; Jackson's scan decides
    }
    List<Violation> located = new ArrayList<>(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      Violation violation = violations.get(i);
      Target target = at[i];
      if (target == null) {
        located.add(violation);
        continue;
      }
      if (target.nameLine > 0 && LocationIndex.NAME_RULES.contains(violation.ruleId())) {
        located.add(violation.at(target.nameLine, target.nameColumn));
        continue;
      }
      while (target != null && target.valueLine == 0) {
        target = target.parent;
      }
      located.add(target == null ? violation : violation.at(target.valueLine, target.valueColumn));
    }
    return located;
  }

  /** The target of {@code pointer}, made with its ancestors when new. */
  private Target target(Target root, String pointer) {
    Target target = root;
    if (pointer.isEmpty()) {
      return target;
    }
    int start = 1;
    while (true) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      Target child = target.byToken(pointer, start, end);
      if (child == null) {
        child = target.add(pointer.substring(start, end));
        targets++;
      }
      target = child;
      if (end == pointer.length()) {
        return target;
      }
      start = end + 1;
    }
  }

  private void scan(Target root, boolean stopEarly) {
    skipWhitespace();
    if (text.charAt(pos) != '{') {
      throw new IllegalStateException("not an object");
    }
    Target[] containers = new Target[16];
    boolean[] arrays = new boolean[16];
    int[] indices = new int[16];
    int depth = 0;
    containers[0] = root;
    if (value(root, stopEarly)) {
      return;
    }
    pos++;
    while (true) {
      skipWhitespace();
      char c = text.charAt(pos);
      if (c == '}' || c == ']') {
        pos++;
        if (depth == 0) {
          return;
        }
        depth--;
        continue;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      Target member;
      if (arrays[depth]) {
        member = containers[depth].byIndex(indices[depth]++);
      } else {
        if (c != '"') {
          throw new IllegalStateException("expected a name at " + pos);
        }
        int nameAt = pos;
        member = name(containers[depth]);
        if (member != null) {
          member.nameLine = line;
          member.nameColumn = nameAt - lineStart + 1;
        }
        skipWhitespace();
        if (text.charAt(pos) != ':') {
          throw new IllegalStateException("expected a colon at " + pos);
        }
        pos++;
        skipWhitespace();
      }
      if (member != null && value(member, stopEarly)) {
        return;
      }
      c = text.charAt(pos);
      if (c == '{' || c == '[') {
        if (member == null) {
          skipContainer();
          continue;
        }
        depth++;
        if (depth == containers.length) {
          containers = Arrays.copyOf(containers, depth * 2);
          arrays = Arrays.copyOf(arrays, depth * 2);
          indices = Arrays.copyOf(indices, depth * 2);
        }
        containers[depth] = member;
        arrays[depth] = c == '[';
        indices[depth] = 0;
        pos++;
      } else if (c == '"') {
        skipString();
      } else {
        skipScalar();
      }
    }
  }

  /** Records the value at the current position; says whether the scan may stop. */
  private boolean value(Target target, boolean stopEarly) {
    if (target.valueLine == 0) {
      found++;
    }
    target.valueLine = line;
    target.valueColumn = pos - lineStart + 1;
    return stopEarly && found == targets;
  }

  /** Reads the property name at the current position; the target it names, if any. */
  private Target name(Target container) {
    int start = pos + 1;
    boolean escaped = skipString();
    if (container.children == null) {
      return null;
    }
    int end = pos - 1;
    if (escaped) {
      return container.byName(unescape(start, end));
    }
    if (container.byName != null) {
      return container.byName.get(text.substring(start, end));
    }
    int length = end - start;
    for (Target child : container.children) {
      String name = child.name;
      if (name != null && name.length() == length && text.regionMatches(start, name, 0, length)) {
        return child;
      }
    }
    return null;
  }

  /** Skips the string at the current position; says whether it has escapes. */
  private boolean skipString() {
    boolean escaped = false;
    int i = pos + 1;
    while (true) {
      char c = text.charAt(i);
      if (c == '"') {
        pos = i + 1;
        return escaped;
      }
      if (c == '\\') {
        escaped = true;
        i += 2; // the escaped character, or the u of four hex digits, none of which is a quote
      } else {
        i++;
      }
    }
  }

  /** Skips a number, true, false or null. */
  private void skipScalar() {
    int i = pos;
    while (true) {
      char c = text.charAt(i);
      if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        if (i == pos) {
          throw new IllegalStateException("expected a value at " + pos);
        }
        pos = i;
        return;
      }
      i++;
    }
  }

  /** Skips the object or array at the current position, counting the lines it spans. */
  private void skipContainer() {
    int depth = 0;
    int i = pos;
    while (true) {
      char c = text.charAt(i);
      switch (c) {
        case '{':
        case '[':
          depth++;
          i++;
          break;
        case '}':
        case ']':
          i++;
          if (--depth == 0) {
            pos = i;
            return;
          }
          break;
        case '"':
          pos = i;
          skipString();
          i = pos;
          break;
        case '\n':
        case '\r':
          i = lineEnd(i);
          break;
        default:
          i++;
      }
    }
  }

  private void skipWhitespace() {
    int i = pos;
    while (true) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n' || c == '\r') {
        i = lineEnd(i);
      } else {
        pos = i;
        return;
      }
    }
  }

  /** Counts the line end at {@code i} ({@code \n}, {@code \r\n} or {@code \r}); the next index. */
  private int lineEnd(int i) {
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      i++;
    }
    line++;
    lineStart = i + 1;
    return i + 1;
  }

  /** The name between {@code start} and {@code end}, its escapes decoded. */
  private String unescape(int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        case '"':
        case '\\':
        case '/':
          out.append(e);
          break;
        default:
          throw new IllegalStateException("unknown escape \\" + e);
      }
    }
    return out.toString();
  }

  /**
   * A wanted pointer: where its value and, for a member, its name were last seen (0 until then),
   * and the wanted pointers below it.
   */
  private static final class Target {
    final Target parent;
    final String token; // the reference token as written in the pointer
    final String name; // the member name it matches: the token unescaped; null if it matches none
    final int index; // the array index it matches, or -1
    List<Target> children;
    Map<String, Target> byName; // by name, once there are more than a few children
    Map<String, Target> byToken;
    int valueLine;
    int valueColumn;
    int nameLine;
    int nameColumn;

    Target(Target parent, String token) {
      this.parent = parent;
      this.token = token;
      this.name = unescapeToken(token);
      this.index = index(token);
    }

    /** The child whose token is {@code pointer} from {@code start} to {@code end}, if any. */
    Target byToken(String pointer, int start, int end) {
      if (byToken != null) {
        return byToken.get(pointer.substring(start, end));
      }
      if (children != null) {
        int length = end - start;
        for (Target child : children) {
          if (child.token.length() == length
              && pointer.regionMatches(start, child.token, 0, length)) {
            return child;
          }
        }
      }
      return null;
    }

    Target add(String token) {
      Target child = new Target(this, token);
      if (children == null) {
        children = new ArrayList<>(4);
      }
      children.add(child);
      if (byToken != null) {
        byToken.put(token, child);
        if (child.name != null) {
          byName.put(child.name, child);
        }
      } else if (children.size() > LINEAR_CHILDREN) {
        byToken = new HashMap<>();
        byName = new HashMap<>();
        for (Target each : children) {
          byToken.put(each.token, each);
          if (each.name != null) {
            byName.put(each.name, each);
          }
        }
      }
      return child;
    }

    Target byName(String name) {
      if (byName != null) {
        return byName.get(name);
      }
      for (Target child : children) {
        if (name.equals(child.name)) {
          return child;
        }
      }
      return null;
    }

    Target byIndex(int index) {
      if (children == null) {
        return null;
      }
      if (byToken != null) {
        return byToken.get(Integer.toString(index));
      }
      for (Target child : children) {
        if (child.index == index) {
          return child;
        }
      }
      return null;
    }

    /** The name whose escaped form is {@code token}, or null when no name escapes to it. */
    private static String unescapeToken(String token) {
      if (token.indexOf('~') < 0) {
        return token;
      }
      StringBuilder out = new StringBuilder(token.length());
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c != '~') {
          out.append(c);
        } else if (i + 1 < token.length() && token.charAt(i + 1) == '0') {
          out.append('~');
          i++;
        } else if (i + 1 < token.length() && token.charAt(i + 1) == '1') {
          out.append('/');
          i++;
        } else {
          return null;
        }
      }
      return out.toString();
    }

    /** The index whose decimal form is {@code token}, or -1. */
    private static int index(String token) {
      if (token.isEmpty()
          || token.length() > 10
          || (token.length() > 1 && token.charAt(0) == '0')) {
        return -1;
      }
      long value = 0;
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
  }
}
