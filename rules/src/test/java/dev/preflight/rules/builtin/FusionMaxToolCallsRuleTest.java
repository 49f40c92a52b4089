package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class FusionMaxToolCallsRuleTest {
  private final RuleTester tester = RuleTester.of(new FusionMaxToolCallsRule());

  private static String plugin(String calls) {
    return "{'plugins': [{'id': 'fusion', 'max_tool_calls': " + calls + "}]}";
  }

  private static String tool(String calls) {
    return "{'tools': [{'type': 'function', 'function': {'name': 'f'}},"
        + " {'type': 'openrouter:fusion', 'parameters': {'max_tool_calls': "
        + calls
        + "}}]}";
  }

  @Test
  void oneToSixteenCallsAreAllowed() {
    tester.accepts(plugin("1"));
    tester.accepts(plugin("16"));
    tester.accepts(tool("1"));
    tester.accepts(tool("16"));
  }

  @Test
  void zeroAndSeventeenAreOutOfRange() {
    tester.rejects(
        plugin("0"),
        Severity.ERROR,
        "/plugins/0/max_tool_calls",
        "max_tool_calls is 0; it must be from 1 to 16");
    tester.rejects(
        plugin("17"),
        Severity.ERROR,
        "/plugins/0/max_tool_calls",
        "max_tool_calls is 17; it must be from 1 to 16");
    tester.rejects(
        tool("0"), Severity.ERROR, "/tools/1/parameters/max_tool_calls", "max_tool_calls is 0");
    tester.rejects(
        tool("17"), Severity.ERROR, "/tools/1/parameters/max_tool_calls", "max_tool_calls is 17");
  }

  @Test
  void hugeValuesAreComparedExactly() {
    tester.rejects(
        plugin("99999999999999999999999"),
        Severity.ERROR,
        "/plugins/0/max_tool_calls",
        "99999999999999999999999");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts(plugin("'many'"));
    tester.accepts(plugin("null"));
  }
}
