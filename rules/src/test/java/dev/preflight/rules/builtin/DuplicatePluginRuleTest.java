package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class DuplicatePluginRuleTest {
  private final RuleTester tester = RuleTester.of(new DuplicatePluginRule());

  @Test
  void distinctPlugins() {
    tester.accepts("{'plugins': [{'id': 'web'}, {'id': 'response-healing'}, {'id': 'fusion'}]}");
    tester.accepts("{'plugins': [{'enabled': true}, {'enabled': false}]}");
  }

  @Test
  void samePluginTwice() {
    tester.rejects(
        "{'plugins': [{'id': 'web'}, {'id': 'moderation'}, {'id': 'web', 'engine': 'exa'}]}",
        Severity.WARNING,
        "/plugins/2/id",
        "plugin 'web' is already configured at /plugins/0");
  }
}
