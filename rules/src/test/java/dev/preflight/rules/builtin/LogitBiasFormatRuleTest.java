package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class LogitBiasFormatRuleTest {
  private final RuleTester tester = RuleTester.of(new LogitBiasFormatRule());

  @Test
  void tokenIdsWithBiasesFromMinus100To100() {
    tester.accepts("{'logit_bias': {'50256': -100, '0': 100, '1734': 2.5}}");
    tester.accepts("{'logit_bias': null}");
    tester.accepts("{'logit_bias': {}}");
  }

  @Test
  void keysThatAreNotTokenIds() {
    tester.rejects(
        "{'logit_bias': {'delve': -100}}",
        Severity.ERROR,
        "/logit_bias/delve",
        "logit_bias key 'delve' is not a token id");
    tester.rejects("{'logit_bias': {'-5': 1}}", Severity.ERROR, "/logit_bias/-5", "key '-5'");
    tester.rejects("{'logit_bias': {'1.5': 1}}", Severity.ERROR, "/logit_bias/1.5", "key '1.5'");
  }

  @Test
  void valuesJustOutsideTheRange() {
    tester.rejects(
        "{'logit_bias': {'50256': -101}}",
        Severity.ERROR,
        "/logit_bias/50256",
        "logit_bias value is -101; it must be from -100 to 100");
    tester.rejects(
        "{'logit_bias': {'50256': 100.5}}",
        Severity.ERROR,
        "/logit_bias/50256",
        "logit_bias value is 100.5");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts("{'logit_bias': {'50256': 'ban'}}");
    tester.accepts("{'logit_bias': [1, 2]}");
  }
}
