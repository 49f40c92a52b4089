package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.validator.PresetValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;

/** The extension used the way a team uses it on its own presets (see docs/testing-presets.md). */
class ValidPresetTest {

  @ValidPreset("presets/support-bot.json")
  @Test
  void supportBotIsValid() {}

  @ValidPreset({"presets/support-bot.json", "presets/research-assistant.json"})
  @Test
  void severalPresetsAreValid() {}

  @ValidPreset(value = "invalid/subagent-tool.json", failOn = dev.preflight.rules.Severity.ERROR)
  @Test
  void aWarningPassesWhenOnlyErrorsFail() {}

  @ValidPreset(value = "invalid/Bad_Slug.json", slug = "helpful-assistant")
  @Test
  void aSlugAttributeReplacesTheFileName() {}

  @ValidPreset(value = "invalid/Bad_Slug.json", publishable = false)
  @Test
  void aPresetNeedNotBePublishable() {}

  @ValidPreset("../src/examples/support-bot.json")
  @Test
  void aPathRelativeToTheWorkingDirectoryWorksToo() {}

  @Test
  void injectsThePreset(@ValidPreset("presets/support-bot.json") Preset preset) {
    assertThat(preset.location()).isEqualTo("presets/support-bot.json");
    assertThat(preset.report().isValid()).isTrue();
    assertThat(preset.report().source()).hasValue("presets/support-bot.json");
    assertThat(preset.preview().config().get("model").stringValue())
        .isEqualTo("anthropic/claude-sonnet-4.5");
    assertThat(preset.preview().config()).doesNotContainKey("messages");
    assertThat(preset.preview().systemPrompt())
        .hasValueSatisfying(p -> assertThat(p).startsWith("You are Aria"));
  }

  @Test
  void injectsTheTreeOrTheText(
      @ValidPreset("presets/support-bot.json") JsonNode tree,
      @ValidPreset("presets/support-bot.json") String json) {
    assertThat(tree.path("temperature").doubleValue()).isEqualTo(0.3);
    assertThat(json).startsWith("{\n  \"model\": \"anthropic/claude-sonnet-4.5\"");
  }

  @ParameterizedTest
  @PresetSource("presets")
  void everyPresetIsPublishable(@ValidPreset Preset preset) {
    assertThat(preset.preview().config()).containsKey("model");
    assertThat(preset.preview().ignoredFields()).contains("/messages");
  }

  @ParameterizedTest
  @PresetSource("presets")
  void everyPresetAsTree(@ValidPreset JsonNode preset) {
    assertThat(preset.isObject()).isTrue();
  }

  @ParameterizedTest
  @PresetSource("invalid")
  void withoutValidPresetTheTestSeesEveryReport(Preset preset) {
    assertThat(preset.location()).startsWith("invalid/");
    assertThat(preset.report()).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @PresetSource("presets")
  void invocationsAreNamedByRelativePathInOrder(Preset preset, TestInfo info) {
    assertThat(info.getDisplayName())
        .isIn("agents/tool-agent.json", "research-assistant.json", "support-bot.json");
    assertThat(preset.location()).isEqualTo("presets/" + info.getDisplayName());
  }

  @Test
  void withAssertions() {
    String json =
        "{\"model\": \"openai/gpt-5.4\", \"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}]}";
    PresetAssertions.assertThat(PresetValidator.standard().validate(json))
        .isValid()
        .hasNoWarnings();
  }

  @Nested
  @ValidPreset("presets/agents/tool-agent.json")
  class OnAClass {
    @Test
    void everyTestOfTheClassRunsAfterTheCheck() {}
  }
}
