package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class ServerToolsWithModelFallbacksRuleTest {
  private final RuleTester tester = RuleTester.of(new ServerToolsWithModelFallbacksRule());

  @Test
  void serverToolsWithoutFallbacksOrFallbacksWithoutServerTools() {
    tester.accepts("{'tools': [{'type': 'openrouter:web_search'}]}");
    tester.accepts("{'models': [], 'tools': [{'type': 'openrouter:web_search'}]}");
    tester.accepts(
        "{'models': ['a', 'b'], 'tools': [{'type': 'function', 'function': {'name': 'f'}}]}");
  }

  @Test
  void serverToolWithFallbacks() {
    tester.rejects(
        "{'models': ['a', 'b'], 'tools': [{'type': 'function', 'function': {'name': 'f'}},"
            + " {'type': 'openrouter:datetime'}]}",
        Severity.WARNING,
        "/models",
        "server tool 'openrouter:datetime' (at /tools/1) does not support fallbacks",
        "Server tool request failed");
  }

  @Test
  void shorthandWebSearchCountsAsAServerTool() {
    tester.rejects(
        "{'models': ['a'], 'tools': [{'type': 'web_search_preview'}]}",
        Severity.WARNING,
        "/models",
        "'web_search_preview'");
  }
}
