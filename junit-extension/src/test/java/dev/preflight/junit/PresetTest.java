package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.validator.PresetValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PresetTest {
  private static final String BODY =
      "{\"model\": \"openai/gpt-5.4\", \"stream\": true, \"temperature\": 0.2,"
          + " \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"},"
          + " {\"role\": \"developer\", \"content\": \"Answer in French.\"}]}";

  private final Preset preset = Preset.of("presets/french.json", BODY, PresetValidator.standard());

  @Test
  void configKeepsWhatAPresetPersistsInBodyOrder() {
    assertThat(preset.config()).containsOnlyKeys("model", "temperature");
    assertThat(preset.config().keySet()).containsExactly("model", "temperature");
  }

  @Test
  void previewIsTheValidatorsPreviewOfTheBody() {
    assertThat(preset.preview()).isEqualTo(PresetValidator.standard().preview(BODY));
    assertThat(preset.preview().config()).containsKey("model").doesNotContainKey("stream");
    assertThat(preset.preview().config().keySet()).containsExactly("model", "temperature");
    assertThat(preset.preview().systemPrompt()).hasValue("Answer in French.");
    assertThat(preset.preview().ignoredFields()).containsExactly("/stream", "/messages");
    assertThat(preset.config()).isEqualTo(preset.preview().config());
  }

  @Test
  void aBodyThatIsNotAnObjectHasNoPreview() {
    Preset array = Preset.of("array.json", "[1]", PresetValidator.standard());

    assertThatThrownBy(array::preview)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("array.json is not a JSON object, so it has no preview:\n")
        .hasMessageContaining(array.report().toString());
    assertThat(array.config()).isEmpty();
    assertThat(array.systemPrompt()).isEmpty();
  }

  @Test
  void systemPromptIsTheFirstSystemOrDeveloperMessage() {
    assertThat(preset.systemPrompt()).hasValue("Answer in French.");
    assertThat(Preset.of("x.json", "{\"model\": \"m\"}", PresetValidator.standard()).systemPrompt())
        .isEmpty();
  }

  @Test
  void treeAndConfigAreCopies() {
    ((ObjectNode) preset.tree()).put("model", "changed");
    assertThat(preset.tree().path("model").stringValue()).isEqualTo("openai/gpt-5.4");
    assertThat(preset.config().get("model").stringValue()).isEqualTo("openai/gpt-5.4");
  }

  @Test
  void textThatIsNotJsonHasAMissingTreeAndASyntaxViolation() {
    Preset broken = Preset.of("broken.json", "{\"model\": ", PresetValidator.standard());
    JsonNode tree = broken.tree();
    assertThat(tree.isMissingNode()).isTrue();
    assertThat(broken.config()).isEmpty();
    assertThat(broken.report().isValid()).isFalse();
    assertThat(broken.report().violations()).extracting(v -> v.ruleId()).contains("json-syntax");
    assertThat(broken.report().source()).hasValue("broken.json");
  }

  @Test
  void showsAsItsLocation() {
    assertThat(preset).hasToString("presets/french.json");
    assertThat(preset.json()).isEqualTo(BODY);
  }
}
