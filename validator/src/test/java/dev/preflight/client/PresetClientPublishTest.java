package dev.preflight.client;

import static dev.preflight.client.ClientFixtures.API_KEY;
import static dev.preflight.client.ClientFixtures.INVALID_BODY;
import static dev.preflight.client.ClientFixtures.VALID_BODY;
import static dev.preflight.client.ClientFixtures.json;
import static dev.preflight.client.ClientFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.client.ClientFixtures.RecordingSleeper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class PresetClientPublishTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private PresetClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = ClientFixtures.client(server, sleeper).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void postsTheBodyAsItIsWithKeyTypeAndUserAgent() throws Exception {
    server.enqueue(published(3));

    client.publish("support-bot", VALID_BODY);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/presets/support-bot/chat/completions");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent"))
        .matches("preflight/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(request.getBody().utf8()).isEqualTo(VALID_BODY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void readsThePresetAndItsDesignatedVersion() {
    server.enqueue(published(3));

    PublishedPreset preset = client.publish("support-bot", VALID_BODY);

    assertThat(preset.id()).isEqualTo("650e8400-e29b-41d4-a716-446655440001");
    assertThat(preset.slug()).isEqualTo("support-bot");
    assertThat(preset.name()).contains("support-bot");
    assertThat(preset.description()).isEmpty();
    assertThat(preset.status()).contains("active");
    assertThat(preset.createdAt()).contains("2026-04-20T10:00:00Z");
    assertThat(preset.updatedAt()).contains("2026-04-21T10:00:00Z");
    PresetVersion version = preset.designatedVersion();
    assertThat(version.id()).isEqualTo("v-3");
    assertThat(version.version()).isEqualTo(3);
    assertThat(version.config().toString())
        .isEqualTo("{\"model\":\"openai/gpt-4o\",\"temperature\":0.7}");
    assertThat(version.systemPrompt()).contains("You are terse.");
    assertThat(version.createdAt()).contains("2026-04-21T10:00:00Z");
    assertThat(version.updatedAt()).contains("2026-04-21T10:00:01Z");
  }

  @Test
  void versionConfigIsACopy() {
    server.enqueue(published(1));
    PresetVersion version = client.publish("support-bot", VALID_BODY).designatedVersion();

    version.config().put("model", "changed");

    assertThat(version.config().path("model").stringValue()).isEqualTo("openai/gpt-4o");
  }

  @Test
  void publishesParsedBodiesAndFiles(@TempDir Path dir) throws Exception {
    server.enqueue(published(1));
    server.enqueue(published(2));
    Path file = dir.resolve("support-bot.json");
    Files.writeString(file, VALID_BODY);

    client.publish("support-bot", JsonMapper.shared().readTree(VALID_BODY));
    client.publish("support-bot", file);

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(VALID_BODY);
    assertThat(server.takeRequest().getBody().string(StandardCharsets.UTF_8)).isEqualTo(VALID_BODY);
  }

  @Test
  void aBaseUrlWithATrailingSlashGivesTheSamePath() throws Exception {
    server.enqueue(published(1));
    PresetClient slashed =
        ClientFixtures.client(server, sleeper).baseUrl(server.url("/api/v1/").toString()).build();

    slashed.publish("support-bot", VALID_BODY);

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v1/presets/support-bot/chat/completions");
  }

  @Test
  void anInvalidBodyIsRefusedWithItsReportAndNothingIsSent() {
    assertThatThrownBy(() -> client.publish("support-bot", INVALID_BODY))
        .isInstanceOfSatisfying(
            PresetValidationException.class,
            e -> {
              assertThat(e.report().isValid()).isFalse();
              assertThat(e.report().errors()).extracting(v -> v.pointer()).contains("/temperature");
              assertThat(e.getMessage()).contains("/temperature").contains("SEND_INVALID_BODY");
            });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInvalidFileNamesItselfInTheReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, INVALID_BODY);

    assertThatThrownBy(() -> client.publish("support-bot", file))
        .isInstanceOfSatisfying(
            PresetValidationException.class,
            e -> assertThat(e.report().source()).contains(file.toString()));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void sendInvalidBodySendsItAnyway() throws Exception {
    server.enqueue(published(1));

    client.publish("support-bot", INVALID_BODY, PublishOption.SEND_INVALID_BODY);

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(INVALID_BODY);
  }

  @Test
  void anInvalidSlugIsRefusedWithAProposalAndNothingIsSent() {
    assertThatThrownBy(() -> client.publish("My Preset", VALID_BODY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper-case")
        .hasMessageContaining("a space")
        .hasMessageEndingWith("try \"my-preset\"");
    assertThatThrownBy(() -> client.publishIfChanged("My Preset", VALID_BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.find("a/b")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aSuccessThatIsNotJsonIsAResponseFormatException() {
    server.enqueue(json(200, "<html>maintenance</html>"));

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageStartingWith(
            "POST " + server.url("/api/v1/presets/support-bot/chat/completions"))
        .hasMessageContaining("not JSON");
  }

  @Test
  void aSuccessWithoutDataIsAResponseFormatException() {
    server.enqueue(json(200, "{\"result\":\"ok\"}"));

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("no \"data\" object")
        .hasMessageContaining("{\"result\":\"ok\"}");
  }

  @Test
  void aSuccessWithoutVersionNumberIsAResponseFormatException() {
    server.enqueue(
        json(
            200,
            ClientFixtures.presetAnswer(1, "{}", null)
                .replace("\"version\":1", "\"version\":\"1\"")));

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("data.designated_version.version");
  }

  @Test
  void aRedirectIsNotFollowedSoTheKeyGoesNowhereElse() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      server.enqueue(
          new mockwebserver3.MockResponse.Builder()
              .code(307)
              .addHeader("Location", elsewhere.url("/steal").toString())
              .build());

      assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
          .isInstanceOfSatisfying(
              UnexpectedStatusException.class,
              e -> {
                assertThat(e.status()).isEqualTo(307);
                assertThat(e.getMessage())
                    .contains("redirected to " + elsewhere.url("/steal"))
                    .contains("not followed");
              });
      assertThat(elsewhere.getRequestCount()).isZero();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
