package dev.preflight.client;

import static dev.preflight.client.ClientFixtures.API_KEY;
import static dev.preflight.client.ClientFixtures.INVALID_BODY;
import static dev.preflight.client.ClientFixtures.VALID_BODY;
import static dev.preflight.client.ClientFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.preflight.client.ClientFixtures.RecordingSleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Provokes every failure the client has, with a server that echoes the key back, and checks that
 * the key is in no message, cause, stack trace, {@code toString} or log line.
 */
class ApiKeySecrecyTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> logLines = new ArrayList<>();
  private final Logger julLogger = Logger.getLogger(PresetClient.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logLines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void start() throws Exception {
    server.start();
    previousLevel = julLogger.getLevel();
    julLogger.setLevel(Level.ALL);
    julLogger.addHandler(capture);
  }

  @AfterEach
  void stop() {
    julLogger.removeHandler(capture);
    julLogger.setLevel(previousLevel);
    server.close();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void theKeyAppearsInNoExceptionToStringOrLogLine() throws Exception {
    PresetClient.Builder builder = ClientFixtures.client(server, new RecordingSleeper());
    PresetClient client = builder.build();
    PresetClient impatient =
        ClientFixtures.client(server, new RecordingSleeper())
            .callTimeout(Duration.ofMillis(300))
            .build();
    String echo = "key " + API_KEY + " rejected";
    List<Throwable> failures = new ArrayList<>();

    for (int status : new int[] {400, 401, 403, 404, 409, 418, 429, 500, 503}) {
      int answers = RetryPolicy.defaults().retries(status) ? 3 : 1; // the first try and 2 retries
      for (int attempt = 0; attempt < answers; attempt++) {
        server.enqueue(
            json(
                status,
                "{\"error\":{\"code\":"
                    + status
                    + ",\"message\":\""
                    + echo
                    + "\",\"metadata\":{\"key\":\""
                    + API_KEY
                    + "\"}}}"));
      }
      failures.add(failure(() -> client.publish("support-bot", VALID_BODY)));
    }
    server.enqueue(new MockResponse.Builder().code(502).body("<p>" + echo + "</p>").build());
    server.enqueue(new MockResponse.Builder().code(502).body("<p>" + echo + "</p>").build());
    server.enqueue(new MockResponse.Builder().code(502).body("<p>" + echo + "</p>").build());
    failures.add(failure(() -> client.publish("support-bot", VALID_BODY)));
    server.enqueue(
        new MockResponse.Builder().code(302).addHeader("Location", "http://example.com/").build());
    failures.add(failure(() -> client.publish("support-bot", VALID_BODY)));
    server.enqueue(json(200, "not json " + echo));
    failures.add(failure(() -> client.publish("support-bot", VALID_BODY)));
    server.enqueue(json(200, "{\"echo\":\"" + echo + "\"}"));
    failures.add(failure(() -> client.publish("support-bot", VALID_BODY)));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    failures.add(failure(() -> impatient.publish("support-bot", VALID_BODY)));
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());
    failures.add(failure(() -> client.publish("support-bot", VALID_BODY)));
    failures.add(failure(() -> client.publish("support-bot", INVALID_BODY)));
    failures.add(failure(() -> client.publish("Support Bot", VALID_BODY)));

    MockWebServer closed = new MockWebServer();
    closed.start();
    String closedUrl = closed.url("/").toString();
    closed.close();
    failures.add(failure(() -> builder.baseUrl(closedUrl).build().find("support-bot")));

    failures.add(failure(() -> PresetClient.builder().apiKey(API_KEY + " x").build()));
    failures.add(failure(() -> PresetClient.builder().apiKey("é" + API_KEY).build()));
    failures.add(
        failure(
            () -> PresetClient.builder().apiKey(API_KEY).baseUrl("http://example.com").build()));
    failures.add(failure(() -> PresetClient.builder().environment(name -> "  ").build()));

    assertThat(failures)
        .extracting(Throwable::getClass)
        .contains(
            BadRequestException.class,
            UnauthorizedException.class,
            ForbiddenException.class,
            NotFoundException.class,
            ConflictException.class,
            UnexpectedStatusException.class,
            RateLimitedException.class,
            ServerErrorException.class,
            ResponseFormatException.class,
            RequestTimeoutException.class,
            NetworkException.class,
            PresetValidationException.class,
            IllegalArgumentException.class,
            IllegalStateException.class);
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString())
          .as("stack trace of %s", failure.getClass())
          .doesNotContain(API_KEY);
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(API_KEY);
        assertThat(t.toString()).doesNotContain(API_KEY);
      }
      if (failure instanceof ApiException) {
        ApiException api = (ApiException) failure;
        assertThat(api.serverMessage().orElse("")).doesNotContain(API_KEY);
        assertThat(api.metadata().map(Object::toString).orElse("")).doesNotContain(API_KEY);
      }
    }
    ApiException echoed = (ApiException) failures.get(0);
    assertThat(echoed.serverMessage()).contains("key *** rejected");
    assertThat(echoed.metadata().orElseThrow().toString()).isEqualTo("{\"key\":\"***\"}");

    assertThat(logLines).as("retries are logged").isNotEmpty();
    assertThat(logLines).allSatisfy(line -> assertThat(line).doesNotContain(API_KEY));
    assertThat(client.toString()).contains("apiKey=***").doesNotContain(API_KEY);
    assertThat(builder.toString()).contains("apiKey=***").doesNotContain(API_KEY);
  }

  private static Throwable failure(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the call should fail").isNotNull();
    return thrown;
  }
}
