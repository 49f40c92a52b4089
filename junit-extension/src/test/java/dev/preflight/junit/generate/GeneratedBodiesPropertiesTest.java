package dev.preflight.junit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import dev.preflight.validator.internal.FastPath;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The properties of the validator over generated bodies, batch by batch of seeds: 10 batches of 500
 * valid bodies and 10 of 500 mutated ones. A failure names the seed and size of the body (replay
 * with {@code GENERATOR.valid(seed, size)}).
 */
class GeneratedBodiesPropertiesTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final PresetGenerator GENERATOR = PresetGenerator.from(VALIDATOR);
  static final int BATCH = 500;

  static LongStream batches() {
    return LongStream.range(0, 10);
  }

  /** The size of the body with {@code seed}: every size from 1 to 100 in each batch. */
  static int size(long seed) {
    return 1 + (int) (seed % PresetGenerator.MAX_SIZE);
  }

  @ParameterizedTest(name = "valid bodies, seeds {0}*500 ..")
  @MethodSource("batches")
  void everyValidBodyValidatesWithoutError(long batch) {
    for (long seed = batch * BATCH; seed < (batch + 1) * BATCH; seed++) {
      GeneratedPreset preset = GENERATOR.valid(seed, size(seed));
      ValidationReport report =
          seed % 4 == 0
              ? Properties.checkConsistent(VALIDATOR, preset.tree())
              : VALIDATOR.validate(preset.json());
      assertThat(report.violations())
          .as("%s: %s", preset, preset.json())
          .noneMatch(v -> v.severity() == Severity.ERROR);
      assertThat(report.violations())
          .as("warnings in %s: %s", preset, preset.json())
          .noneMatch(v -> v.severity() == Severity.WARNING);
    }
  }

  /**
   * The fast path (a compiled copy of the schema that spares valid bodies networknt's evaluation)
   * agrees with networknt on every body, and decides nearly every valid one itself.
   */
  @ParameterizedTest(name = "fast path, seeds {0}*500 ..")
  @MethodSource("batches")
  void theFastPathAgreesWithNetworknt(long batch) {
    int decided = 0;
    for (long seed = batch * BATCH; seed < (batch + 1) * BATCH; seed++) {
      if (Properties.checkFastPathAgrees(GENERATOR.valid(seed, size(seed)).tree())
          == FastPath.Verdict.VALID) {
        decided++;
      }
      Properties.checkFastPathAgrees(GENERATOR.invalid(1_000_000 + seed, size(seed)).tree());
    }
    assertThat(decided).as("valid bodies the fast path decided").isGreaterThan(BATCH * 9 / 10);
  }

  @ParameterizedTest(name = "mutated bodies, seeds 1000000+{0}*500 ..")
  @MethodSource("batches")
  void everyMutationYieldsItsViolationAndNoOtherError(long batch) {
    long first = 1_000_000 + batch * BATCH;
    for (long seed = first; seed < first + BATCH; seed++) {
      GeneratedPreset preset = GENERATOR.invalid(seed, size(seed));
      Properties.checkMutation(VALIDATOR, preset);
      if (seed % 4 == 0) {
        Properties.checkConsistent(VALIDATOR, preset.tree());
      }
    }
  }
}
