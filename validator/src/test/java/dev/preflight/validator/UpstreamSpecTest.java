package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenRouter's full published spec loads with {@code .spec(...)} and, normalized by the same
 * general rules, accepts the same real bodies: the normalization is not tied to the seed.
 */
class UpstreamSpecTest {
  private static PresetValidator upstream;

  @BeforeAll
  static void load() {
    upstream = PresetValidator.builder().spec(RepositoryFiles.upstreamSpec()).build();
  }

  private static List<Violation> specViolations(ValidationReport report) {
    return report.violations().stream().filter(v -> v.ruleId().startsWith("spec/")).toList();
  }

  private static final String USER = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{" + USER + ",\"stop\":\"\\n\"}",
        "{" + USER + ",\"stop\":[\"\\n\"]}",
        "{" + USER + ",\"provider\":{\"order\":[\"OpenAI\",\"Anthropic\"]}}",
        "{" + USER + ",\"provider\":{\"sort\":\"price\"}}",
        "{" + USER + ",\"provider\":{\"sort\":{\"by\":\"throughput\",\"partition\":\"none\"}}}",
        "{" + USER + ",\"provider\":{\"preferred_max_latency\":2.5}}",
        "{" + USER + ",\"provider\":{\"preferred_max_latency\":{\"p90\":3}}}",
        "{\"messages\":[{\"role\":\"assistant\",\"content\":\"Hello there\"}]}",
        "{\"messages\":[{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\","
            + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}]}",
        "{"
            + USER
            + ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"}}],"
            + "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"f\"}}}",
        "{" + USER + ",\"image_config\":{\"aspect_ratio\":\"16:9\"}}",
        "{" + USER + ",\"provider\":{\"max_price\":{\"prompt\":\"1\",\"completion\":\"2.5\"}}}",
      })
  void acceptsRealBodies(String body) {
    ValidationReport report = upstream.validate(body);
    assertThat(specViolations(report)).as(report.toString()).isEmpty();
  }

  @Test
  void knowsTheSubagentTool() {
    ValidationReport report =
        upstream.validate("{" + USER + ",\"tools\":[{\"type\":\"openrouter:subagent\"}]}");
    assertThat(specViolations(report)).as(report.toString()).isEmpty();
  }

  @Test
  void typesNumericMaxPricesAsStrings() {
    ValidationReport report =
        upstream.validate("{" + USER + ",\"provider\":{\"max_price\":{\"prompt\":1}}}");
    assertThat(report.errors())
        .extracting(Violation::pointer)
        .containsExactly("/provider/max_price/prompt");
  }

  @Test
  void reportsUnknownProviderPropertiesAtTheirOwnPointer() {
    ValidationReport report =
        upstream.validate("{" + USER + ",\"provider\":{\"sortt\":\"price\"}}");
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("spec/additionalProperties");
              assertThat(v.pointer()).isEqualTo("/provider/sortt");
              assertThat(v.suggestion()).contains("sort");
            });
  }

  @Test
  void requiresNonEmptyMessages() {
    ValidationReport report = upstream.validate("{\"model\":\"x\",\"messages\":[]}");
    assertThat(specViolations(report))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("spec/minItems");
              assertThat(v.pointer()).isEqualTo("/messages");
            });
  }
}
