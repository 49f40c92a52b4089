package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled spec, normalized, accepts what OpenRouter accepts and rejects precisely. */
class SpecNormalizationTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  static final String SEED_EXAMPLE =
      "{\n"
          + "  \"messages\": [\n"
          + "    {\"role\": \"system\", \"content\": \"You are a helpful assistant.\"},\n"
          + "    {\"role\": \"user\", \"content\": \"Hello!\"}\n"
          + "  ],\n"
          + "  \"model\": \"openai/gpt-5.4\",\n"
          + "  \"temperature\": 0.7\n"
          + "}\n";

  static List<Violation> specViolations(ValidationReport report) {
    return report.violations().stream().filter(v -> v.ruleId().startsWith("spec/")).toList();
  }

  @Test
  void seedExampleHasNoErrorOrWarning() {
    // its user message is not persisted in a preset: an info of preset-not-persisted, no more
    assertThat(VALIDATOR.validate(SEED_EXAMPLE).atLeast(Severity.WARNING)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"messages\":[],\"stop\":\"\\n\"}",
        "{\"messages\":[],\"stop\":[\"\\n\"]}",
        "{\"messages\":[],\"stop\":[\"a\",\"b\"]}",
        "{\"messages\":[],\"stop\":null}",
        "{\"messages\":[],\"provider\":{\"order\":[\"OpenAI\",\"Anthropic\"]}}",
        "{\"messages\":[],\"provider\":{\"order\":[\"some-new-provider\"]}}",
        "{\"messages\":[],\"provider\":{\"sort\":\"price\"}}",
        "{\"messages\":[],\"provider\":{\"sort\":{\"by\":\"throughput\",\"partition\":\"none\"}}}",
        "{\"messages\":[],\"provider\":{\"preferred_max_latency\":2.5}}",
        "{\"messages\":[],\"provider\":{\"preferred_max_latency\":{\"p90\":3}}}",
        "{\"messages\":[],\"provider\":{\"preferred_max_latency\":2}}",
        "{\"messages\":[{\"role\":\"assistant\",\"content\":\"Hello there\"}]}",
        "{\"messages\":[{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\","
            + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}]}",
        "{\"messages\":[],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],"
            + "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"f\"}}}",
        "{\"messages\":[],\"tool_choice\":\"auto\"}",
        "{\"messages\":[],\"image_config\":{\"aspect_ratio\":\"16:9\"}}",
        "{\"messages\":[],\"provider\":{\"max_price\":{\"prompt\":1,\"completion\":\"2.5\"}}}",
        "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/y.png\"}}]}]}",
        "{\"messages\":[],\"response_format\":{\"type\":\"json_object\"}}",
        "{\"messages\":[],\"plugins\":[{\"id\":\"web\"}]}",
      })
  void acceptsWhatOpenRouterAccepts(String body) {
    ValidationReport report = VALIDATOR.validate(body);
    // only the schema's verdict: some of these bodies would make an empty preset (empty-preset)
    assertThat(specViolations(report)).as(report.toString()).isEmpty();
  }

  @Test
  void unknownServerToolIsAWarningOnly() {
    ValidationReport report =
        VALIDATOR.validate("{\"messages\":[],\"tools\":[{\"type\":\"openrouter:subagent\"}]}");
    assertThat(report.isValid()).isTrue();
    assertThat(specViolations(report))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("spec/unknown-variant");
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.pointer()).isEqualTo("/tools/0/type");
              assertThat(v.message()).contains("openrouter:subagent").contains("newer spec");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"messages\":[{\"role\":\"user\",\"content\":42}]}|/messages/0/content|spec/type",
        "{\"messages\":[{\"role\":\"assistent\",\"content\":\"hi\"}]}|/messages/0/role|spec/unknown-variant",
        "{\"messages\":[],\"temperature\":\"hot\"}|/temperature|spec/type",
        "{\"messages\":[],\"plugins\":[{\"id\":\"fusion\",\"analysis_models\":\"x\"}]}|/plugins/0/analysis_models|spec/type",
        "{\"model\":\"x\"}|/messages|spec/required",
        "{\"messages\":[],\"stop\":42}|/stop|spec/type",
      })
  void reportsExactlyOneViolationAtItsPointer(String body, String pointer, String ruleId) {
    List<Violation> violations = specViolations(VALIDATOR.validate(body));
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).pointer()).isEqualTo(pointer);
    assertThat(violations.get(0).ruleId()).isEqualTo(ruleId);
    assertThat(violations.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void messagesNameExpectedAndActual() {
    Violation temperature =
        specViolations(VALIDATOR.validate("{\"messages\":[],\"temperature\":\"hot\"}")).get(0);
    assertThat(temperature.message()).isEqualTo("expected number or null, got string \"hot\"");
    Violation stop = specViolations(VALIDATOR.validate("{\"messages\":[],\"stop\":42}")).get(0);
    assertThat(stop.message()).isEqualTo("expected string, array or null, got number 42");
    Violation role =
        specViolations(
                VALIDATOR.validate("{\"messages\":[{\"role\":\"assistent\",\"content\":\"hi\"}]}"))
            .get(0);
    assertThat(role.suggestion()).contains("assistant");
    assertThat(role.message()).contains("\"assistent\"").contains("\"assistant\"");
  }
}
