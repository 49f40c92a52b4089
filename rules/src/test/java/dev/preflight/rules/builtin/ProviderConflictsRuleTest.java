package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class ProviderConflictsRuleTest {
  private final RuleTester tester = RuleTester.of(new ProviderConflictsRule());

  @Test
  void consistentPreferences() {
    tester.accepts(
        "{'provider': {'only': ['Together'], 'ignore': ['DeepInfra'], 'sort': 'price'}}");
    tester.accepts("{'provider': {'order': ['Together'], 'sort': null}}");
    tester.accepts("{'provider': {'order': [], 'sort': 'price'}}");
  }

  @Test
  void providerInOnlyAndIgnore() {
    tester.rejects(
        "{'provider': {'only': ['Together', 'DeepInfra'], 'ignore': ['OpenAI', 'deepinfra']}}",
        Severity.WARNING,
        "/provider/ignore/1",
        "provider 'deepinfra' is in both provider.ignore and provider.only (at /provider/only/1)");
  }

  @Test
  void unknownProvidersCompareIgnoringCase() {
    tester.rejects(
        "{'provider': {'only': ['MyFarm'], 'ignore': ['myfarm']}}",
        Severity.WARNING,
        "/provider/ignore/0",
        "'myfarm'");
  }

  @Test
  void sortWithOrder() {
    tester.rejects(
        "{'provider': {'order': ['Anthropic'], 'sort': {'by': 'throughput'}}}",
        Severity.WARNING,
        "/provider/sort",
        "provider.sort is ignored because provider.order is set");
  }
}
