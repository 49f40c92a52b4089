package dev.preflight.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends one API request under the {@link RetryPolicy}, authenticated, and turns every failure into
 * a {@link PresetClientException}. Bodies it hands on, and every message it writes, have the API
 * key replaced, in case a server or proxy echoes it. Thread-safe.
 */
final class ApiCaller {
  /** The longest success answer read; a preset is far smaller. */
  static final long MAX_SUCCESS_BODY = 8L * 1024 * 1024;

  /** The most of an error answer read: enough for any JSON error, bounded for HTML error pages. */
  static final long MAX_ERROR_BODY = 64L * 1024;

  private static final System.Logger LOG = System.getLogger(PresetClient.class.getName());

  private final OkHttpClient http;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String apiKey;

  ApiCaller(OkHttpClient http, RetryPolicy policy, Clock clock, Sleeper sleeper, String apiKey) {
    this.http = http;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.apiKey = apiKey;
  }

  /**
   * The header the {@code Retry-After} of an answer is moved to. OkHttp silently resends a request
   * answered 503 with {@code Retry-After: 0}, even with {@code retryOnConnectionFailure(false)};
   * hiding the header from it keeps the {@link RetryPolicy} the only one that retries.
   */
  static final String MOVED_RETRY_AFTER = "Preflight-Retry-After";

  /**
   * Marks, through the request's tag, that a connection was made and the request is being written,
   * and moves {@code Retry-After} out of OkHttp's sight. Network interceptors run only once a
   * connection exists, so a failure before this ran cannot have reached the server and may be
   * retried safely.
   */
  static final Interceptor NETWORK_INTERCEPTOR =
      chain -> {
        SendMark mark = chain.request().tag(SendMark.class);
        if (mark != null) {
          mark.sent = true;
        }
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (retryAfter == null) {
          return response;
        }
        return response
            .newBuilder()
            .removeHeader("Retry-After")
            .header(MOVED_RETRY_AFTER, retryAfter)
            .build();
      };

  private static final class SendMark {
    volatile boolean sent;
  }

  /**
   * Sends the request until it succeeds or the policy gives up.
   *
   * @return the body of the 2xx answer, with the API key replaced
   * @throws ApiException for an error status, {@link NetworkException} when no answer came, {@link
   *     ResponseFormatException} when the answer is too large
   */
  String call(Request unauthenticated) {
    Request base =
        unauthenticated
            .newBuilder()
            .header("Authorization", "Bearer " + apiKey)
            .header("User-Agent", UserAgent.VALUE)
            .build();
    String described = unauthenticated.method() + " " + unauthenticated.url();
    for (int attempt = 0; ; attempt++) {
      SendMark mark = new SendMark();
      Request request = base.newBuilder().tag(SendMark.class, mark).build();
      boolean mayRetry = attempt < policy.maxRetries();
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return readSuccess(described, response.body());
        }
        int status = response.code();
        Duration retryAfter =
            RetryPolicy.parseRetryAfter(response.header(MOVED_RETRY_AFTER), clock.instant());
        if (mayRetry && policy.retries(status)) {
          waitBeforeRetry(
              described, "HTTP " + status, attempt + 1, policy.delay(attempt + 1, retryAfter));
          continue;
        }
        ApiError error =
            response.isRedirect()
                ? ApiError.redirect(described, status, response.header("Location"))
                : ApiError.read(described, status, readError(response.body()));
        throw error.toException(retryAfter);
      } catch (IOException e) {
        if (!mark.sent && mayRetry && policy.retriesConnectionFailures()) {
          waitBeforeRetry(
              described, "connection failure", attempt + 1, policy.backoff(attempt + 1));
          continue;
        }
        throw networkFailure(described, e, mark.sent);
      }
    }
  }

  private void waitBeforeRetry(String request, String why, int retry, Duration delay) {
    LOG.log(
        Level.DEBUG,
        () ->
            request
                + ": "
                + why
                + ", retry "
                + retry
                + " of "
                + policy.maxRetries()
                + " in "
                + delay.toMillis()
                + " ms");
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetworkException(request + ": interrupted while waiting to retry after " + why, e);
    }
  }

  private NetworkException networkFailure(String request, IOException e, boolean sent) {
    String reason = redact(String.valueOf(e.getMessage()));
    if (e instanceof InterruptedIOException) {
      // OkHttp reports connect, read and whole-call timeouts as InterruptedIOException.
      return new RequestTimeoutException(
          request
              + ": no answer in time ("
              + reason
              + ")"
              + (sent ? "; the request may have been processed" : ""),
          e);
    }
    return new NetworkException(
        request
            + (sent
                ? ": the connection broke after the request was sent, so it may have been"
                    + " processed: "
                : ": the connection failed before the request was sent: ")
            + reason,
        e);
  }

  private String readSuccess(String request, ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    if (source.request(MAX_SUCCESS_BODY + 1)) {
      throw new ResponseFormatException(
          request + ": the success answer is larger than " + MAX_SUCCESS_BODY + " bytes");
    }
    return redact(source.getBuffer().readUtf8());
  }

  private String readError(ResponseBody body) {
    try {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY);
      Buffer buffer = source.getBuffer();
      return redact(buffer.readUtf8(Math.min(buffer.size(), MAX_ERROR_BODY)));
    } catch (IOException e) {
      // The status already says what went wrong; a body cut short only costs detail.
      return "";
    }
  }

  private String redact(String text) {
    return text.replace(apiKey, "***");
  }
}
