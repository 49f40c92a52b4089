package dev.preflight.validator.rules;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;

/**
 * A custom rule found through {@code META-INF/services/dev.preflight.rules.Rule} in the test
 * resources. It reports only bodies whose {@code user} is {@value #TRIGGER}, so that it stays
 * silent in every other test that builds a validator.
 */
public final class ServiceLoadedTestRule implements Rule {
  static final String ID = "test-service-loaded";
  static final String TRIGGER = "service-loader-test";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder(ID)
          .defaultSeverity(Severity.WARNING)
          .summary("reports the user " + TRIGGER)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    if (TRIGGER.equals(context.body().path("user").asString(null))) {
      context.report("/user", "the user is " + TRIGGER);
    }
  }
}
