package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

class PresetAssertionsTest {
  private static final String VALID =
      "{\"model\": \"openai/gpt-5.4\", \"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}]}";
  private static final String UNKNOWN_SORT =
      "{\n  \"model\": \"openai/gpt-5.4\",\n"
          + "  \"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}],\n"
          + "  \"provider\": {\"sort\": \"cheapest\"}\n}";
  private static final String SUBAGENT =
      "{\"model\": \"openai/gpt-5.4\","
          + " \"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}],\n"
          + "  \"tools\": [{\"type\": \"openrouter:subagent\"}]}";

  private static ValidationReport validate(String json) {
    return PresetValidator.standard().validate(json);
  }

  @Test
  void aValidReportPassesEveryPositiveAssertion() {
    PresetAssertions.assertThat(validate(VALID))
        .isValid()
        .isPublishable()
        .hasNoWarnings()
        .hasOnlyViolations();
  }

  @Test
  void isValidFailsWithTheWholeReport() {
    assertThatThrownBy(() -> PresetAssertions.assertThat(validate(UNKNOWN_SORT)).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting the preset to be valid, but it has 1 error:%n"
                + "<input>: invalid (1 error, 0 warnings, 0 infos)%n"
                + "<input>:4:24 error spec/enum expected one of \"price\", \"throughput\","
                + " \"latency\", \"exacto\", got string \"cheapest\" at /provider/sort",
            new Object[0]);
  }

  @Test
  void hasNoWarningsFailsOnAWarning() {
    assertThatThrownBy(() -> PresetAssertions.assertThat(validate(SUBAGENT)).hasNoWarnings())
        .hasMessageStartingWith(String.format("%nExpecting no warnings, but found 1 warning:%n"))
        .hasMessageContaining("<input>:2:22 warning spec/unknown-variant unknown type");
    PresetAssertions.assertThat(validate(SUBAGENT)).isValid().hasViolation("spec/unknown-variant");
  }

  @Test
  void hasViolationAndHasViolationAtFindRuleAndPointer() {
    ValidationReport report = validate(UNKNOWN_SORT);
    PresetAssertions.assertThat(report)
        .hasViolation("spec/enum")
        .hasViolationAt("spec/enum", "/provider/sort")
        .hasOnlyViolations("spec/enum");
    assertThatThrownBy(() -> PresetAssertions.assertThat(report).hasViolation("spec/type"))
        .hasMessageStartingWith(
            String.format("%nExpecting a violation of spec/type, but found none:%n"))
        .hasMessageContaining("<input>:4:24 error spec/enum");
    assertThatThrownBy(
            () -> PresetAssertions.assertThat(report).hasViolationAt("spec/enum", "/provider"))
        .hasMessageStartingWith(
            String.format(
                "%nExpecting a violation of spec/enum at '/provider', but found it only at"
                    + " '/provider/sort':%n"));
  }

  @Test
  void hasOnlyViolationsNamesTheMissingAndTheUnexpected() {
    assertThatThrownBy(
            () ->
                PresetAssertions.assertThat(validate(UNKNOWN_SORT)).hasOnlyViolations("spec/type"))
        .hasMessageStartingWith(
            String.format(
                "%nExpecting only violations of [spec/type], but found no violation of"
                    + " [spec/type] and unexpected violations of [spec/enum]:%n"));
    assertThatThrownBy(
            () -> PresetAssertions.assertThat(validate(UNKNOWN_SORT)).hasOnlyViolations())
        .hasMessageContaining("unexpected violations of [spec/enum]");
  }

  @Test
  void isPublishableChecksErrorsAndTheSlugOfTheFile() {
    Preset badSlug = Preset.of("presets/Support_Bot.json", VALID, PresetValidator.standard());
    assertThatThrownBy(() -> PresetAssertions.assertThat(badSlug).isPublishable())
        .hasMessageStartingWith(
            String.format(
                "%nExpecting the preset to be publishable, but the slug \"Support_Bot\" is not"
                    + " valid: it has upper-case letters, it has '_'; use lower-case letters,"
                    + " digits and single hyphens (^[a-z0-9]+(?:-[a-z0-9]+)*$), at most 64"
                    + " characters; try \"support-bot\":%n"
                    + "presets/Support_Bot.json: valid"));
    PresetAssertions.assertThat(badSlug).isValid();
    assertThatThrownBy(() -> PresetAssertions.assertThat(validate(UNKNOWN_SORT)).isPublishable())
        .hasMessageContaining("but it has 1 error:");
    PresetAssertions.assertThat(Preset.of("support-bot.json", VALID, PresetValidator.standard()))
        .isPublishable();
  }

  @Test
  void assertionsOnANullActualFail() {
    assertThatThrownBy(() -> PresetAssertions.assertThat((Preset) null).isValid())
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void softAssertionsCollectEveryFailure() {
    Preset invalid =
        Preset.of("presets/unknown-sort.json", UNKNOWN_SORT, PresetValidator.standard());
    PresetSoftAssertions softly = new PresetSoftAssertions();
    softly.assertThat(invalid).isValid();
    softly.assertThat(validate(SUBAGENT)).hasNoWarnings();
    softly.assertThat(validate(VALID)).isValid();
    assertThat(softly.errorsCollected()).hasSize(2);
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("presets/unknown-sort.json:4:24 error spec/enum")
        .hasMessageContaining("warning spec/unknown-variant");
  }

  @Test
  void assertSoftlyFailsAtTheEndWithAllFailures() {
    assertThatThrownBy(
            () ->
                PresetSoftAssertions.assertSoftly(
                    softly -> {
                      softly.assertThat(validate(UNKNOWN_SORT)).isValid().hasNoWarnings();
                      softly.assertThat(validate(SUBAGENT)).hasViolation("spec/enum");
                    }))
        .isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expecting a violation of spec/enum, but found none");
  }
}
