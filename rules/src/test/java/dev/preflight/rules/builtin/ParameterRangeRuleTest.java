package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterRangeRuleTest {
  private final RuleTester tester = RuleTester.of(new ParameterRangeRule());

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "temperature, 0",
    "temperature, 2",
    "top_p, 0",
    "top_p, 1",
    "frequency_penalty, -2",
    "frequency_penalty, 2",
    "presence_penalty, -2",
    "presence_penalty, 2",
    "repetition_penalty, 0",
    "repetition_penalty, 2",
    "min_p, 0",
    "min_p, 1",
    "top_a, 0",
    "top_a, 1",
    "top_k, 0",
    "top_k, 100000",
    "top_logprobs, 0",
    "top_logprobs, 20",
    "seed, 9007199254740991",
    "seed, -9007199254740991",
  })
  void acceptsTheBoundsOfTopLevelRanges(String name, String value) {
    tester.accepts("{'" + name + "': " + value + "}");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "temperature | -0.01 | from 0 to 2",
        "temperature | 2.01 | from 0 to 2",
        "top_p | -0.1 | from 0 to 1",
        "top_p | 1.1 | from 0 to 1",
        "frequency_penalty | -2.5 | from -2 to 2",
        "frequency_penalty | 2.1 | from -2 to 2",
        "presence_penalty | -2.1 | from -2 to 2",
        "presence_penalty | 3 | from -2 to 2",
        "repetition_penalty | -0.1 | from 0 to 2",
        "repetition_penalty | 2.1 | from 0 to 2",
        "min_p | -0.1 | from 0 to 1",
        "min_p | 1.1 | from 0 to 1",
        "top_a | -0.1 | from 0 to 1",
        "top_a | 1.1 | from 0 to 1",
        "top_k | -1 | at least 0",
        "top_logprobs | -1 | from 0 to 20",
        "top_logprobs | 21 | from 0 to 20",
        "seed | 9007199254740992 | from -9007199254740991 to 9007199254740991",
        "seed | -9007199254740992 | from -9007199254740991 to 9007199254740991",
      })
  void rejectsValuesJustOutsideTopLevelRanges(String name, String value, String range) {
    tester.rejects(
        "{'" + name + "': " + value + "}",
        Severity.ERROR,
        "/" + name,
        name + " is " + value + "; it must be " + range);
  }

  @Test
  void autoRouterCostQualityTradeoffIsZeroToTen() {
    tester.accepts("{'plugins': [{'id': 'auto-router', 'cost_quality_tradeoff': 0}]}");
    tester.accepts("{'plugins': [{'id': 'auto-router', 'cost_quality_tradeoff': 10}]}");
    tester.rejects(
        "{'plugins': [{'id': 'auto-router', 'cost_quality_tradeoff': -1}]}",
        Severity.ERROR,
        "/plugins/0/cost_quality_tradeoff",
        "cost_quality_tradeoff is -1; it must be from 0 to 10");
    tester.rejects(
        "{'plugins': [{'id': 'auto-router', 'cost_quality_tradeoff': 11}]}",
        Severity.ERROR,
        "/plugins/0/cost_quality_tradeoff",
        "cost_quality_tradeoff is 11");
  }

  @Test
  void paretoRouterMinCodingScoreIsZeroToOne() {
    tester.accepts("{'plugins': [{'id': 'pareto-router', 'min_coding_score': 0}]}");
    tester.accepts("{'plugins': [{'id': 'pareto-router', 'min_coding_score': 1}]}");
    tester.rejects(
        "{'plugins': [{'id': 'pareto-router', 'min_coding_score': -0.1}]}",
        Severity.ERROR,
        "/plugins/0/min_coding_score",
        "min_coding_score is -0.1; it must be from 0 to 1");
    tester.rejects(
        "{'plugins': [{'id': 'pareto-router', 'min_coding_score': 1.5}]}",
        Severity.ERROR,
        "/plugins/0/min_coding_score",
        "min_coding_score is 1.5");
  }

  @Test
  void searchModelsMaxResultsIsOneToTwenty() {
    String tool = "{'tools': [{'type': 'openrouter:experimental__search_models', 'parameters':";
    tester.accepts(tool + " {'max_results': 1}}]}");
    tester.accepts(tool + " {'max_results': 20}}]}");
    tester.rejects(
        tool + " {'max_results': 0}}]}",
        Severity.ERROR,
        "/tools/0/parameters/max_results",
        "max_results is 0; it must be from 1 to 20");
    tester.rejects(
        tool + " {'max_results': 21}}]}",
        Severity.ERROR,
        "/tools/0/parameters/max_results",
        "max_results is 21; it must be from 1 to 20");
  }

  @Test
  void webSearchMaxResultsIsAtLeastOne() {
    tester.accepts(
        "{'tools': [{'type': 'openrouter:web_search', 'parameters': {'max_results': 1}}]}");
    tester.accepts("{'plugins': [{'id': 'web', 'max_results': 50}]}");
    tester.rejects(
        "{'tools': [{'type': 'openrouter:web_search', 'parameters': {'max_results': 0}}]}",
        Severity.ERROR,
        "/tools/0/parameters/max_results",
        "max_results is 0; it must be at least 1");
    tester.rejects(
        "{'tools': [{'type': 'web_search', 'max_results': 0}]}",
        Severity.ERROR,
        "/tools/0/max_results",
        "at least 1");
    tester.rejects(
        "{'tools': [{'type': 'web_search_2025_08_26', 'parameters': {'max_results': 0}}]}",
        Severity.ERROR,
        "/tools/0/parameters/max_results",
        "at least 1");
    tester.rejects(
        "{'plugins': [{'id': 'web', 'max_results': 0}]}",
        Severity.ERROR,
        "/plugins/0/max_results",
        "at least 1");
  }

  @Test
  void sessionIdHasAtMost256Characters() {
    tester.accepts("{'session_id': '" + text(256, 's') + "'}");
    tester.rejects(
        "{'session_id': '" + text(257, 's') + "'}",
        Severity.ERROR,
        "/session_id",
        "session_id has 257 characters; at most 256 are allowed");
  }

  @Test
  void wrongTypesAreSkipped() {
    tester.accepts(
        "{'temperature': 'hot', 'top_p': null, 'seed': 1.5, 'top_logprobs': 2.5,"
            + " 'session_id': 5, 'plugins': [{'id': 'auto-router', 'cost_quality_tradeoff': 'x'}],"
            + " 'tools': [{'type': 'openrouter:web_search', 'parameters': []}]}");
  }

  @Test
  void reportsEveryValueOutOfRange() {
    assertThat(tester.check("{'temperature': 3, 'top_p': 2}"))
        .extracting(v -> v.pointer())
        .containsExactly("/temperature", "/top_p");
  }
}
