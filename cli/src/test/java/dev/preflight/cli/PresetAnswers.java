package dev.preflight.cli;

import mockwebserver3.MockResponse;

/** OpenRouter's answers to the preset requests, as the mock server gives them. */
final class PresetAnswers {
  static final String PRESET_ID = "650e8400-e29b-41d4-a716-446655440001";

  /** The config a preset created from {@link TestInputs#VALID} persists. */
  static final String VALID_CONFIG = "{\"model\":\"openai/gpt-4o\"}";

  /** The system prompt of {@link TestInputs#VALID}. */
  static final String VALID_PROMPT = "hi";

  private PresetAnswers() {}

  /** {@code {"data": PresetWithDesignatedVersion}} with version {@code v-<version>}. */
  static MockResponse preset(int version, String configJson, String systemPrompt) {
    return json(
        200,
        "{\"data\":{\"id\":\""
            + PRESET_ID
            + "\",\"slug\":\"support-bot\",\"name\":\"support-bot\",\"status\":\"active\","
            + "\"created_at\":\"2026-04-20T10:00:00Z\",\"updated_at\":\"2026-04-21T10:00:00Z\","
            + "\"designated_version\":{\"id\":\"v-"
            + version
            + "\",\"version\":"
            + version
            + ",\"config\":"
            + configJson
            + ",\"system_prompt\":\""
            + systemPrompt
            + "\",\"created_at\":\"2026-04-21T10:00:00Z\"}}}");
  }

  /** The preset as publishing {@link TestInputs#VALID} leaves it. */
  static MockResponse validPreset(int version) {
    return preset(version, VALID_CONFIG, VALID_PROMPT);
  }

  /** {@code {"error": {"code": status, "message": message}}}. */
  static MockResponse error(int status, String message) {
    return json(status, "{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\"}}");
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
