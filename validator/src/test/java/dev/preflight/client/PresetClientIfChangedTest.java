package dev.preflight.client;

import static dev.preflight.client.ClientFixtures.VALID_BODY;
import static dev.preflight.client.ClientFixtures.json;
import static dev.preflight.client.ClientFixtures.presetAnswer;
import static dev.preflight.client.ClientFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.client.ClientFixtures.RecordingSleeper;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresetClientIfChangedTest {
  private final MockWebServer server = new MockWebServer();
  private PresetClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = ClientFixtures.client(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void assertRead(RecordedRequest request) {
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/presets/support-bot");
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + ClientFixtures.API_KEY);
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void sendsNothingButTheReadWhenConfigAndPromptAreTheSame() throws Exception {
    // The server writes 0.70 where the body has 0.7: equal numbers are the same config.
    server.enqueue(
        json(
            200,
            presetAnswer(
                5, "{\"temperature\":0.70,\"model\":\"openai/gpt-4o\"}", "You are terse.")));

    PublishResult result = client.publishIfChanged("support-bot", VALID_BODY);

    assertThat(result.published()).isFalse();
    assertThat(result.preset().designatedVersion().version()).isEqualTo(5);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertRead(server.takeRequest());
  }

  @Test
  void publishesWhenTheConfigDiffers() throws Exception {
    server.enqueue(
        json(
            200,
            presetAnswer(5, "{\"model\":\"openai/gpt-4o\",\"temperature\":1}", "You are terse.")));
    server.enqueue(published(6));

    PublishResult result = client.publishIfChanged("support-bot", VALID_BODY);

    assertThat(result.published()).isTrue();
    assertThat(result.preset().designatedVersion().version()).isEqualTo(6);
    assertRead(server.takeRequest());
    RecordedRequest publish = server.takeRequest();
    assertThat(publish.getMethod()).isEqualTo("POST");
    assertThat(publish.getTarget()).isEqualTo("/api/v1/presets/support-bot/chat/completions");
    assertThat(publish.getBody().utf8()).isEqualTo(VALID_BODY);
  }

  @Test
  void publishesWhenOnlyTheSystemPromptDiffers() throws Exception {
    server.enqueue(
        json(200, presetAnswer(5, "{\"model\":\"openai/gpt-4o\",\"temperature\":0.7}", null)));
    server.enqueue(published(6));

    assertThat(client.publishIfChanged("support-bot", VALID_BODY).published()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void publishesWhenThePresetDoesNotExist() throws Exception {
    server.enqueue(ClientFixtures.error(404, "404", "Preset not found"));
    server.enqueue(published(1));

    PublishResult result = client.publishIfChanged("support-bot", VALID_BODY);

    assertThat(result.published()).isTrue();
    assertThat(result.preset().designatedVersion().version()).isEqualTo(1);
    assertRead(server.takeRequest());
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
  }

  @Test
  void anErrorReadingThePresetIsReportedAndNothingIsPublished() {
    server.enqueue(ClientFixtures.error(401, "401", "No auth credentials found"));

    assertThatThrownBy(() -> client.publishIfChanged("support-bot", VALID_BODY))
        .isInstanceOf(UnauthorizedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anInvalidBodySendsNothing() {
    assertThatThrownBy(() -> client.publishIfChanged("support-bot", ClientFixtures.INVALID_BODY))
        .isInstanceOf(PresetValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void textThatIsNotAnObjectIsRefusedEvenWhenForced() {
    assertThatThrownBy(
            () -> client.publishIfChanged("support-bot", "[1, 2]", PublishOption.SEND_INVALID_BODY))
        .isInstanceOfSatisfying(
            PresetValidationException.class,
            e ->
                assertThat(e.report().errors())
                    .extracting(v -> v.ruleId())
                    .contains("json-syntax"));
    assertThat(server.getRequestCount()).isZero();
  }
}
