package dev.preflight.client;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The slug rule of OpenRouter presets ({@code POST /api/v1/presets/{slug}/chat/completions}):
 * lower-case letters, digits and single hyphens, at most {@value #MAX_LENGTH} characters. The one
 * definition that {@link PresetClient}, the command line and the JUnit extension share.
 *
 * <pre>{@code
 * PresetSlug.isValid("support-bot");   // true
 * PresetSlug.problem("My Preset");     // the slug "My Preset" is not valid: it has upper-case ...
 * PresetSlug.propose("My Preset");     // my-preset
 * }</pre>
 */
public final class PresetSlug {
  /** The most characters a slug may have. */
  public static final int MAX_LENGTH = 64;

  /** The pattern a slug matches, as a regular expression. */
  public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

  private static final Pattern SLUG = Pattern.compile(PATTERN);

  private PresetSlug() {}

  /** True when {@code slug} can name a preset. */
  public static boolean isValid(String slug) {
    Objects.requireNonNull(slug, "slug");
    return slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
  }

  /**
   * Why {@code slug} cannot name a preset, with a valid one to use instead; empty when it can.
   *
   * <p>For {@code My Preset}: {@code the slug "My Preset" is not valid: it has upper-case letters,
   * it has a space; use lower-case letters, digits and single hyphens (^[a-z0-9]+(?:-[a-z0-9]+)*$),
   * at most 64 characters; try "my-preset"}.
   */
  public static Optional<String> problem(String slug) {
    if (isValid(slug)) {
      return Optional.empty();
    }
    return Optional.of(
        "the slug \""
            + slug
            + "\" is not valid: "
            + String.join(", ", reasons(slug))
            + "; use lower-case letters, digits and single hyphens ("
            + PATTERN
            + "), at most "
            + MAX_LENGTH
            + " characters; try \""
            + propose(slug)
            + "\"");
  }

  /**
   * Returns {@code slug} when it is valid.
   *
   * @throws IllegalArgumentException with the {@linkplain #problem(String) problem} otherwise
   */
  public static String requireValid(String slug) {
    Optional<String> problem = problem(slug);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return slug;
  }

  /**
   * A valid slug close to {@code text}: accents removed, lower case, every run of other characters
   * a single hyphen, at most {@value #MAX_LENGTH} characters; {@code preset} when nothing is left.
   * {@code My Preset} becomes {@code my-preset}.
   */
  public static String propose(String text) {
    String plain =
        Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_LENGTH) {
      plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "preset" : plain;
  }

  /**
   * The slug a preset file is published under by convention: its name without folders and without
   * {@code .json} ({@code presets/support-bot.json} is {@code support-bot}). It is not made valid:
   * a file named {@code Support_Bot.json} gives {@code Support_Bot}, which {@link #problem}
   * rejects.
   */
  public static String fromFileName(String fileName) {
    String name = Objects.requireNonNull(fileName, "fileName").replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }

  private static List<String> reasons(String slug) {
    List<String> reasons = new ArrayList<>();
    if (slug.isEmpty()) {
      reasons.add("it is empty");
      return reasons;
    }
    if (slug.length() > MAX_LENGTH) {
      reasons.add("it has " + slug.length() + " characters");
    }
    if (slug.chars().anyMatch(Character::isUpperCase)) {
      reasons.add("it has upper-case letters");
    }
    slug.codePoints()
        .filter(c -> !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-')
        .filter(c -> !Character.isUpperCase(c))
        .findFirst()
        .ifPresent(c -> reasons.add("it has " + describe(c)));
    if (slug.startsWith("-") || slug.endsWith("-")) {
      reasons.add("it starts or ends with a hyphen");
    }
    if (slug.contains("--")) {
      reasons.add("it has consecutive hyphens");
    }
    return reasons;
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
}
