package dev.preflight.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failed requests {@link PresetClient} sends again, and how long it waits first.
 *
 * <p>Creating a preset is not idempotent: every accepted request makes a new version. So the
 * {@linkplain #defaults() default policy} retries only answers that say the request was not
 * processed and connections that failed before anything was sent: at most 2 retries, on 429, 502,
 * 503 and 504 and on connection failures. It waits as long as the {@code Retry-After} header says
 * (seconds or an HTTP date, at most {@link #maxRetryAfter()}), else an exponential backoff from
 * {@link #initialBackoff()} with jitter. Statuses 400 to 409 and 500, and timeouts once the request
 * was sent, are never retried: the request may have been processed, or will fail the same way.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final Set<Integer> DEFAULT_STATUSES = Set.of(429, 502, 503, 504);
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Set<Integer> statuses;
  private final boolean connectionFailures;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final boolean jitter;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.statuses = Set.copyOf(builder.statuses);
    this.connectionFailures = builder.connectionFailures;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.jitter = builder.jitter;
  }

  /** At most 2 retries, of 429, 502, 503, 504 and connection failures; see the class comment. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many times one call may be sent again (0: never). */
  public int maxRetries() {
    return maxRetries;
  }

  /** The HTTP statuses that are retried; unmodifiable. */
  public Set<Integer> retryableStatuses() {
    return statuses;
  }

  /** Whether a connection that failed before the request was sent is retried. */
  public boolean retriesConnectionFailures() {
    return connectionFailures;
  }

  /** The wait before the first retry without {@code Retry-After}; it doubles for each retry. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff between two attempts. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest {@code Retry-After} that is honoured; longer ones are cut to this. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** Whether backoffs are randomized (between half and all of the exponential value). */
  public boolean jitter() {
    return jitter;
  }

  boolean retries(int status) {
    return statuses.contains(status);
  }

  /**
   * The wait before retry number {@code retry} (1-based): the server's {@code retryAfter} (capped)
   * when it sent one, else the backoff.
   */
  Duration delay(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }
    return backoff(retry);
  }

  /** Exponential backoff for retry number {@code retry} (1-based), capped, with jitter. */
  Duration backoff(int retry) {
    long base = initialBackoff.toMillis();
    long max = maxBackoff.toMillis();
    // Shift no further than the cap needs, so that many retries cannot overflow.
    long millis = base;
    for (int i = 1; i < retry && millis < max; i++) {
      millis *= 2;
    }
    millis = Math.min(millis, max);
    if (jitter && millis > 1) {
      // "Equal jitter": keep half, randomize half, so that clients that failed together spread out.
      millis = millis / 2 + ThreadLocalRandom.current().nextLong(millis - millis / 2 + 1);
    }
    return Duration.ofMillis(millis);
  }

  /**
   * The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP date (RFC 9110), a
   * date in the past meaning zero; null when the header is absent or unreadable.
   */
  static Duration parseRetryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException tooLarge) {
        return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", statuses="
        + new TreeSet<>(statuses)
        + ", connectionFailures="
        + connectionFailures
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", jitter="
        + jitter
        + '}';
  }

  /** Configures a {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {
    private int maxRetries = 2;
    private Set<Integer> statuses = DEFAULT_STATUSES;
    private boolean connectionFailures = true;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private boolean jitter = true;

    private Builder() {}

    /** How many times one call may be sent again, 0 to 10 (default 2). */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be 0 to 10, got " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /**
     * The statuses to retry (default 429, 502, 503, 504).
     *
     * @throws IllegalArgumentException for a status outside 410 to 599, or 500: a 2xx or 3xx is not
     *     a failure, and 400 to 409 and 500 may mean the request was processed or will fail the
     *     same way again
     */
    public Builder retryableStatuses(Set<Integer> retryable) {
      for (Integer status : retryable) {
        Objects.requireNonNull(status, "status");
        if (status < 410 || status > 599 || status == 500) {
          throw new IllegalArgumentException(
              "status "
                  + status
                  + " cannot be retried: only 410 to 599 except 500 can, since a request"
                  + " answered otherwise may have been processed");
        }
      }
      this.statuses = Set.copyOf(retryable);
      return this;
    }

    /** Whether to retry connections that failed before the request was sent (default true). */
    public Builder retryConnectionFailures(boolean retry) {
      this.connectionFailures = retry;
      return this;
    }

    /** The first backoff (default 500 ms); positive. */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = positive(backoff, "initialBackoff");
      return this;
    }

    /** The longest backoff (default 8 s); positive. */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = positive(backoff, "maxBackoff");
      return this;
    }

    /** The longest {@code Retry-After} honoured (default 60 s); positive. */
    public Builder maxRetryAfter(Duration wait) {
      this.maxRetryAfter = positive(wait, "maxRetryAfter");
      return this;
    }

    /** Whether to randomize backoffs (default true). */
    public Builder jitter(boolean randomize) {
      this.jitter = randomize;
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
