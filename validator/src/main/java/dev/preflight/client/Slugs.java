package dev.preflight.client;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The slug rule of OpenRouter presets, checked before any request, with a proposal to fix it. */
final class Slugs {
  static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
  static final int MAX_LENGTH = 64;

  private Slugs() {}

  /**
   * @throws IllegalArgumentException saying what is wrong with the slug and proposing one
   */
  static void check(String slug) {
    if (slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches()) {
      return;
    }
    throw new IllegalArgumentException(
        "invalid preset slug \""
            + slug
            + "\": "
            + String.join(", ", problems(slug))
            + "; a slug is lower-case letters, digits and single hyphens"
            + " (^[a-z0-9]+(?:-[a-z0-9]+)*$), at most "
            + MAX_LENGTH
            + " characters; try \""
            + propose(slug)
            + "\"");
  }

  private static List<String> problems(String slug) {
    List<String> problems = new ArrayList<>();
    if (slug.isEmpty()) {
      problems.add("it is empty");
      return problems;
    }
    if (slug.length() > MAX_LENGTH) {
      problems.add("it has " + slug.length() + " characters");
    }
    if (slug.chars().anyMatch(Character::isUpperCase)) {
      problems.add("it has upper-case letters");
    }
    slug.codePoints()
        .filter(c -> !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-')
        .filter(c -> !Character.isUpperCase(c))
        .findFirst()
        .ifPresent(c -> problems.add("it has " + describe(c)));
    if (slug.startsWith("-") || slug.endsWith("-")) {
      problems.add("it starts or ends with a hyphen");
    }
    if (slug.contains("--")) {
      problems.add("it has consecutive hyphens");
    }
    return problems;
  }

  private static String describe(int c) {
    if (c == ' ') {
      return "a space";
    }
    if (Character.isISOControl(c) || Character.isWhitespace(c)) {
      return String.format("the character U+%04X", c);
    }
    return "'" + new String(Character.toChars(c)) + "'";
  }

  /**
   * A valid slug close to {@code text}: accents removed, lower case, every run of other characters
   * a single hyphen, at most 64 characters; {@code preset} when nothing is left.
   */
  static String propose(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_LENGTH) {
      plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "preset" : plain;
  }
}
