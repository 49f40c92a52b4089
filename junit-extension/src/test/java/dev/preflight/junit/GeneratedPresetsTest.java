package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.preflight.junit.generate.GeneratedPreset;
import dev.preflight.junit.generate.GeneratedPresets;
import dev.preflight.validator.PresetValidator;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

class GeneratedPresetsTest {
  @ParameterizedTest
  @GeneratedPresets(count = 40, seed = 9000)
  void validBodiesAreValid(GeneratedPreset preset) {
    assertThat(preset.isValid()).isTrue();
    assertThat(PresetValidator.standard().validate(preset.json()).isValid())
        .as("%s: %s", preset, preset.json())
        .isTrue();
  }

  @ParameterizedTest
  @GeneratedPresets(count = 40, seed = 9000, size = 30, invalid = true)
  void invalidBodiesGetTheirViolation(GeneratedPreset preset) {
    var expected = preset.expectedViolation().orElseThrow();
    assertThat(PresetValidator.standard().validate(preset.json()).violations())
        .anyMatch(
            v -> v.ruleId().equals(expected.ruleId()) && v.pointer().equals(expected.pointer()));
  }

  @Test
  void aFailingInvocationIsNamedByTheSeedThatReplaysIt() {
    Events events = FixtureRunner.run(Fixtures.class, "failsOnSeed12");
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                named("\\[3\\] seed=12 size=\\d+"),
                finishedWithFailure(message(m -> m.contains("seed 12")))))
        .haveExactly(2, event(named("\\[[12]\\] seed=1[01] size=\\d+"), finishedSuccessfully()));
  }

  @Test
  void aWrongParameterTypeOrCountIsAConfigurationError() {
    FixtureRunner.run(Fixtures.class, "wrongType")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("@GeneratedPresets on")
                                && m.contains(
                                    "feeds a GeneratedPreset, but the first parameter is a java.lang.String")))));
    FixtureRunner.run(Fixtures.class, "noBodies")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    message(m -> m.contains("has count = 0; it must be at least 1")))));
  }

  @RunThroughEngineTestKit
  static class Fixtures {
    @ParameterizedTest
    @GeneratedPresets(count = 3, seed = 10)
    void failsOnSeed12(GeneratedPreset preset) {
      assertThat(preset.seed().getAsLong()).as("seed 12").isNotEqualTo(12);
    }

    @ParameterizedTest
    @GeneratedPresets(count = 3)
    void wrongType(String preset) {}

    @ParameterizedTest
    @GeneratedPresets(count = 0)
    void noBodies(GeneratedPreset preset) {}
  }

  private static Condition<Event> named(String regex) {
    return new Condition<>(
        e -> e.getTestDescriptor().getDisplayName().matches(regex),
        "display name matching " + regex);
  }
}
