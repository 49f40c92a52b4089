package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class DuplicateFunctionNameRuleTest {
  private final RuleTester tester = RuleTester.of(new DuplicateFunctionNameRule());

  @Test
  void distinctNames() {
    tester.accepts(
        "{'tools': [{'type': 'function', 'function': {'name': 'a'}},"
            + " {'type': 'function', 'function': {'name': 'b'}},"
            + " {'type': 'openrouter:web_search'}, {'type': 'openrouter:datetime'}]}");
  }

  @Test
  void theSecondToolOfANameIsReported() {
    tester.rejects(
        "{'tools': [{'type': 'function', 'function': {'name': 'get_order'}},"
            + " {'type': 'openrouter:web_search'},"
            + " {'type': 'function', 'function': {'name': 'get_order'}}]}",
        Severity.ERROR,
        "/tools/2/function/name",
        "function name 'get_order' is already declared by the tool at /tools/0");
  }

  @Test
  void namesDifferingInCaseAreDistinct() {
    tester.accepts(
        "{'tools': [{'type': 'function', 'function': {'name': 'a'}},"
            + " {'type': 'function', 'function': {'name': 'A'}}]}");
  }
}
