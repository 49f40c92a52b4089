package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.Severity;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

/**
 * The failure paths of {@link ValidPreset} and {@link PresetSource}, run through JUnit's own
 * engine: each fixture method below is a test a user could write, and each test here runs exactly
 * one of them and checks how it ends.
 */
class ValidPresetFailuresTest {

  @Test
  void anInvalidPresetOnAMethodFailsWithTheWholeReport() {
    run("invalidOnMethod")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("invalidOnMethod"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        "invalid/unknown-sort.json fails @ValidPreset:\n"
                            + "- 1 violation at or above error (failOn = ERROR)\n"
                            + "invalid/unknown-sort.json: invalid (1 error, 0 warnings, 0 infos)\n"
                            + "invalid/unknown-sort.json:7:13 error spec/enum expected one of"
                            + " \"price\", \"throughput\", \"latency\", \"exacto\", got string"
                            + " \"cheapest\" at /provider/sort"))));
  }

  @Test
  void anInvalidPresetOnAClassFailsItsTests() {
    FixtureRunner.run(InvalidOnClass.class)
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(InvalidOnClass.class),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(contains("invalid/unknown-sort.json:7:13 error spec/enum")))));
  }

  @Test
  void everyNamedPresetIsCheckedAndAllFailuresAreReported() {
    run("twoInvalid")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("twoInvalid"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        contains("invalid/unknown-sort.json:7:13 error spec/enum")
                            .and(contains("invalid/Bad_Slug.json fails @ValidPreset"))))));
  }

  @Test
  void anInvalidInjectedPresetFailsAsAnAssertionNotAsAResolutionError() {
    run("invalidParameter")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("invalidParameter"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(contains("invalid/unknown-sort.json:7:13 error spec/enum")))));
  }

  @Test
  void anInvalidPresetFromASourceFailsItsInvocationWithTheReport() {
    Events events = run("invalidFromSource");
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("[1] unknown-sort.json"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        contains(
                            "invalid-source/unknown-sort.json:7:13 error spec/enum expected one of")))));
    assertThat(events.filter(e -> e.getType().name().equals("FINISHED")).count())
        .as("one invocation, its method container, the class and the engine finish")
        .isEqualTo(4);
  }

  @Test
  void aMissingFileIsAConfigurationError() {
    run("missingFile")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("missingFile"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        contains(
                                "@ValidPreset on method [dev.preflight.junit.ValidPresetFailuresTest$Fixtures#missingFile()]:"
                                    + " 'presets/nope.json' (value) is neither a classpath resource"
                                    + " nor a file relative to the working directory")
                            .and(contains("put it under src/test/resources"))))));
  }

  @Test
  void anEmptySourceIsAConfigurationErrorNotASilentPass() {
    run("emptySource")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("emptySource"),
                finishedWithFailure(
                    instanceOf(PreconditionViolationException.class),
                    message(
                        contains(
                                "@PresetSource(\"empty-folder-not-json\") on method [void"
                                    + " dev.preflight.junit.ValidPresetFailuresTest$Fixtures.emptySource(dev.preflight.junit.Preset)]"
                                    + " found no *.json file")
                            .and(contains("put presets under src/test/resources/"))))));
  }

  @Test
  void aMissingSourceFolderIsAConfigurationError() {
    run("missingSource")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("missingSource"),
                finishedWithFailure(
                    instanceOf(PreconditionViolationException.class),
                    message(contains("@PresetSource(\"no-such-folder\")")))));
  }

  @Test
  void failOnWarningFailsOnAWarning() {
    run("warningWithFailOnWarning")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("warningWithFailOnWarning"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        contains("- 1 violation at or above warning (failOn = WARNING)")
                            .and(contains("invalid/subagent-tool.json:6:"))
                            .and(contains(" warning spec/unknown-variant "))))));
    run("warningWithFailOnError")
        .assertThatEvents()
        .haveExactly(1, event(test("warningWithFailOnError"), finishedSuccessfully()));
  }

  @Test
  void publishableCatchesAnInvalidSlug() {
    run("badSlug")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("badSlug"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        "invalid/Bad_Slug.json fails @ValidPreset:\n"
                            + "- the slug \"Bad_Slug\" is not valid: it has upper-case letters,"
                            + " it has '_'; use lower-case letters, digits and single hyphens"
                            + " (^[a-z0-9]+(?:-[a-z0-9]+)*$), at most 64 characters; try"
                            + " \"bad-slug\"; rename the file or set @ValidPreset(slug = \"...\")\n"
                            + "invalid/Bad_Slug.json: valid"))));
    run("badSlugAttribute")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("badSlugAttribute"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(contains("- the slug \"Support Bot\" is not valid")))));
  }

  /**
   * The {@code empty-preset} rule is built in on another branch; this test runs once it is there
   * (it is skipped, not passed, before).
   */
  @Test
  void publishableCatchesAnEmptyPreset() {
    Assumptions.assumeTrue(
        BuiltInRules.all().stream().anyMatch(r -> r.metadata().id().equals("empty-preset")),
        "the empty-preset rule is not built in yet");
    run("conversationOnly")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("conversationOnly"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        contains("- nothing would be persisted (empty-preset)")
                            .and(contains("invalid/conversation-only.json:"))
                            .and(contains(" empty-preset "))))));
  }

  @Test
  void anUnsupportedParameterTypeIsAConfigurationError() {
    run("unsupportedType")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("unsupportedType"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        contains("@ValidPreset on parameter [Integer ")
                            .and(
                                contains(
                                    "] at index 0 of method"
                                        + " [dev.preflight.junit.ValidPresetFailuresTest$Fixtures#unsupportedType(Integer)]:"
                                        + " a @ValidPreset parameter of type java.lang.Integer cannot"
                                        + " be injected; declare it as Preset, JsonNode or String"))))));
  }

  @Test
  void anUnsupportedParameterTypeInASourceIsAConfigurationError() {
    run("unsupportedTypeFromSource")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("unsupportedTypeFromSource"),
                finishedWithFailure(
                    instanceOf(PreconditionViolationException.class),
                    message(
                        contains(
                            "a @ValidPreset parameter of type java.lang.Integer cannot be")))));
  }

  @Test
  void aParameterWithoutLocationOutsideASourceIsAConfigurationError() {
    run("parameterWithoutLocation")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("parameterWithoutLocation"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        contains("@ValidPreset on parameter [Preset ")
                            .and(
                                contains(
                                    "] at index 0 of method"
                                        + " [dev.preflight.junit.ValidPresetFailuresTest$Fixtures#parameterWithoutLocation(Preset)]"
                                        + " names no preset: give its location"))))));
  }

  @Test
  void aMethodWithoutLocationIsAConfigurationError() {
    run("methodWithoutLocation")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("methodWithoutLocation"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        contains(
                            "@ValidPreset on method"
                                + " [dev.preflight.junit.ValidPresetFailuresTest$Fixtures#methodWithoutLocation()]"
                                + " names no preset")))));
  }

  @Test
  void anUnknownRuleIdInTheConfigIsAConfigurationError() {
    run("unknownRuleInConfig")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("unknownRuleInConfig"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        contains(
                                "@ValidPreset on method"
                                    + " [dev.preflight.junit.ValidPresetFailuresTest$Fixtures#unknownRuleInConfig()]:")
                            .and(
                                contains(
                                    "config/unknown-rule.json: rules.no-such-rule: unknown rule id 'no-such-rule'"))))));
  }

  @Test
  void anUnreadableSpecIsAConfigurationError() {
    run("unreadableSpec")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("unreadableSpec"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        contains("#unreadableSpec()]:")
                            .and(
                                contains(
                                    "spec/not-a-spec.yaml cannot be parsed as YAML or JSON"))))));
    run("missingSpec")
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("missingSpec"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(contains("'spec/nope.yaml' (spec) is neither a classpath resource")))));
  }

  private static Predicate<String> contains(String text) {
    return actual -> actual.contains(text);
  }

  private static Events run(String fixture) {
    return FixtureRunner.run(Fixtures.class, fixture);
  }

  /** Tests a user could write; run only through {@link #run}. */
  @RunThroughEngineTestKit
  static class Fixtures {
    @ValidPreset("invalid/unknown-sort.json")
    @Test
    void invalidOnMethod() {}

    @ValidPreset({"invalid/unknown-sort.json", "invalid/Bad_Slug.json"})
    @Test
    void twoInvalid() {}

    @Test
    void invalidParameter(@ValidPreset("invalid/unknown-sort.json") Preset preset) {}

    @ParameterizedTest
    @PresetSource("invalid-source")
    void invalidFromSource(@ValidPreset Preset preset) {}

    @ValidPreset("presets/nope.json")
    @Test
    void missingFile() {}

    @ParameterizedTest
    @PresetSource("empty-folder-not-json")
    void emptySource(@ValidPreset Preset preset) {}

    @ParameterizedTest
    @PresetSource("no-such-folder")
    void missingSource(Preset preset) {}

    @ValidPreset(value = "invalid/subagent-tool.json", failOn = Severity.WARNING)
    @Test
    void warningWithFailOnWarning() {}

    @ValidPreset(value = "invalid/subagent-tool.json", failOn = Severity.ERROR)
    @Test
    void warningWithFailOnError() {}

    @ValidPreset("invalid/Bad_Slug.json")
    @Test
    void badSlug() {}

    @ValidPreset(value = "presets/support-bot.json", slug = "Support Bot")
    @Test
    void badSlugAttribute() {}

    @ValidPreset("invalid/conversation-only.json")
    @Test
    void conversationOnly() {}

    @Test
    void unsupportedType(@ValidPreset("presets/support-bot.json") Integer preset) {}

    @ParameterizedTest
    @PresetSource("presets")
    void unsupportedTypeFromSource(@ValidPreset Integer preset) {}

    @Test
    void parameterWithoutLocation(@ValidPreset Preset preset) {}

    @ValidPreset
    @Test
    void methodWithoutLocation() {}

    @ValidPreset(value = "presets/support-bot.json", config = "config/unknown-rule.json")
    @Test
    void unknownRuleInConfig() {}

    @ValidPreset(value = "presets/support-bot.json", spec = "spec/not-a-spec.yaml")
    @Test
    void unreadableSpec() {}

    @ValidPreset(value = "presets/support-bot.json", spec = "spec/nope.yaml")
    @Test
    void missingSpec() {}
  }

  @RunThroughEngineTestKit
  @ValidPreset("invalid/unknown-sort.json")
  static class InvalidOnClass {
    @Test
    void anyTest() {}
  }
}
