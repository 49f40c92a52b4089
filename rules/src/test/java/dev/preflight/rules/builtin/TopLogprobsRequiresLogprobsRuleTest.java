package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class TopLogprobsRequiresLogprobsRuleTest {
  private final RuleTester tester = RuleTester.of(new TopLogprobsRequiresLogprobsRule());

  @Test
  void topLogprobsWithLogprobsTrue() {
    tester.accepts("{'logprobs': true, 'top_logprobs': 5}");
    tester.accepts("{'logprobs': false}");
    tester.accepts("{'top_logprobs': null}");
  }

  @Test
  void topLogprobsWithoutLogprobs() {
    assertThat(
            tester
                .rejects(
                    "{'top_logprobs': 5}",
                    Severity.ERROR,
                    "/top_logprobs",
                    "top_logprobs is set but logprobs is not set")
                .suggestion())
        .contains("add \"logprobs\": true");
  }

  @Test
  void topLogprobsWithLogprobsFalseOrNotABoolean() {
    tester.rejects(
        "{'logprobs': false, 'top_logprobs': 0}",
        Severity.ERROR,
        "/top_logprobs",
        "logprobs is false");
    tester.rejects(
        "{'logprobs': 'yes', 'top_logprobs': 3}",
        Severity.ERROR,
        "/top_logprobs",
        "logprobs is \"yes\"");
  }
}
