package dev.preflight.client;

import static dev.preflight.client.ClientFixtures.VALID_BODY;
import static dev.preflight.client.ClientFixtures.error;
import static dev.preflight.client.ClientFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.client.ClientFixtures.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetClientRetryTest {
  private static final Instant NOW = Instant.parse("2026-04-20T10:00:00Z");

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

  private PresetClient.Builder client() {
    return ClientFixtures.client(server, sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .retryPolicy(RetryPolicy.builder().jitter(false).build());
  }

  private static MockResponse withRetryAfter(int status, String retryAfter) {
    return new MockResponse.Builder().code(status).addHeader("Retry-After", retryAfter).build();
  }

  @Test
  void a503ThenSuccessIsRetriedOnceWithBackoff() throws Exception {
    server.enqueue(error(503, "503", "overloaded"));
    server.enqueue(published(4));

    PublishedPreset preset = client().build().publish("support-bot", VALID_BODY);

    assertThat(preset.designatedVersion().version()).isEqualTo(4);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(VALID_BODY);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(VALID_BODY);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void retriesAtMostTwiceWithDoublingBackoff(int status) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(status, String.valueOf(status), "try later"));
    }

    assertThatThrownBy(() -> client().build().publish("support-bot", VALID_BODY))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 500})
  void neverRetriesWhatMayHaveBeenProcessed(int status) {
    server.enqueue(error(status, String.valueOf(status), "no"));
    server.enqueue(published(1));

    assertThatThrownBy(() -> client().build().publish("support-bot", VALID_BODY))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.enqueue(withRetryAfter(429, "3"));
    server.enqueue(withRetryAfter(503, "0"));
    server.enqueue(published(1));

    client().build().publish("support-bot", VALID_BODY);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ZERO);
  }

  @Test
  void okHttpDoesNotSilentlyResendA503WithRetryAfterZero() {
    server.enqueue(withRetryAfter(503, "0"));
    server.enqueue(published(1));

    assertThatThrownBy(
            () ->
                client().retryPolicy(RetryPolicy.none()).build().publish("support-bot", VALID_BODY))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClock() {
    server.enqueue(withRetryAfter(503, "Mon, 20 Apr 2026 10:00:12 GMT"));
    server.enqueue(withRetryAfter(503, "Mon, 20 Apr 2026 09:00:00 GMT"));
    server.enqueue(published(1));

    client().build().publish("support-bot", VALID_BODY);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12), Duration.ZERO);
  }

  @Test
  void aLongRetryAfterIsCapped() {
    server.enqueue(withRetryAfter(429, "3600"));
    server.enqueue(published(1));

    client().build().publish("support-bot", VALID_BODY);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void anUnreadableRetryAfterFallsBackToBackoff() {
    server.enqueue(withRetryAfter(503, "soon"));
    server.enqueue(published(1));

    client().build().publish("support-bot", VALID_BODY);

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aConnectionRefusedBeforeSendingIsRetriedThenReported() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/api/v1").toString();
    closed.close();
    PresetClient client = client().baseUrl(url).build();

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isExactlyInstanceOf(NetworkException.class)
        .hasMessageContaining("the connection failed before the request was sent");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aConnectionBrokenAfterSendingIsNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());
    server.enqueue(published(1));

    assertThatThrownBy(() -> client().build().publish("support-bot", VALID_BODY))
        .isExactlyInstanceOf(NetworkException.class)
        .hasMessageContaining("after the request was sent, so it may have been processed");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // a safety net; the call timeout ends the call
  void aHungServerIsEndedByTheCallTimeoutAndNotRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(published(1));
    PresetClient client = client().callTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOf(RequestTimeoutException.class)
        .hasMessageContaining("no answer in time")
        .hasMessageContaining("may have been processed");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aReadTimeoutIsNotRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(published(1));
    PresetClient client = client().readTimeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOf(RequestTimeoutException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterrupt() {
    server.enqueue(error(503, "503", "overloaded"));
    PresetClient client =
        client()
            .sleeper(
                duration -> {
                  throw new InterruptedException();
                })
            .build();

    try {
      assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
          .isExactlyInstanceOf(NetworkException.class)
          .hasMessageContaining("interrupted while waiting to retry after HTTP 503");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
