package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.strings;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class StopMaxSequencesRuleTest {
  private final RuleTester tester = RuleTester.of(new StopMaxSequencesRule());

  @Test
  void acceptsUpToFourSequencesOrAString() {
    tester.accepts("{'stop': " + strings(4) + "}");
    tester.accepts("{'stop': []}");
    tester.accepts("{'stop': 'END'}");
    tester.accepts("{'model': 'openai/gpt-5.4'}");
  }

  @Test
  void rejectsFiveSequences() {
    tester.rejects(
        "{'stop': " + strings(5) + "}",
        Severity.ERROR,
        "/stop",
        "stop has 5 sequences; at most 4 are allowed");
  }

  @Test
  void skipsAValueOfTheWrongType() {
    tester.accepts("{'stop': {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}}");
    tester.accepts("{'stop': 5}");
  }
}
