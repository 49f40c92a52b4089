package dev.preflight.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.ConfigException;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import dev.preflight.validator.PresetValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity overrides, disabling and preflight.json, on the built-in rules. */
class RuleConfigurationTest {
  private static final String BODY =
      "{\"model\": \"openai/gpt-5.4\", \"messages\": [{\"role\": \"system\", \"content\": \"x\"}],"
          + " \"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"], \"temprature\": 0.2}";

  @TempDir Path dir;

  private static Violation only(ValidationReport report, String ruleId) {
    return report.violations().stream()
        .filter(v -> v.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " not reported: " + report));
  }

  @Test
  void defaultSeverities() {
    ValidationReport report = PresetValidator.standard().validate(BODY);
    assertThat(only(report, "stop-max-sequences").severity()).isEqualTo(Severity.ERROR);
    assertThat(only(report, "unknown-field").severity()).isEqualTo(Severity.WARNING);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void severityOverrideOnTheBuilder() {
    ValidationReport report =
        PresetValidator.builder()
            .rule("stop-max-sequences", Severity.WARNING)
            .build()
            .validate(BODY);
    assertThat(only(report, "stop-max-sequences").severity()).isEqualTo(Severity.WARNING);
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void disableOnTheBuilder() {
    ValidationReport report =
        PresetValidator.builder().disable("unknown-field").build().validate(BODY);
    assertThat(report.violations()).noneMatch(v -> v.ruleId().equals("unknown-field"));
    assertThat(only(report, "stop-max-sequences").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void unknownRuleIdOnTheBuilderIsRejectedWithDidYouMean() {
    PresetValidator.Builder builder = PresetValidator.builder().disable("unknown-fields");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule id 'unknown-fields'")
        .hasMessageContaining("did you mean 'unknown-field'?");
  }

  @Test
  void preflightJsonSetsSeveritiesAndTurnsRulesOff() throws IOException {
    Path config = dir.resolve("preflight.json");
    Files.writeString(
        config, "{\"rules\": {\"stop-max-sequences\": \"info\", \"unknown-field\": \"off\"}}");
    PresetValidator validator = PresetValidator.builder().config(config).build();
    ValidationReport report = validator.validate(BODY);
    assertThat(only(report, "stop-max-sequences").severity()).isEqualTo(Severity.INFO);
    assertThat(report.violations()).noneMatch(v -> v.ruleId().equals("unknown-field"));
    assertThat(validator.rules().severityOf("unknown-field")).isEmpty();
  }

  @Test
  void builderSettingsMadeAfterTheConfigWin() throws IOException {
    Path config = dir.resolve("preflight.json");
    Files.writeString(config, "{\"rules\": {\"stop-max-sequences\": \"off\"}}");
    ValidationReport report =
        PresetValidator.builder()
            .config(config)
            .rule("stop-max-sequences", Severity.WARNING)
            .build()
            .validate(BODY);
    assertThat(only(report, "stop-max-sequences").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void misspelledRuleIdInTheConfigNamesFileKeyAndSuggestion() throws IOException {
    Path config = dir.resolve("preflight.json");
    Files.writeString(config, "{\"rules\": {\"stop-max-sequence\": \"warning\"}}");
    PresetValidator.Builder builder = PresetValidator.builder().config(config);
    assertThatThrownBy(builder::build)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(config.toString())
        .hasMessageContaining("rules.stop-max-sequence")
        .hasMessageContaining("did you mean 'stop-max-sequences'?");
  }

  @Test
  void misspelledSeverityInTheConfigIsRejectedWhenRead() throws IOException {
    Path config = dir.resolve("preflight.json");
    Files.writeString(config, "{\"rules\": {\"unknown-field\": \"warnig\"}}");
    assertThatThrownBy(() -> PresetValidator.builder().config(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(config.toString())
        .hasMessageContaining("rules.unknown-field")
        .hasMessageContaining("did you mean 'warning'?");
  }
}
