package dev.preflight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "support-bot", "gpt-4o-mini-2", "0"})
  void acceptsLowerCaseDigitsAndSingleHyphens(String slug) {
    assertThatCode(() -> Slugs.check(slug)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "My Preset|it has upper-case letters, it has a space|my-preset",
        "-bot|it starts or ends with a hyphen|bot",
        "support--bot|it has consecutive hyphens|support-bot",
        "a/b|it has '/'|a-b",
        "café au lait|it has 'é'|cafe-au-lait",
        "!!!|it has '!'|preset",
      })
  void rejectsWithTheReasonAndAProposal(String slug, String why, String proposal) {
    assertThatThrownBy(() -> Slugs.check(slug))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid preset slug \""
                + slug
                + "\": "
                + why
                + "; a slug is lower-case letters, digits and single hyphens"
                + " (^[a-z0-9]+(?:-[a-z0-9]+)*$), at most 64 characters; try \""
                + proposal
                + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rejectsEmptyAndBlank(String slug) {
    assertThatThrownBy(() -> Slugs.check(slug))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("try \"preset\"");
  }

  @org.junit.jupiter.api.Test
  void rejectsMoreThan64CharactersAndProposesACutOne() {
    String slug = "a".repeat(60) + "-bcdefg";
    assertThatThrownBy(() -> Slugs.check(slug))
        .hasMessageContaining("it has 67 characters")
        .hasMessageEndingWith("try \"" + "a".repeat(60) + "-bcd\"");
    assertThat(Slugs.propose("a".repeat(64) + "-b")).isEqualTo("a".repeat(64));
    assertThatCode(() -> Slugs.check("a".repeat(64))).doesNotThrowAnyException();
  }
}
