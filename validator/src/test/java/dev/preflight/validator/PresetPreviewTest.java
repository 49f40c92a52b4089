package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PresetPreviewTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  @Test
  void keepsPersistedFieldsInBodyOrderAndListsTheIgnoredOnes() {
    PresetPreview preview =
        VALIDATOR.preview(
            "{\"stream\":true,\"model\":\"openai/gpt-4o\",\"messages\":[],"
                + "\"provider\":{\"order\":[\"OpenAI\"]},\"stream_options\":{},\"debug\":{},"
                + "\"prompt\":\"x\",\"temperature\":0.2}");

    assertThat(preview.config().keySet()).containsExactly("model", "provider", "temperature");
    assertThat(JsonMapper.shared().createObjectNode().setAll(preview.config()).toString())
        .isEqualTo(
            "{\"model\":\"openai/gpt-4o\",\"provider\":{\"order\":[\"OpenAI\"]},\"temperature\":0.2}");
    assertThat(preview.toString())
        .startsWith(
            "{\"config\":{\"model\":\"openai/gpt-4o\",\"provider\":{\"order\":[\"OpenAI\"]},"
                + "\"temperature\":0.2},\"system_prompt\":null,");
    assertThat(preview.ignoredFields())
        .containsExactly("/stream", "/messages", "/stream_options", "/debug", "/prompt");
    assertThat(preview.isEmpty()).isFalse();
  }

  @Test
  void takesTheSystemPromptFromTheFirstSystemMessage() {
    PresetPreview preview =
        VALIDATOR.preview(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"system\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"system\",\"content\":\"Second.\"}]}");

    assertThat(preview.systemPrompt()).contains("Be brief.");
  }

  @Test
  void joinsTheTextPartsOfADeveloperMessage() {
    PresetPreview preview =
        VALIDATOR.preview(
            "{\"messages\":[{\"role\":\"developer\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"One.\"},{\"type\":\"text\",\"text\":\"Two.\"}]}]}");

    assertThat(preview.systemPrompt()).contains("One.\n\nTwo.");
  }

  @Test
  void aBodyWithNothingToPersistHasAnEmptyPreview() {
    PresetPreview preview =
        VALIDATOR.preview(
            "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(preview.isEmpty()).isTrue();
    assertThat(preview.config().isEmpty()).isTrue();
    assertThat(preview.systemPrompt()).isEmpty();
    assertThat(preview.ignoredFields()).containsExactly("/messages", "/stream");
    assertThat(preview.toString())
        .isEqualTo(
            "{\"config\":{},\"system_prompt\":null,\"ignored_fields\":[\"/messages\",\"/stream\"]}");
  }

  @Test
  void aPromptAloneIsSomethingToPersist() {
    PresetPreview preview =
        VALIDATOR.preview("{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"}]}");

    assertThat(preview.isEmpty()).isFalse();
    assertThat(preview.config().isEmpty()).isTrue();
  }

  @Test
  void configIsACopyAndTheInputTreeIsNotModified() {
    ObjectNode body =
        (ObjectNode)
            JsonMapper.shared()
                .readTree("{\"model\":\"m\",\"provider\":{\"sort\":\"price\"},\"stream\":true}");
    String before = body.toString();
    PresetPreview preview = VALIDATOR.preview(body);

    ((ObjectNode) preview.config().get("provider")).put("sort", "latency");
    body.withObject("/provider").put("sort", "throughput");

    assertThat(preview.config().get("provider").path("sort").stringValue()).isEqualTo("price");
    assertThatThrownBy(() -> preview.config().remove("model"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(VALIDATOR.preview(JsonMapper.shared().readTree(before))).isEqualTo(preview);
  }

  @Test
  void aPreviewDoesNotValidate() {
    PresetPreview preview = VALIDATOR.preview("{\"temperature\":\"hot\"}");

    assertThat(preview.config()).containsKey("temperature");
    assertThat(preview.config().get("temperature").stringValue()).isEqualTo("hot");
  }

  @Test
  void textThatIsNotAnObjectIsAnIllegalArgumentWithTheReason() {
    assertThatThrownBy(() -> VALIDATOR.preview("{\"model\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the body is not a JSON object, so it has no preview; 1:")
        .hasMessageContaining("json-syntax");
    assertThatThrownBy(() -> VALIDATOR.preview("[]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a JSON object at the top level, got an array");
    assertThatThrownBy(() -> VALIDATOR.preview(JsonMapper.shared().readTree("42")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a preset is created from a JSON object, got number");
  }
}
