package dev.preflight.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Bodies, answers and a client wired to a {@link MockWebServer}, shared by the client tests. */
final class ClientFixtures {
  static final String API_KEY = "sk-or-v1-0123456789abcdef-secret";

  /** A valid body: configuration, a system prompt, and a conversation that is not persisted. */
  static final String VALID_BODY =
      "{\"model\":\"openai/gpt-4o\",\"temperature\":0.7,"
          + "\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"},"
          + "{\"role\":\"user\",\"content\":\"hi\"}]}";

  /** A body the validator rejects: temperature must be a number. */
  static final String INVALID_BODY =
      "{\"model\":\"openai/gpt-4o\",\"temperature\":\"hot\","
          + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  private ClientFixtures() {}

  /** A {@code {"data": PresetWithDesignatedVersion}} answer. */
  static String presetAnswer(int version, String configJson, String systemPrompt) {
    return "{\"data\":{"
        + "\"id\":\"650e8400-e29b-41d4-a716-446655440001\","
        + "\"slug\":\"support-bot\",\"name\":\"support-bot\",\"description\":null,"
        + "\"status\":\"active\",\"created_at\":\"2026-04-20T10:00:00Z\","
        + "\"updated_at\":\"2026-04-21T10:00:00Z\","
        + "\"creator_user_id\":\"user_1\",\"workspace_id\":null,\"status_updated_at\":null,"
        + "\"designated_version_id\":\"v-"
        + version
        + "\",\"designated_version\":{"
        + "\"id\":\"v-"
        + version
        + "\",\"version\":"
        + version
        + ",\"config\":"
        + configJson
        + ",\"system_prompt\":"
        + (systemPrompt == null ? "null" : "\"" + systemPrompt + "\"")
        + ",\"preset_id\":\"650e8400-e29b-41d4-a716-446655440001\",\"creator_id\":\"user_1\","
        + "\"created_at\":\"2026-04-21T10:00:00Z\",\"updated_at\":\"2026-04-21T10:00:01Z\"}}}";
  }

  /** The answer to publishing {@link #VALID_BODY} as version {@code version}. */
  static MockResponse published(int version) {
    return json(
        200,
        presetAnswer(
            version, "{\"model\":\"openai/gpt-4o\",\"temperature\":0.7}", "You are terse."));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse error(int status, String code, String message) {
    return json(status, "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}");
  }

  /** A client of the server with this key, recording its waits instead of sleeping. */
  static PresetClient.Builder client(MockWebServer server, RecordingSleeper sleeper) {
    return PresetClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/api/v1").toString())
        .environment(name -> null)
        .sleeper(sleeper);
  }

  /** Records the waits it is asked for and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }

    List<Duration> waits() {
      return List.copyOf(waits);
    }
  }
}
