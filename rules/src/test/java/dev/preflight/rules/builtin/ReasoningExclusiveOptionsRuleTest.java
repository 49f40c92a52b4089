package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class ReasoningExclusiveOptionsRuleTest {
  private final RuleTester tester = RuleTester.of(new ReasoningExclusiveOptionsRule());

  @Test
  void effortOrBudgetAlone() {
    tester.accepts("{'reasoning': {'effort': 'high'}}");
    tester.accepts("{'reasoning': {'max_tokens': 4000}}");
    tester.accepts("{'reasoning': {'effort': null, 'max_tokens': 4000}}");
    tester.accepts("{'reasoning_effort': 'low', 'reasoning': {'effort': 'low'}}");
    tester.accepts("{'reasoning_effort': 'low', 'reasoning': {'max_tokens': 100}}");
  }

  @Test
  void effortTogetherWithBudget() {
    tester.rejects(
        "{'reasoning': {'effort': 'high', 'max_tokens': 4000}}",
        Severity.ERROR,
        "/reasoning/max_tokens",
        "Only one of reasoning.effort and reasoning.max_tokens can be specified",
        "\"high\"",
        "4000");
  }

  @Test
  void shorthandContradictingEffort() {
    tester.rejects(
        "{'reasoning_effort': 'low', 'reasoning': {'effort': 'high'}}",
        Severity.ERROR,
        "/reasoning_effort",
        "reasoning_effort is \"low\" but reasoning.effort is \"high\"");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts("{'reasoning': 'high', 'reasoning_effort': 'low'}");
  }
}
