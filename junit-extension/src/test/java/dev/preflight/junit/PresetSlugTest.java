package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PresetSlugTest {

  @ParameterizedTest
  @CsvSource({
    "presets/support-bot.json, support-bot",
    "support-bot.json, support-bot",
    "a\\b\\tool-agent.json, tool-agent",
    "presets/readme, readme"
  })
  void derivesTheSlugFromTheFileName(String location, String slug) {
    assertThat(PresetSlug.fromLocation(location)).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "support-bot", "gpt-5-4", "x1-y2-z3"})
  void acceptsKebabCase(String slug) {
    assertThat(PresetSlug.problem(slug)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Support", "support_bot", "-bot", "bot-", "support--bot", "a b"})
  void rejectsAnythingElse(String slug) {
    assertThat(PresetSlug.problem(slug))
        .hasValue(
            "the slug '"
                + slug
                + "' is not valid: use lower-case letters, digits and single hyphens"
                + " (^[a-z0-9]+(?:-[a-z0-9]+)*$)");
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 65})
  void allowsAtMost64Characters(int length) {
    String slug = "a".repeat(length);
    assertThat(PresetSlug.problem(slug).isPresent()).isEqualTo(length > 64);
    if (length > 64) {
      assertThat(PresetSlug.problem(slug))
          .hasValue("the slug '" + slug + "' has 65 characters, more than 64");
    }
  }
}
