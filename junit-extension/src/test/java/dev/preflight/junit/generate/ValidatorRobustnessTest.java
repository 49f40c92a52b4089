package dev.preflight.junit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validator never throws and never hangs on random JSON trees (with the request's own field
 * names, so that the schema and the rules get deep into them) and on random bytes. The timeout
 * guards against a hang; it is far above what the batch needs.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ValidatorRobustnessTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> NAMES =
      List.of(
          "model",
          "models",
          "messages",
          "role",
          "content",
          "tools",
          "type",
          "function",
          "name",
          "plugins",
          "id",
          "provider",
          "order",
          "only",
          "ignore",
          "max_price",
          "prompt",
          "stop",
          "metadata",
          "tool_choice",
          "parameters",
          "advisors",
          "analysis_models",
          "response_format",
          "json_schema",
          "reasoning",
          "effort",
          "max_tokens",
          "logit_bias",
          "top_logprobs",
          "include_domains",
          "exclude_domains",
          "allowed_domains",
          "excluded_domains",
          "sort",
          "text",
          "image_url",
          "url",
          "temperature",
          "",
          "~/",
          "\u0000");
  private static final List<String> STRINGS =
      List.of(
          "system",
          "user",
          "developer",
          "assistant",
          "tool",
          "function",
          "web",
          "fusion",
          "openrouter:web_search",
          "web_search",
          "openrouter:advisor",
          "response-healing",
          "json_object",
          "text",
          "required",
          "@preset/x",
          "antropic",
          "-1",
          "1e400",
          "",
          "\uD83D\uDE00");

  @ParameterizedTest(name = "random trees, seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void randomTreesGetAReportInEveryForm(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 250; i++) {
      ObjectNode body = NODES.objectNode();
      int members = random.nextInt(8);
      for (int m = 0; m < members; m++) {
        body.set(pick(random, NAMES), tree(random, 4));
      }
      ValidationReport report = Properties.checkConsistent(VALIDATOR, body);
      assertThat(report).isNotNull();
    }
  }

  @ParameterizedTest(name = "random bytes, seed {0}")
  @ValueSource(longs = {1, 2})
  void randomBytesGetAReport(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] valid =
        PresetGenerator.from(VALIDATOR).valid(seed, 60).json().getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 500; i++) {
      byte[] input;
      if (random.nextBoolean()) {
        input = new byte[random.nextInt(200)];
        random.nextBytes(input);
      } else {
        // a valid body with a few bytes flipped, cut or duplicated: near-JSON reaches deeper
        input = valid.clone();
        for (int f = 0; f < 1 + random.nextInt(4); f++) {
          input[random.nextInt(input.length)] = (byte) random.nextInt(256);
        }
        input = java.util.Arrays.copyOf(input, random.nextInt(input.length + 1));
      }
      assertThat(VALIDATOR.validate(input)).isNotNull();
      assertThat(VALIDATOR.validate(new String(input, StandardCharsets.ISO_8859_1))).isNotNull();
    }
  }

  /**
   * Found by fuzzing rawBytesNeverThrow: Jackson refused the number and validate threw. Numbers no
   * parser can hold are {@code number-range} errors, with the body not checked further.
   */
  @org.junit.jupiter.api.Test
  void aNumberWhoseExponentIsBeyondBigDecimalIsANumberRangeError() {
    ValidationReport report =
        VALIDATOR.validate("{\"model\": \"x\", \"messages\": [44444E4444444444444444]}");
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("number-range");
              assertThat(v.severity()).isEqualTo(dev.preflight.rules.Severity.ERROR);
              assertThat(v.pointer()).isEqualTo("/messages/0");
              assertThat(v.message())
                  .isEqualTo(
                      "number 44444E4444444444444444 cannot be represented: its exponent is out"
                          + " of any usable range");
              assertThat(v.line()).hasValue(1);
              assertThat(v.column()).hasValue(29);
            });
  }

  private static JsonNode tree(SplittableRandom random, int depth) {
    switch (random.nextInt(depth > 0 ? 9 : 6)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(random.nextInt(-40, 40));
      case 3:
        return NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
      case 4:
      case 5:
        return NODES.stringNode(pick(random, STRINGS));
      case 6:
        {
          var array = NODES.arrayNode();
          for (int i = random.nextInt(5); i > 0; i--) {
            array.add(tree(random, depth - 1));
          }
          return array;
        }
      default:
        {
          ObjectNode object = NODES.objectNode();
          for (int i = random.nextInt(5); i > 0; i--) {
            object.set(pick(random, NAMES), tree(random, depth - 1));
          }
          return object;
        }
    }
  }

  private static String pick(SplittableRandom random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
