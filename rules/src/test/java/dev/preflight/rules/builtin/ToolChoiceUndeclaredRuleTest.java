package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class ToolChoiceUndeclaredRuleTest {
  private final RuleTester tester = RuleTester.of(new ToolChoiceUndeclaredRule());
  private static final String TOOLS =
      "'tools': [{'type': 'function', 'function': {'name': 'get_order'}},"
          + " {'type': 'function', 'function': {'name': 'cancel_order'}}]";

  @Test
  void declaredFunctionOrNoForcing() {
    tester.accepts(
        "{" + TOOLS + ", 'tool_choice': {'type': 'function', 'function': {'name': 'get_order'}}}");
    tester.accepts("{" + TOOLS + ", 'tool_choice': 'required'}");
    tester.accepts("{'tool_choice': 'auto'}");
    tester.accepts("{'tool_choice': 'none'}");
    tester.accepts("{'tools': [{'type': 'openrouter:web_search'}], 'tool_choice': 'required'}");
  }

  @Test
  void undeclaredFunctionWithDidYouMean() {
    assertThat(
            tester
                .rejects(
                    "{"
                        + TOOLS
                        + ", 'tool_choice': {'type': 'function', 'function': {'name': 'get_orders'}}}",
                    Severity.ERROR,
                    "/tool_choice/function/name",
                    "tool_choice names the function 'get_orders', which tools does not declare")
                .suggestion())
        .contains("get_order");
  }

  @Test
  void undeclaredFunctionFarFromAnyListsTheDeclaredOnes() {
    assertThat(
            tester
                .rejects(
                    "{"
                        + TOOLS
                        + ", 'tool_choice': {'type': 'function', 'function': {'name': 'x'}}}",
                    Severity.ERROR,
                    "/tool_choice/function/name",
                    "'x'")
                .suggestion())
        .contains("declared functions: get_order, cancel_order");
  }

  @Test
  void forcingAToolWhenThereAreNone() {
    tester.rejects(
        "{'tool_choice': 'required'}",
        Severity.ERROR,
        "/tool_choice",
        "tool_choice is \"required\" but tools declares no tool");
    tester.rejects(
        "{'tools': [], 'tool_choice': {'type': 'function', 'function': {'name': 'f'}}}",
        Severity.ERROR,
        "/tool_choice/function/name",
        "names the function 'f' but tools declares no tool");
  }
}
