package dev.preflight.junit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The slug a preset is published under ({@code POST /api/v1/presets/{slug}/chat/completions}): how
 * it is derived from a file name and what makes it valid.
 */
final class PresetSlug {
  static final int MAX_LENGTH = 64;
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private PresetSlug() {}

  /** The slug a file would be published under: its name without folders and {@code .json}. */
  static String fromLocation(String location) {
    String name = location.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }

  /** Why {@code slug} cannot be published, or empty when it can. */
  static Optional<String> problem(String slug) {
    if (slug.length() > MAX_LENGTH) {
      return Optional.of(
          "the slug '" + slug + "' has " + slug.length() + " characters, more than " + MAX_LENGTH);
    }
    if (!VALID.matcher(slug).matches()) {
      return Optional.of(
          "the slug '"
              + slug
              + "' is not valid: use lower-case letters, digits and single hyphens"
              + " (^[a-z0-9]+(?:-[a-z0-9]+)*$)");
    }
    return Optional.empty();
  }
}
