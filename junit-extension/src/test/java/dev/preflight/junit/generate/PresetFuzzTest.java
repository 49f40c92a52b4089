package dev.preflight.junit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer harnesses. In a normal build they run in regression mode over the inputs committed under
 * {@code src/test/resources/dev/preflight/junit/generate/PresetFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/fuzzing.md).
 */
class PresetFuzzTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final PresetGenerator GENERATOR = PresetGenerator.from(VALIDATOR);

  /** Any bytes: a report, never an exception; the text and byte entry points agree. */
  @FuzzTest(maxDuration = "5m")
  void rawBytesNeverThrow(byte[] input) {
    ValidationReport fromBytes = VALIDATOR.validate(input);
    assertThat(fromBytes).isNotNull();
    String text = new String(input, StandardCharsets.UTF_8);
    ValidationReport fromText = VALIDATOR.validate(text);
    if (text.getBytes(StandardCharsets.UTF_8).length == input.length
        && java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input)
        && (input.length == 0 || (input[0] & 0xff) != 0xef)) {
      // the same characters: the same findings (a byte-order mark is read by bytes only)
      assertThat(Properties.findings(fromText)).isEqualTo(Properties.findings(fromBytes));
    }
  }

  /**
   * Structure-aware: the fuzzer's bytes drive the generator. A valid body validates without error,
   * in every form; a mutated one gets its violation, and no error outside the mutated part. On
   * both, the validator's fast path agrees with networknt.
   */
  @FuzzTest(maxDuration = "5m")
  void generatedBodiesHoldTheProperties(FuzzedDataProvider data) {
    ChoiceSource choices = new FuzzedChoices(data);
    int size = choices.between(PresetGenerator.MIN_SIZE, PresetGenerator.MAX_SIZE);
    if (choices.flip()) {
      var body = GENERATOR.valid(choices, size);
      ValidationReport report = Properties.checkConsistent(VALIDATOR, body);
      Properties.checkFastPathAgrees(body);
      assertThat(report.violations())
          .as("errors in a valid body %s", body)
          .noneMatch(v -> v.severity() == Severity.ERROR);
    } else {
      GeneratedPreset preset = GENERATOR.invalid(choices, size);
      Properties.checkMutation(VALIDATOR, preset);
      Properties.checkFastPathAgrees(preset.tree());
    }
  }
}
