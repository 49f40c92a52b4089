package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.strings;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class ModelsMaxFallbacksRuleTest {
  private final RuleTester tester = RuleTester.of(new ModelsMaxFallbacksRule());

  @Test
  void threeModelsAreAllowed() {
    tester.accepts("{'models': " + strings(3) + "}");
    tester.accepts("{'models': []}");
  }

  @Test
  void fourModelsAreTooMany() {
    tester.rejects(
        "{'models': " + strings(4) + "}",
        Severity.ERROR,
        "/models",
        "models has 4 entries; at most 3 are allowed");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts("{'models': 'a,b,c,d'}");
  }
}
