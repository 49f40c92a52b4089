package dev.preflight.client;

import static dev.preflight.client.ClientFixtures.API_KEY;
import static dev.preflight.client.ClientFixtures.VALID_BODY;
import static dev.preflight.client.ClientFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.preflight.client.ClientFixtures.RecordingSleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken servers: each ends in a typed {@link PresetClientException} with a clear
 * message, within bounded time, and without the API key in the exception, its causes or its stack
 * trace. Covered elsewhere and not repeated here: a server that never starts answering ({@code
 * PresetClientRetryTest.aHungServerIsEndedByTheCallTimeoutAndNotRetried}), a success that is not
 * JSON or has no {@code data} ({@code PresetClientPublishTest}), a redirect to another host ({@code
 * PresetClientPublishTest.aRedirectIsNotFollowedSoTheKeyGoesNowhereElse}).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a safety net only; timeouts below are short
class ClientFailureModesTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PresetClient client() {
    return ClientFixtures.client(server, sleeper)
        .callTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(2))
        .build();
  }

  /** The failure of publishing, checked to carry no API key anywhere. */
  private PresetClientException failure(PresetClient client) {
    Throwable thrown = catchThrowable(() -> client.publish("support-bot", VALID_BODY));
    assertThat(thrown).isInstanceOf(PresetClientException.class);
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(API_KEY);
    assertThat(thrown.toString()).doesNotContain(API_KEY);
    return (PresetClientException) thrown;
  }

  @Test
  void aServerThatSendsHeadersThenStallsIsEndedByTheReadTimeout() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ClientFixtures.presetAnswer(1, "{}", null))
            .onResponseBody(SocketEffect.Stall.INSTANCE)
            .build());
    PresetClient client =
        ClientFixtures.client(server, sleeper)
            .readTimeout(Duration.ofMillis(300))
            .callTimeout(Duration.ofSeconds(5))
            .build();

    PresetClientException e = failure(client);

    assertThat(e).isExactlyInstanceOf(RequestTimeoutException.class);
    assertThat(e.getMessage())
        .startsWith("POST " + server.url("/api/v1/presets/support-bot/chat/completions"))
        .contains("no answer in time")
        .endsWith("; the request may have been processed");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aConnectionClosedInTheMiddleOfTheAnswerIsANetworkFailureNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ClientFixtures.presetAnswer(1, "{}", null))
            .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
            .build());
    server.enqueue(ClientFixtures.published(2));

    PresetClientException e = failure(client());

    assertThat(e).isExactlyInstanceOf(NetworkException.class);
    assertThat(e.getMessage())
        .contains(
            ": the connection broke after the request was sent, so it may have been processed");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aSuccessWithoutDataIsAResponseFormatExceptionEvenWhenItEchoesTheKey() {
    server.enqueue(json(200, "{\"echo\":\"Bearer " + API_KEY + "\"}"));

    PresetClientException e = failure(client());

    assertThat(e).isExactlyInstanceOf(ResponseFormatException.class);
    assertThat(e.getMessage())
        .contains("the success answer has no \"data\" object")
        .contains("***");
  }

  @Test
  void aSuccessThatIsNotJsonIsAResponseFormatExceptionWithAShortMessage() {
    server.enqueue(json(200, "<html>" + "x".repeat(100_000) + "</html>"));

    PresetClientException e = failure(client());

    assertThat(e).isExactlyInstanceOf(ResponseFormatException.class);
    assertThat(e.getMessage()).contains("the success answer is not JSON").hasSizeLessThan(1_000);
  }

  @Test
  void aTenMegabyteErrorBodyIsReadOnlyUpToTheLimit() {
    String huge = "{\"error\":{\"code\":400,\"message\":\"" + "y".repeat(10 * 1024 * 1024) + "\"}}";
    server.enqueue(json(400, huge));

    PresetClientException e = failure(client());

    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(((BadRequestException) e).status()).isEqualTo(400);
    assertThat(e.getMessage()).contains(": HTTP 400: {\"error\":{\"code\":400,\"message\":\"yyy");
    assertThat(e.getMessage()).hasSizeLessThan(ApiError.QUOTED_LENGTH + 200);
  }

  @Test
  void aSuccessLargerThanTheLimitIsAResponseFormatException() {
    server.enqueue(
        json(200, "{\"data\":\"" + "z".repeat((int) ApiCaller.MAX_SUCCESS_BODY) + "\"}"));

    PresetClientException e = failure(client());

    assertThat(e).isExactlyInstanceOf(ResponseFormatException.class);
    assertThat(e.getMessage()).endsWith(": the success answer is larger than 8388608 bytes");
  }

  @Test
  void aRedirectToAnotherHostSendsTheKeyNowhere() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      elsewhere.enqueue(ClientFixtures.published(1));
      server.enqueue(
          new MockResponse.Builder()
              .code(308)
              .addHeader("Location", elsewhere.url("/api/v1/presets/support-bot/chat/completions"))
              .build());

      PresetClientException e = failure(client());

      assertThat(e).isExactlyInstanceOf(UnexpectedStatusException.class);
      assertThat(e.getMessage()).contains("not followed");
      assertThat(elsewhere.getRequestCount()).isZero();
      RecordedRequest sent = server.takeRequest();
      assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    }
  }

  @Test
  void aRetryAfterOfAYearIsCappedAndReported() {
    String aYear = String.valueOf(Duration.ofDays(365).toSeconds());
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", aYear)
              .body("{\"error\":{\"code\":429,\"message\":\"slow down\"}}")
              .build());
    }

    PresetClientException e = failure(client());

    assertThat(e).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofDays(365));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aRetryAfterBeyondAnyDurationIsCappedToo() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "99999999999999999999999")
            .build());
    server.enqueue(ClientFixtures.published(1));

    assertThat(client().publish("support-bot", VALID_BODY).designatedVersion().version())
        .isEqualTo(1);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }
}
