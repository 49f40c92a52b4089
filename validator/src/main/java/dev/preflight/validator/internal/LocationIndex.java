package dev.preflight.validator.internal;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Resolves JSON Pointers to line and column in the input text. Runs only when a body has
 * violations: the valid path never tracks locations. A second pass over the text costs about as
 * much as parsing it once more.
 */
public final class LocationIndex {
  /** Rules whose violations are about a property's name, so they point at the name. */
  static final Set<String> NAME_RULES =
      Set.of("spec/additionalProperties", "unknown-field", "duplicate-key");

  private final JsonFactory factory;

  public LocationIndex(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * Like {@link #locate(String, List)}, for a text that {@code wellFormed} says was read whole as
   * one JSON object (the body's tree was built from it, so it is well-formed JSON and within the
   * limits). Such a text is scanned with {@link WellFormedScan}, which only tracks positions,
   * instead of being tokenized again by Jackson; the positions are the same.
   */
  public List<Violation> locate(String text, List<Violation> violations, boolean wellFormed) {
    if (wellFormed) {
      List<Violation> located = WellFormedScan.locate(text, violations);
      if (located != null) {
        return located;
      }
    }
    return locate(text, violations);
  }

  /**
   * Gives each violation without a position the position of its pointer in {@code text}: the
   * value's first character, or the property's name for violations about names. A pointer that does
   * not exist in the text (a missing property) gets the position of its nearest existing ancestor.
   */
  public List<Violation> locate(String text, List<Violation> violations) {
    Set<String> wanted = new HashSet<>();
    for (Violation violation : violations) {
      if (violation.line().isEmpty()) {
        String pointer = violation.pointer();
        while (true) {
          wanted.add(pointer);
          if (pointer.isEmpty()) {
            break;
          }
          pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
      }
    }
    if (wanted.isEmpty()) {
      return violations;
    }
    Map<String, int[]> values = new HashMap<>();
    Map<String, int[]> names = new HashMap<>();
    // Without duplicate keys each pointer occurs once in the text, so the scan may stop as soon as
    // every wanted value is found (a property's name comes before its value). With duplicates, the
    // later occurrence wins, as in the tree, so the whole text is read.
    boolean stopEarly = true;
    for (Violation violation : violations) {
      if (violation.ruleId().equals(BodyReader.DUPLICATE_KEY)) {
        stopEarly = false;
        break;
      }
    }
    scan(text, wanted, values, names, stopEarly);
    List<Violation> located = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      if (violation.line().isPresent()) {
        located.add(violation);
        continue;
      }
      int[] at = null;
      if (NAME_RULES.contains(violation.ruleId())) {
        at = names.get(violation.pointer());
      }
      String pointer = violation.pointer();
      while (at == null) {
        at = values.get(pointer);
        if (at != null || pointer.isEmpty()) {
          break;
        }
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
      }
      located.add(at == null ? violation : violation.at(at[0], at[1]));
    }
    return located;
  }

  private void scan(
      String text,
      Set<String> wanted,
      Map<String, int[]> values,
      Map<String, int[]> names,
      boolean stopEarly) {
    String json = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    StringBuilder pointer = new StringBuilder();
    int[] lengths = new int[64];
    int[] indices = new int[64];
    boolean[] arrays = new boolean[64];
    int depth = 0;
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME) {
          pointer.setLength(lengths[depth]);
          JsonPointers.appendTo(pointer, parser.currentName());
          record(pointer, wanted, names, parser);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
          pointer.setLength(lengths[depth]);
          continue;
        }
        if (depth > 0 && arrays[depth]) {
          pointer.setLength(lengths[depth]);
          pointer.append('/').append(indices[depth]++);
        }
        boolean isWanted = record(pointer, wanted, values, parser);
        if (stopEarly && values.size() == wanted.size()) {
          return;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          if (!isWanted) {
            // Every ancestor of a wanted pointer is wanted too, so nothing inside a container that
            // is not wanted can be: skip it without building the pointers of its members.
            parser.skipChildren();
            continue;
          }
          depth++;
          if (depth == lengths.length) {
            lengths = java.util.Arrays.copyOf(lengths, depth * 2);
            indices = java.util.Arrays.copyOf(indices, depth * 2);
            arrays = java.util.Arrays.copyOf(arrays, depth * 2);
          }
          lengths[depth] = pointer.length();
          indices[depth] = 0;
          arrays[depth] = token == JsonToken.START_ARRAY;
        }
      }
    } catch (RuntimeException e) {
      // The text was parsed once already; whatever was located before a failure stands.
    }
  }

  /** Records the position of the current token if its pointer is wanted, and says whether it is. */
  private static boolean record(
      StringBuilder pointer, Set<String> wanted, Map<String, int[]> into, JsonParser parser) {
    String key = pointer.toString();
    if (!wanted.contains(key)) {
      return false;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    into.put(key, new int[] {at.getLineNr(), at.getColumnNr()});
    return true;
  }
}
