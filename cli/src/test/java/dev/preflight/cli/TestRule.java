package dev.preflight.cli;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;

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
