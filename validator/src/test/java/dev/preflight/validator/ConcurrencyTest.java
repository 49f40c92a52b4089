package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** One shared validator under load, inputs left untouched, results immutable. */
class ConcurrencyTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Valid and invalid bodies, from text and trees, that exercise the schema and the rules. */
  private static final List<String> BODIES =
      List.of(
          "{\"model\":\"openai/gpt-4o\",\"temperature\":0.7,\"messages\":[{\"role\":\"system\","
              + "\"content\":\"You are terse.\"}]}",
          "{\"model\":\"openai/gpt-4o\",\"temperature\":\"hot\",\"messages\":[{\"role\":\"user\","
              + "\"content\":\"hi\"}]}",
          "{\"model\":\"openai/gpt-4o\",\"temprature\":1,\"max_tokens\":0,\"messages\":[]}",
          "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"assistent\",\"content\":\"x\"}],"
              + "\"provider\":{\"order\":[\"OpenAI\"],\"sort\":\"price\"}}",
          "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"a\"}],"
              + "\"max_tokens\":1e400,\"stop\":[\"\\n\"],\"a\":1,\"a\":2}",
          "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"a\"}],"
              + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"o\","
              + "\"schema\":{\"type\":\"object\"}}},\"tools\":[{\"type\":\"function\","
              + "\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}],"
              + "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"g\"}}}",
          "{\"model\": [1, 2",
          "[]");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a safety net only
  void eightThreadsAndFiftyThousandBodiesGiveTheSingleThreadedReports() throws Exception {
    int total = 50_000;
    List<ValidationReport> expected = new ArrayList<>();
    List<JsonNode> trees = new ArrayList<>();
    for (String body : BODIES) {
      expected.add(VALIDATOR.validate(body));
    }
    for (String body : BODIES.subList(0, 4)) {
      trees.add(MAPPER.readTree(body));
    }
    List<ValidationReport> expectedTrees = trees.stream().map(VALIDATOR::validate).toList();
    List<JsonNode> copies = trees.stream().map(JsonNode::deepCopy).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        int n = i;
        results.add(
            pool.submit(
                () -> {
                  if (n % 5 == 4) {
                    int t = n % trees.size();
                    ValidationReport report = VALIDATOR.validate(trees.get(t));
                    return report.equals(expectedTrees.get(t)) ? null : "tree " + t + ": " + report;
                  }
                  int b = n % BODIES.size();
                  ValidationReport report = VALIDATOR.validate(BODIES.get(b));
                  return report.equals(expected.get(b)) ? null : "body " + b + ": " + report;
                }));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<String> result : results) {
        String mismatch = result.get(60, TimeUnit.SECONDS);
        if (mismatch != null) {
          mismatches.add(mismatch);
        }
      }
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
    }
    assertThat(trees).isEqualTo(copies);
    assertThat(expected.get(1).violations()).isNotEmpty();
    assertThat(expected.get(0).isValid()).isTrue();
  }

  @Test
  void validatingATreeLeavesItEqualToACopyTakenBefore() {
    for (String body : BODIES.subList(0, 6)) {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(body.replace(",\"a\":1,\"a\":2", ""));
      JsonNode before = tree.deepCopy();
      VALIDATOR.validate(tree);
      VALIDATOR.preview(tree);
      assertThat(tree).isEqualTo(before);
    }
  }

  @Test
  void reportsAreImmutable() {
    ValidationReport report = VALIDATOR.validate(BODIES.get(2));
    List<Violation> violations = report.violations();
    assertThat(violations).isNotEmpty();
    assertThatThrownBy(() -> violations.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.errors().add(violations.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(report.violations()).isEqualTo(violations);
  }

  @Test
  void previewsAreImmutable() {
    PresetPreview preview = VALIDATOR.preview(BODIES.get(0));
    Map<String, JsonNode> config = preview.config();
    assertThatThrownBy(() -> config.remove("model"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(preview.config().get("temperature").doubleValue()).isEqualTo(0.7);
    assertThat(preview.config()).containsKey("model");
    assertThatThrownBy(() -> preview.ignoredFields().add("/x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aPreviewDoesNotShareNodesWithTheTreeItCameFrom() {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(BODIES.get(3));
    PresetPreview preview = VALIDATOR.preview(tree);
    ((ObjectNode) tree.get("provider")).put("sort", "latency");
    assertThat(preview.config().get("provider").get("sort").stringValue()).isEqualTo("price");
  }
}
