package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;

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
