package dev.preflight.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.RuleSet;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import org.junit.jupiter.api.Test;

/** Custom rules next to the built-in ones: added on the builder or found through ServiceLoader. */
class CustomRulesTest {
  private static final String FIVE_STOPS =
      "{\"model\": \"openai/gpt-5.4\", \"messages\": [{\"role\": \"system\", \"content\": \"x\"}],"
          + " \"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"], \"user\": \"%s\"}";

  /** Requires a {@code user} on every body, as a team might. */
  static final class UserRequiredRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.builder("acme-user-required")
          .defaultSeverity(Severity.ERROR)
          .summary("every preset names its user")
          .build();
    }

    @Override
    public void check(RuleContext context) {
      if (!context.body().has("user")) {
        context.report("", "user is missing; Acme presets name their team", "add \"user\"");
      }
    }
  }

  /** A rule with the id of a built-in one. */
  static final class CollidingRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.builder("stop-max-sequences").build();
    }

    @Override
    public void check(RuleContext context) {}
  }

  /** A rule with a bug. */
  static final class ThrowingRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.builder("acme-broken").build();
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void customRuleAddedOnTheBuilderReports() {
    PresetValidator validator = PresetValidator.builder().addRule(new UserRequiredRule()).build();
    ValidationReport report =
        validator.validate(
            "{\"model\": \"openai/gpt-5.4\","
                + " \"messages\": [{\"role\": \"system\", \"content\": \"x\"}]}");
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("acme-user-required");
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.pointer()).isEmpty();
              assertThat(v.message()).contains("user is missing");
            });
  }

  @Test
  void ruleListedInMetaInfServicesIsFoundAndConfigurable() {
    ValidationReport report =
        PresetValidator.standard()
            .validate(String.format(FIVE_STOPS, ServiceLoadedTestRule.TRIGGER));
    assertThat(report.violations())
        .anySatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo(ServiceLoadedTestRule.ID);
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.pointer()).isEqualTo("/user");
            });
    PresetValidator quiet =
        PresetValidator.builder().rule(ServiceLoadedTestRule.ID, Severity.INFO).build();
    assertThat(quiet.rules().severityOf(ServiceLoadedTestRule.ID)).contains(Severity.INFO);
  }

  @Test
  void customRuleWithATakenIdIsRejectedAtBuild() {
    PresetValidator.Builder builder = PresetValidator.builder().addRule(new CollidingRule());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule id 'stop-max-sequences'")
        .hasMessageContaining("already taken")
        .hasMessageContaining(CollidingRule.class.getName());
  }

  @Test
  void throwingRuleBecomesAnInternalErrorAndOtherRulesStillReport() {
    PresetValidator validator = PresetValidator.builder().addRule(new ThrowingRule()).build();
    ValidationReport report = validator.validate(String.format(FIVE_STOPS, "acme"));
    assertThat(report.violations())
        .anySatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo(RuleSet.INTERNAL_ERROR);
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.message())
                  .contains("rule 'acme-broken' failed with java.lang.IllegalStateException: boom");
            })
        .anySatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo("stop-max-sequences");
              assertThat(v.pointer()).isEqualTo("/stop");
            });
  }

  /** Reports a pointer without its leading slash, a mistake a custom rule can make. */
  static final class SlashlessPointerRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.builder("acme-slashless")
          .defaultSeverity(Severity.WARNING)
          .summary("reports 'model' instead of '/model'")
          .build();
    }

    @Override
    public void check(RuleContext context) {
      context.report("model", "a finding at a pointer without its slash");
    }
  }

  @Test
  void aRuleReportingSomethingThatIsNotAPointerGetsAnInternalErrorNotACrash() {
    PresetValidator validator =
        PresetValidator.builder().addRule(new SlashlessPointerRule()).build();
    ValidationReport report = validator.validate(String.format(FIVE_STOPS, "acme"));
    assertThat(report.violations())
        .anySatisfy(
            v -> {
              assertThat(v.ruleId()).isEqualTo(RuleSet.INTERNAL_ERROR);
              assertThat(v.message())
                  .isEqualTo(
                      "rule 'acme-slashless' failed with java.lang.IllegalArgumentException: not a"
                          + " JSON Pointer: 'model' (a pointer is empty or starts with '/'); its"
                          + " findings for this body are incomplete");
              assertThat(v.line()).hasValue(1);
            })
        .anySatisfy(v -> assertThat(v.ruleId()).isEqualTo("stop-max-sequences"));
  }
}
