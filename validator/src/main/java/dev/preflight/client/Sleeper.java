package dev.preflight.client;

import java.time.Duration;

/**
 * Waits between retries. {@link #system()} really sleeps; tests inject one that records the
 * requested durations and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits for {@code duration}, or less if interrupted. */
  void sleep(Duration duration) throws InterruptedException;

  /** The sleeper that blocks the calling thread ({@link Thread#sleep(long)}). */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
