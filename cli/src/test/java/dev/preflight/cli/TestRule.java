package dev.preflight.cli;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import dev.preflight.validator.PresetValidator;

/**
 * A lint rule for the CLI's tests, which must not depend on which built-in rules exist: reports any
 * {@code temperature}, as a warning by default.
 */
final class TestRule implements Rule {
  static final String ID = "test-no-temperature";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder(ID)
          .defaultSeverity(Severity.WARNING)
          .summary("Leave temperature to the model's default.")
          .description("Tests need a rule whose every field is known.")
          .source("The CLI's tests.")
          .validExample("{\"messages\": []}")
          .invalidExample("{\n  \"messages\": [],\n  \"temperature\": 1.5\n}")
          .build();

  /**
   * Configures a validator whose only lint rule is this one, for tests that show every rule: the
   * built-in rules are turned off.
   */
  static PresetValidator.Builder alone(PresetValidator.Builder builder) {
    for (Rule rule : BuiltInRules.all()) {
      builder.disable(rule.metadata().id());
    }
    return builder.addRule(new TestRule());
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    if (context.body().has("temperature")) {
      context.report("/temperature", "temperature is set", "remove it");
    }
  }
}
