package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.SchemaView;
import dev.preflight.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownFieldRuleTest {
  /** A spec that knows a few objects; everything else is free-form. */
  private static final SchemaView SCHEMA =
      pointer ->
          Optional.ofNullable(
              Map.of(
                      "",
                      Set.of(
                          "model", "messages", "temperature", "provider", "reasoning", "metadata"),
                      "/provider",
                      Set.of("sort", "order"),
                      "/reasoning",
                      Set.of("effort", "summary"),
                      "/messages/0",
                      Set.of("role", "content"))
                  .get(pointer));

  private final RuleTester tester = RuleTester.of(new UnknownFieldRule(), SCHEMA);

  @Test
  void declaredAndDocumentedFieldsAreKnown() {
    tester.accepts(
        "{'model': 'm', 'messages': [{'role': 'system', 'content': 'x'}], 'temperature': 1,"
            + " 'top_k': 40, 'min_p': 0.1, 'top_a': 0, 'repetition_penalty': 1, 'preset': 'p',"
            + " 'prompt': 'x', 'reasoning_effort': 'low', 'include_reasoning': true,"
            + " 'verbosity': 'low', 'prediction': {}, 'prompt_cache_key': 'k',"
            + " 'web_search_options': {}, 'usage': {'include': true}, 'transforms': [],"
            + " 'reasoning': {'effort': 'low', 'max_tokens': 10, 'exclude': true, 'enabled': true}}");
  }

  @Test
  void freeFormObjectsAreNotChecked() {
    tester.accepts("{'metadata': {'anything': 'goes'}, 'messages': [{}, {'whatever': 1}]}");
  }

  @Test
  void misspelledTopLevelFieldWithDidYouMean() {
    assertThat(
            tester
                .rejects(
                    "{'model': 'm', 'temprature': 0.7}",
                    Severity.WARNING,
                    "/temprature",
                    "unknown property 'temprature'",
                    "neither the spec nor OpenRouter's guides document it")
                .suggestion())
        .contains("temperature");
  }

  @Test
  void misspelledNestedFieldPointsAtTheProperty() {
    assertThat(
            tester
                .rejects(
                    "{'provider': {'sortt': 'price'}}",
                    Severity.WARNING,
                    "/provider/sortt",
                    "unknown property 'sortt'")
                .suggestion())
        .contains("sort");
    assertThat(
            tester
                .rejects(
                    "{'messages': [{'role': 'system', 'contnet': 'x'}]}",
                    Severity.WARNING,
                    "/messages/0/contnet",
                    "'contnet'")
                .suggestion())
        .contains("content");
  }

  @Test
  void documentedExtrasBelongToTheirPlace() {
    assertThat(tester.check("{'provider': {'max_tokens': 5}}"))
        .singleElement()
        .satisfies(v -> assertThat(v.pointer()).isEqualTo("/provider/max_tokens"));
  }

  @Test
  void lookAlikeCharactersSuggestTheNameTheyImitate() {
    assertThat(
            tester
                .rejects(
                    "{'\uFF54\uFF45\uFF4D\uFF50\uFF45\uFF52\uFF41\uFF54\uFF55\uFF52\uFF45': 1}",
                    Severity.WARNING,
                    "/\uFF54\uFF45\uFF4D\uFF50\uFF45\uFF52\uFF41\uFF54\uFF55\uFF52\uFF45",
                    "looks like 'temperature' but is written with look-alike Unicode characters")
                .suggestion())
        .contains("temperature");
    assertThat(tester.check("{'temp\u200Berature': 1}"))
        .singleElement()
        .satisfies(v -> assertThat(v.suggestion()).contains("temperature"));
  }

  @Test
  void farFromAnyNameHasNoSuggestion() {
    assertThat(
            tester
                .rejects("{'xyzzy_frobnicate': 1}", Severity.WARNING, "/xyzzy_frobnicate", "'xyzzy")
                .suggestion())
        .isEmpty();
  }

  @Test
  void pointersAreEscaped() {
    tester.rejects("{'a/b~c': 1}", Severity.WARNING, "/a~1b~0c", "'a/b~c'");
  }

  @Test
  void nestedPointersAreEscapedAsTheViewSpellsThem() {
    SchemaView escaped =
        pointer ->
            Optional.ofNullable(
                Map.of("", Set.of("a/b"), "/a~1b", Set.of("c"), "/a~1b/c/0", Set.of("d"))
                    .get(pointer));
    assertThat(
            RuleTester.of(new UnknownFieldRule(), escaped)
                .check("{'a/b': {'c': [{'d': 1, 'e~f': 2}], 'g': {}}}"))
        .extracting(v -> v.pointer())
        .containsExactly("/a~1b/g", "/a~1b/c/0/e~0f");
  }

  @Test
  void nothingBelowAnUndescribedValueIsAsked() {
    List<String> asked = new ArrayList<>();
    SchemaView schema =
        new SchemaView() {
          @Override
          public Optional<Set<String>> declaredProperties(String pointer) {
            asked.add(pointer);
            return pointer.isEmpty() ? Optional.of(Set.of("metadata")) : Optional.empty();
          }

          @Override
          public boolean describes(String pointer) {
            return !pointer.equals("/metadata");
          }
        };
    assertThat(
            RuleTester.of(new UnknownFieldRule(), schema)
                .check("{'metadata': {'x': {'y': 1}}, 'other': [{'z': 1}]}"))
        .extracting(v -> v.pointer())
        .containsExactly("/other");
    assertThat(asked).containsExactly("", "/other/0");
  }

  @Test
  void withoutASpecNothingIsReported() {
    assertThat(RuleTester.of(new UnknownFieldRule()).check("{'temprature': 1}")).isEmpty();
  }
}
