package dev.preflight.client;

import static dev.preflight.client.ClientFixtures.VALID_BODY;
import static dev.preflight.client.ClientFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.client.ClientFixtures.RecordingSleeper;
import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PresetClientErrorsTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private PresetClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    // No retries here: every status must surface as its exception on the first answer.
    client = ClientFixtures.client(server, sleeper).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerErrorException.class),
        Arguments.of(502, ServerErrorException.class),
        Arguments.of(503, ServerErrorException.class),
        Arguments.of(504, ServerErrorException.class),
        Arguments.of(418, UnexpectedStatusException.class),
        Arguments.of(422, UnexpectedStatusException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsTypeWithCodeMessageAndMetadata(
      int status, Class<? extends ApiException> type) {
    server.enqueue(
        json(
            status,
            "{\"error\":{\"code\":"
                + status
                + ",\"message\":\"slug taken by workspace\","
                + "\"metadata\":{\"field\":\"slug\",\"limit\":3}},\"user_id\":\"user_1\"}"));

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isExactlyInstanceOf(type)
        .hasMessage(
            "POST "
                + server.url("/api/v1/presets/support-bot/chat/completions")
                + ": HTTP "
                + status
                + ": slug taken by workspace (code "
                + status
                + ") metadata {\"field\":\"slug\",\"limit\":3}")
        .satisfies(
            thrown -> {
              ApiException e = (ApiException) thrown;
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.errorCode()).contains(String.valueOf(status));
              assertThat(e.serverMessage()).contains("slug taken by workspace");
              assertThat(e.metadata()).isPresent();
              assertThat(e.metadata().get().toString())
                  .isEqualTo("{\"field\":\"slug\",\"limit\":3}");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anErrorWithoutMetadataHasNone() {
    server.enqueue(ClientFixtures.error(401, "401", "No auth credentials found"));

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.metadata()).isEmpty();
              assertThat(e.getMessage()).endsWith(": No auth credentials found (code 401)");
            });
  }

  @Test
  void aBodyThatIsNotJsonIsQuotedCollapsedAndCut() {
    String page = "<html>\n  <body>Bad   gateway</body>\n</html>" + "x".repeat(500);
    server.enqueue(new MockResponse.Builder().code(502).body(page).build());

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.errorCode()).isEmpty();
              assertThat(e.metadata()).isEmpty();
              String quoted = e.serverMessage().orElseThrow();
              assertThat(quoted).startsWith("<html> <body>Bad gateway</body> </html>xxx");
              assertThat(quoted).hasSize(ApiError.QUOTED_LENGTH + 1).endsWith("…");
              assertThat(e.getMessage()).contains(": HTTP 502: <html> <body>Bad gateway");
            });
  }

  @Test
  void anEmptyErrorBodySaysSo() {
    server.enqueue(new MockResponse.Builder().code(503).build());

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOf(ServerErrorException.class)
        .hasMessageEndingWith(": HTTP 503: (empty body)");
  }

  @Test
  void aHugeErrorBodyIsReadOnlyUpToTheLimit() {
    String message = "y".repeat((int) ApiCaller.MAX_ERROR_BODY * 2);
    server.enqueue(json(400, "{\"error\":{\"code\":400,\"message\":\"" + message + "\"}}"));

    // Cut at 64 KiB the JSON is unterminated, so the start of the text is quoted instead.
    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.serverMessage().orElseThrow())
                    .startsWith("{\"error\":{\"code\":400,\"message\":\"yyy")
                    .hasSize(ApiError.QUOTED_LENGTH + 1));
  }

  @Test
  void rateLimitedCarriesRetryAfter() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "7")
            .body("{\"error\":{\"code\":429,\"message\":\"Rate limit exceeded\"}}")
            .build());

    assertThatThrownBy(() -> client.publish("support-bot", VALID_BODY))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
  }

  @Test
  void findTurns404IntoEmptyAndOtherErrorsIntoExceptions() throws Exception {
    server.enqueue(ClientFixtures.error(404, "404", "Preset not found"));
    server.enqueue(ClientFixtures.error(403, "403", "Forbidden"));

    assertThat(client.find("support-bot")).isEmpty();
    assertThatThrownBy(() -> client.find("support-bot")).isInstanceOf(ForbiddenException.class);

    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
  }
}
