package dev.preflight.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** unknown-field against the bundled spec: what it knows, where it looks, what it suggests. */
class UnknownFieldSpecTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final String PREFIX =
      "{\"model\": \"openai/gpt-5.4\", \"messages\": [{\"role\": \"system\", \"content\": \"x\"}], ";

  private static List<String> unknownFieldPointers(ValidationReport report) {
    return report.violations().stream()
        .filter(v -> v.ruleId().equals("unknown-field"))
        .map(v -> v.pointer() + " -> " + v.suggestion().orElse("-"))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"temprature\": 0.7 | /temprature -> temperature",
        "\"provider\": {\"sortt\": \"price\"} | /provider/sortt -> sort",
        "\"reasoning\": {\"efort\": \"high\"} | /reasoning/efort -> effort",
        "\"plugins\": [{\"id\": \"web\", \"max_result\": 3}] | /plugins/0/max_result -> max_results",
        "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"descripton\": \"d\"}}]"
            + " | /tools/0/function/descripton -> description",
        "\"ｔｅｍｐｅｒａｔｕｒｅ\": 0.7 | /ｔｅｍｐｅｒａｔｕｒｅ -> temperature",
      })
  void reportsUnknownPropertiesWithTheirPointerAndSuggestion(String member, String expected) {
    ValidationReport report = VALIDATOR.validate(PREFIX + member + "}");
    assertThat(unknownFieldPointers(report)).as(report.toString()).containsExactly(expected);
    assertThat(report.warnings()).extracting(v -> v.ruleId()).contains("unknown-field");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"top_k\": 40, \"min_p\": 0.05, \"top_a\": 0.1, \"repetition_penalty\": 1.1",
        "\"reasoning_effort\": \"low\", \"include_reasoning\": true, \"verbosity\": \"low\"",
        "\"prediction\": {\"type\": \"content\", \"content\": \"x\"}, \"prompt_cache_key\": \"k\"",
        "\"web_search_options\": {\"search_context_size\": \"high\"}, \"usage\": {\"include\": true}",
        "\"transforms\": [\"middle-out\"], \"preset\": \"other\", \"prompt\": \"x\"",
        "\"reasoning\": {\"max_tokens\": 2000, \"exclude\": true, \"enabled\": true}",
        "\"metadata\": {\"anything\": \"goes\"}, \"route\": {\"x\": 1}",
        "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"parameters\":"
            + " {\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}}}}]",
        "\"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"n\","
            + " \"schema\": {\"type\": \"object\", \"additionalProperties\": false}}}",
        "\"tools\": [{\"type\": \"openrouter:fusion\", \"parameters\": {\"analysis_models\":"
            + " [\"openai/gpt-5.4\"], \"whatever\": 1}}]",
      })
  void documentedAndFreeFormFieldsAreNotReported(String members) {
    ValidationReport report = VALIDATOR.validate(PREFIX + members + "}");
    assertThat(unknownFieldPointers(report)).as(report.toString()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"temprature\": 0.7"})
  void isAWarningThatCanBeRaised(String member) {
    ValidationReport report =
        PresetValidator.builder()
            .rule("unknown-field", Severity.ERROR)
            .build()
            .validate(PREFIX + member + "}");
    assertThat(report.errors()).extracting(v -> v.ruleId()).containsExactly("unknown-field");
  }
}
