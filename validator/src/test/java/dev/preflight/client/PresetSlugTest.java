package dev.preflight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PresetSlugTest {
  private static final String RULE =
      "; use lower-case letters, digits and single hyphens (^[a-z0-9]+(?:-[a-z0-9]+)*$), at most 64"
          + " characters; try \"";

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "support-bot", "gpt-4o-mini-2", "x1-y2-z3"})
  void acceptsLowerCaseDigitsAndSingleHyphens(String slug) {
    assertThat(PresetSlug.isValid(slug)).isTrue();
    assertThat(PresetSlug.problem(slug)).isEmpty();
    assertThat(PresetSlug.requireValid(slug)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "My Preset|it has upper-case letters, it has a space|my-preset",
        "Support|it has upper-case letters|support",
        "support_bot|it has '_'|support-bot",
        "-bot|it starts or ends with a hyphen|bot",
        "bot-|it starts or ends with a hyphen|bot",
        "support--bot|it has consecutive hyphens|support-bot",
        "a/b|it has '/'|a-b",
        "café au lait|it has 'é'|cafe-au-lait",
        "tab\tbot|it has the character U+0009|tab-bot",
        "!!!|it has '!'|preset",
      })
  void rejectsWithTheReasonsAndAProposal(String slug, String why, String proposal) {
    String problem = "the slug \"" + slug + "\" is not valid: " + why + RULE + proposal + "\"";

    assertThat(PresetSlug.isValid(slug)).isFalse();
    assertThat(PresetSlug.problem(slug)).hasValue(problem);
    assertThatThrownBy(() -> PresetSlug.requireValid(slug))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rejectsEmptyAndBlank(String slug) {
    assertThat(PresetSlug.problem(slug))
        .hasValueSatisfying(p -> assertThat(p).endsWith("try \"preset\""));
    assertThat(PresetSlug.problem(""))
        .hasValueSatisfying(p -> assertThat(p).contains(": it is empty;"));
  }

  @Test
  void allowsAtMost64CharactersAndProposesACutOne() {
    String slug = "a".repeat(60) + "-bcdefg";
    assertThat(PresetSlug.problem(slug))
        .hasValue(
            "the slug \""
                + slug
                + "\" is not valid: it has 67 characters"
                + RULE
                + "a".repeat(60)
                + "-bcd\"");
    assertThat(PresetSlug.isValid("a".repeat(64))).isTrue();
    assertThat(PresetSlug.isValid("a".repeat(65))).isFalse();
    assertThat(PresetSlug.propose("a".repeat(64) + "-b")).isEqualTo("a".repeat(64));
  }

  @ParameterizedTest
  @CsvSource({
    "presets/support-bot.json, support-bot",
    "support-bot.json, support-bot",
    "a\\b\\tool-agent.json, tool-agent",
    "presets/readme, readme",
    "presets/Support_Bot.json, Support_Bot"
  })
  void derivesTheSlugFromTheFileNameWithoutFixingIt(String fileName, String slug) {
    assertThat(PresetSlug.fromFileName(fileName)).isEqualTo(slug);
  }

  @Test
  void proposesFromAnyText() {
    assertThat(PresetSlug.propose("My Preset")).isEqualTo("my-preset");
    assertThat(PresetSlug.propose("  Support Bot (v2)! ")).isEqualTo("support-bot-v2");
  }
}
