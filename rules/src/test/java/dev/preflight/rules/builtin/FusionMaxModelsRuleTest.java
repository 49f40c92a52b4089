package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.strings;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class FusionMaxModelsRuleTest {
  private final RuleTester tester = RuleTester.of(new FusionMaxModelsRule());

  private static String plugin(String models) {
    return "{'plugins': [{'id': 'web'}, {'id': 'fusion', 'analysis_models': " + models + "}]}";
  }

  private static String tool(String models) {
    return "{'tools': [{'type': 'openrouter:fusion', 'parameters': {'analysis_models': "
        + models
        + "}}]}";
  }

  @Test
  void oneToEightModelsAreAllowed() {
    tester.accepts(plugin(strings(1)));
    tester.accepts(plugin(strings(8)));
    tester.accepts(tool(strings(1)));
    tester.accepts(tool(strings(8)));
    tester.accepts("{'plugins': [{'id': 'fusion'}]}");
  }

  @Test
  void nineModelsAreTooMany() {
    tester.rejects(
        plugin(strings(9)),
        Severity.ERROR,
        "/plugins/1/analysis_models",
        "analysis_models has 9 models; at most 8 are allowed");
    tester.rejects(
        tool(strings(9)),
        Severity.ERROR,
        "/tools/0/parameters/analysis_models",
        "analysis_models has 9 models; at most 8 are allowed");
  }

  @Test
  void noModelIsTooFew() {
    tester.rejects(
        plugin("[]"),
        Severity.ERROR,
        "/plugins/1/analysis_models",
        "analysis_models is empty; it needs 1 to 8 models");
    tester.rejects(tool("[]"), Severity.ERROR, "/tools/0/parameters/analysis_models", "is empty");
  }

  @Test
  void otherPluginsAndWrongTypesAreSkipped() {
    tester.accepts("{'plugins': [{'id': 'auto-router', 'analysis_models': " + strings(9) + "}]}");
    tester.accepts(plugin("'all'"));
    tester.accepts("{'plugins': 'fusion', 'tools': {'type': 'openrouter:fusion'}}");
  }
}
