package dev.preflight.client;

import java.time.Duration;
import java.util.Optional;

/**
 * OpenRouter answered 429 Too Many Requests, and the retries the {@link RetryPolicy} allows were
 * used up (or there were none).
 */
public final class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitedException(ApiError error, Duration retryAfter) {
    super(error);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked to wait, from its {@code Retry-After} header, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
