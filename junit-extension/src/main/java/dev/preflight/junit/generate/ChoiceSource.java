package dev.preflight.junit.generate;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Where a {@link PresetGenerator} takes its decisions from: every branch, length and value it picks
 * is one call to {@link #choose(int)}. Over a seeded {@link RandomGenerator} ({@link
 * #of(RandomGenerator)}) a seed reproduces a body exactly; over a fuzzer's input (Jazzer's {@code
 * FuzzedDataProvider}, AFL bytes, another tool's shrinkable stream) the fuzzer steers the structure
 * of the body rather than its bytes.
 *
 * <p>An implementation that runs out of input should keep answering (with {@code 0}, say): the
 * generator's output is bounded by its size parameter, not by the source.
 */
@FunctionalInterface
public interface ChoiceSource {
  /**
   * A choice among {@code bound} alternatives.
   *
   * @param bound at least 1
   * @return a value from {@code 0} (inclusive) to {@code bound} (exclusive)
   */
  int choose(int bound);

  /** A yes/no choice. */
  default boolean flip() {
    return choose(2) == 1;
  }

  /** A value from {@code min} to {@code max}, both inclusive; {@code max - min} below 2^31 - 1. */
  default int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    return min + choose(max - min + 1);
  }

  /** Yes with probability {@code percent}/100. */
  default boolean percent(int percent) {
    return choose(100) < percent;
  }

  /** Choices taken from {@code random}; as reproducible as the generator is (seeded: exactly). */
  static ChoiceSource of(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return bound -> {
      if (bound < 1) {
        throw new IllegalArgumentException("bound must be at least 1, got " + bound);
      }
      return random.nextInt(bound);
    };
  }
}
