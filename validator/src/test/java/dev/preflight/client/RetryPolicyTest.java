package dev.preflight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-04-20T10:00:00Z");

  @Test
  void defaultsRetryOnlyWhatCannotHaveBeenProcessed() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxRetries()).isEqualTo(2);
    assertThat(policy.retryableStatuses()).containsExactlyInAnyOrder(429, 502, 503, 504);
    assertThat(policy.retriesConnectionFailures()).isTrue();
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.none().maxRetries()).isZero();
  }

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .jitter(false)
            .initialBackoff(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(3))
            .build();
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(3));
    assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void jitterKeepsAtLeastHalfTheBackoff() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2)).build();
    for (int i = 0; i < 200; i++) {
      assertThat(policy.backoff(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
  }

  @Test
  void retryAfterWinsOverBackoffAndIsCapped() {
    RetryPolicy policy = RetryPolicy.builder().jitter(false).build();
    assertThat(policy.delay(1, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.delay(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delay(2, null)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void parsesRetryAfterSecondsAndHttpDates() {
    assertThat(RetryPolicy.parseRetryAfter("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter("Mon, 20 Apr 2026 10:01:30 GMT", NOW))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryPolicy.parseRetryAfter("Mon, 20 Apr 2026 09:00:00 GMT", NOW))
        .isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter("99999999999999999999999", NOW))
        .isGreaterThan(Duration.ofDays(365));
    assertThat(RetryPolicy.parseRetryAfter(null, NOW)).isNull();
    assertThat(RetryPolicy.parseRetryAfter("-5", NOW)).isNull();
    assertThat(RetryPolicy.parseRetryAfter("tomorrow", NOW)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 302, 400, 404, 409, 500, 600})
  void refusesToRetryStatusesThatMayHaveBeenProcessed(int status) {
    assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(Set.of(status)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("status " + status + " cannot be retried");
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialBackoff must be positive, got PT0S");
  }
}
