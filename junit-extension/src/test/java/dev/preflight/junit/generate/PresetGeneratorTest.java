package dev.preflight.junit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.validator.PresetValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresetGeneratorTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final PresetGenerator GENERATOR = PresetGenerator.from(VALIDATOR);

  @Test
  void aSeedReproducesItsBodyExactly() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(GENERATOR.valid(seed, 70).json()).isEqualTo(GENERATOR.valid(seed, 70).json());
      assertThat(GENERATOR.invalid(seed, 70).json()).isEqualTo(GENERATOR.invalid(seed, 70).json());
      assertThat(GENERATOR.valid(seed, 70).json())
          .isEqualTo(GENERATOR.valid(ChoiceSource.of(new SplittableRandom(seed)), 70).toString());
    }
  }

  @Test
  void differentSeedsGiveDifferentBodies() {
    Set<String> bodies = new TreeSet<>();
    for (long seed = 0; seed < 200; seed++) {
      bodies.add(GENERATOR.valid(seed, 50).json());
    }
    assertThat(bodies).hasSize(200);
  }

  @Test
  void theSizeSetsHowManyFieldsABodyGets() {
    int small = 0;
    int large = 0;
    for (long seed = 0; seed < 200; seed++) {
      small += GENERATOR.valid(seed, 1).tree().size();
      large += GENERATOR.valid(seed, 100).tree().size();
    }
    int properties = VALIDATOR.requestSchema().at("/$defs/ChatRequest/properties").size();
    assertThat(properties).isEqualTo(34);
    // messages is the one required property; size 1 adds another now and then
    assertThat(small / 200.0).isLessThan(3);
    // size 100 includes each optional property 99 times in 100
    assertThat(large / 200.0).isGreaterThan(0.95 * properties);
  }

  @Test
  void everyBuiltInRuleHasAMutation() {
    Set<String> expectedRules = new TreeSet<>();
    for (String mutation : GENERATOR.mutations()) {
      expectedRules.add(
          GENERATOR.invalid(1, 50, mutation).expectedViolation().orElseThrow().ruleId());
    }
    Set<String> builtIn =
        BuiltInRules.all().stream().map(rule -> rule.metadata().id()).collect(Collectors.toSet());
    assertThat(builtIn).hasSize(26);
    assertThat(expectedRules).containsAll(builtIn);
    assertThat(expectedRules)
        .contains("spec/type", "spec/unknown-variant", "spec/required", "spec/enum");
  }

  @Test
  void everyMutationHoldsForManySeedsAndSizes() {
    List<String> failures = new ArrayList<>();
    for (String mutation : GENERATOR.mutations()) {
      for (long seed = 0; seed < 40; seed++) {
        GeneratedPreset preset = GENERATOR.invalid(seed, 1 + (int) (seed * 7 % 100), mutation);
        try {
          Properties.checkMutation(VALIDATOR, preset);
        } catch (AssertionError e) {
          failures.add(mutation + " " + preset + ": " + e.getMessage());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource({
    "stop-five-sequences, stop-max-sequences, /stop",
    "misspelled-field, unknown-field, ",
    "model-refers-to-preset, preset-self-reference, /model",
    "reasoning-effort-and-max-tokens, reasoning-exclusive-options, /reasoning/max_tokens",
    "tool-choice-undeclared, tool-choice-undeclared, /tool_choice/function/name",
    "empty-preset, empty-preset, ''",
    "missing-messages, spec/required, /messages",
  })
  void mutationsAreLabelledWithTheirRuleAndPointer(String mutation, String rule, String pointer) {
    ExpectedViolation expected =
        GENERATOR.invalid(3, 40, mutation).expectedViolation().orElseThrow();
    assertThat(expected.mutation()).isEqualTo(mutation);
    assertThat(expected.ruleId()).isEqualTo(rule);
    if (pointer != null) {
      assertThat(expected.pointer()).isEqualTo(pointer);
    }
  }

  @Test
  void nineFusionModelsAndBothDomainFiltersAreLabelledAtTheirPlugin() {
    GeneratedPreset fusion = GENERATOR.invalid(5, 60, "fusion-nine-models");
    ExpectedViolation expected = fusion.expectedViolation().orElseThrow();
    assertThat(expected.ruleId()).isEqualTo("fusion-max-models");
    assertThat(expected.pointer()).matches("/plugins/\\d+/analysis_models");
    assertThat(fusion.tree().at(expected.pointer()).size()).isBetween(9, 11);

    ExpectedViolation domains =
        GENERATOR
            .invalid(5, 60, "web-plugin-both-domain-filters")
            .expectedViolation()
            .orElseThrow();
    assertThat(domains.ruleId()).isEqualTo("web-search-domain-filters");
    assertThat(domains.pointer()).matches("/plugins/\\d+/exclude_domains");
  }

  @Test
  void anUnknownMutationOrSizeIsRejected() {
    assertThatThrownBy(() -> GENERATOR.invalid(1, 10, "no-such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no mutation 'no-such'")
        .hasMessageContaining("stop-five-sequences");
    assertThatThrownBy(() -> GENERATOR.valid(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be from 1 to 100, got 0");
    assertThatThrownBy(() -> GENERATOR.valid(1, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGeneratedPresetNamesItsSeedAndIsImmutable() {
    GeneratedPreset preset = GENERATOR.invalid(77, 30, "stop-five-sequences");
    assertThat(preset.toString())
        .isEqualTo("seed=77 size=30 invalid: stop-max-sequences at /stop [stop-five-sequences]");
    assertThat(preset.isValid()).isFalse();
    preset.tree().removeAll();
    assertThat(preset.tree().has("stop")).isTrue();
    assertThat(GENERATOR.valid(77, 30).toString()).isEqualTo("seed=77 size=30");
    assertThat(GENERATOR.valid(77, 30).expectedViolation()).isEmpty();
  }
}
