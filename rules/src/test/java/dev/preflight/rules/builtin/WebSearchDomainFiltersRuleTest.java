package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class WebSearchDomainFiltersRuleTest {
  private final RuleTester tester = RuleTester.of(new WebSearchDomainFiltersRule());

  @Test
  void eitherListAloneIsFine() {
    tester.accepts(
        "{'tools': [{'type': 'openrouter:web_search', 'parameters': {'allowed_domains': ['a.com']}}]}");
    tester.accepts(
        "{'tools': [{'type': 'openrouter:web_search', 'parameters': {'excluded_domains': ['a.com']}}]}");
    tester.accepts("{'tools': [{'type': 'web_search', 'allowed_domains': ['a.com']}]}");
    tester.accepts("{'plugins': [{'id': 'web', 'include_domains': ['a.com']}]}");
  }

  @Test
  void serverToolWithBothLists() {
    tester.rejects(
        "{'tools': [{'type': 'openrouter:web_search', 'parameters':"
            + " {'allowed_domains': ['a.com'], 'excluded_domains': ['b.com']}}]}",
        Severity.ERROR,
        "/tools/0/parameters/excluded_domains",
        "excluded_domains cannot be used together with allowed_domains",
        "/tools/0/parameters/allowed_domains");
  }

  @Test
  void shorthandToolAndItsParametersAreOneConfiguration() {
    tester.rejects(
        "{'tools': [{'type': 'web_search_preview', 'allowed_domains': ['a.com'],"
            + " 'excluded_domains': ['b.com']}]}",
        Severity.ERROR,
        "/tools/0/excluded_domains",
        "excluded_domains cannot be used together with allowed_domains");
    tester.rejects(
        "{'tools': [{'type': 'web_search', 'allowed_domains': ['a.com'],"
            + " 'parameters': {'excluded_domains': ['b.com']}}]}",
        Severity.ERROR,
        "/tools/0/parameters/excluded_domains",
        "(at /tools/0/allowed_domains)");
  }

  @Test
  void webPluginWithIncludeAndExclude() {
    tester.rejects(
        "{'plugins': [{'id': 'web', 'include_domains': ['a.com'], 'exclude_domains': ['b.com']}]}",
        Severity.ERROR,
        "/plugins/0/exclude_domains",
        "exclude_domains cannot be used together with include_domains");
  }

  @Test
  void otherToolsAndPluginsAreNotChecked() {
    tester.accepts(
        "{'plugins': [{'id': 'web-fetch', 'allowed_domains': ['a.com'], 'blocked_domains': ['b']}]}");
    tester.accepts(
        "{'tools': [{'type': 'openrouter:web_fetch', 'parameters':"
            + " {'allowed_domains': ['a.com'], 'excluded_domains': ['b.com']}}]}");
    tester.accepts(
        "{'tools': [{'type': 'openrouter:web_search', 'parameters':"
            + " {'allowed_domains': ['a.com'], 'excluded_domains': null}}]}");
    tester.accepts("{'tools': [{'type': 'openrouter:web_search', 'parameters': 'x'}]}");
  }
}
