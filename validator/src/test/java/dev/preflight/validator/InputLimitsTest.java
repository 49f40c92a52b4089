package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every input limit: one {@code input-limit} violation naming the option, never a throw. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net only
class InputLimitsTest {
  private static final String BASE =
      "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Be terse.\"}]";

  private static Violation onlyLimit(ValidationReport report) {
    List<Violation> limits =
        report.violations().stream().filter(v -> v.ruleId().equals("input-limit")).toList();
    assertThat(limits).as(report.toString()).hasSize(1);
    assertThat(report.isValid()).isFalse();
    return limits.get(0);
  }

  @Test
  void defaultsAreDocumentedValues() {
    assertThat(PresetValidator.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(10L * 1024 * 1024);
    assertThat(PresetValidator.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(500);
    assertThat(PresetValidator.DEFAULT_MAX_STRING_LENGTH).isEqualTo(10 * 1024 * 1024);
    assertThat(PresetValidator.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(1000);
    assertThat(PresetValidator.DEFAULT_MAX_TOKEN_COUNT).isEqualTo(1_000_000);
    assertThat(PresetValidator.DEFAULT_MAX_EVALUATION_STEPS).isEqualTo(10_000_000);
    assertThat(PresetValidator.DEFAULT_MAX_EVALUATION_DEPTH).isEqualTo(200);
  }

  @Test
  void aBodyOverTheDocumentLengthIsOneViolationForEveryKindOfInput() {
    PresetValidator small = PresetValidator.builder().maxDocumentLength(100).build();
    String body = BASE + ",\"user\":\"" + "x".repeat(100) + "\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (ValidationReport report : List.of(small.validate(body), small.validate(bytes))) {
      Violation v = onlyLimit(report);
      assertThat(report.violations()).hasSize(1);
      assertThat(v.message())
          .isEqualTo(
              "the body has "
                  + body.length()
                  + " bytes, more than the limit of 100"
                  + " (maxDocumentLength)");
      assertThat(v.suggestion())
          .hasValue("raise the limit with PresetValidator.builder().maxDocumentLength(...)");
    }
    // A stream is read only up to the limit, so its length is not known.
    ValidationReport streamed = small.validate(new ByteArrayInputStream(bytes));
    assertThat(streamed.violations()).hasSize(1);
    assertThat(onlyLimit(streamed).message())
        .isEqualTo("the body has more than the limit of 100 bytes (maxDocumentLength)");
  }

  @Test
  void nestingDeeperThanTheLimitNamesTheOptionAndThePointer() {
    PresetValidator shallow = PresetValidator.builder().maxNestingDepth(5).build();
    ValidationReport report = shallow.validate(BASE + ",\"metadata\":{\"a\":[[[[1]]]]}}");
    Violation v = onlyLimit(report);
    assertThat(report.violations()).hasSize(1);
    assertThat(v.message())
        .isEqualTo("objects and arrays are nested deeper than the limit of 5 (maxNestingDepth)");
    assertThat(v.pointer()).isEqualTo("/metadata/a/0/0/0"); // the sixth level
    assertThat(v.line()).hasValue(1);
    assertThat(shallow.validate(BASE + ",\"metadata\":{\"a\":[[[1]]]}}").violations())
        .noneMatch(x -> x.ruleId().equals("input-limit"));
  }

  @Test
  void aHundredThousandLevelsAreOneViolationNotAStackOverflow() {
    String deep = BASE + ",\"metadata\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    Violation v = onlyLimit(PresetValidator.standard().validate(deep));
    assertThat(v.message()).endsWith("limit of 500 (maxNestingDepth)");
  }

  @Test
  void aTreeDeeperThanTheLimitIsOneViolationNotAStackOverflow() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode inner = body.putArray("metadata");
    for (int i = 0; i < 100_000; i++) {
      inner = inner.addArray();
    }
    ValidationReport report = PresetValidator.standard().validate(body);
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.ruleId()).isEqualTo("input-limit");
    assertThat(v.message()).endsWith("limit of 500 (maxNestingDepth)");
    assertThat(v.pointer()).isEqualTo("/metadata" + "/0".repeat(499)); // level 501
  }

  @Test
  void theDeepestAllowedBodyIsCheckedOnASmallStack() throws Exception {
    // 500 levels inside every free-form place a body has, on a thread with 512 KiB of stack.
    String deep = "{\"a\":".repeat(495) + "1" + "}".repeat(495);
    String body =
        BASE
            + ",\"metadata\":"
            + deep
            + ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"x\","
            + "\"schema\":"
            + deep
            + "}}}";
    Throwable[] failure = new Throwable[1];
    ValidationReport[] result = new ValidationReport[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result[0] = PresetValidator.standard().validate(body);
                PresetPreview preview = PresetValidator.standard().preview(body);
                assertThat(preview.config()).isEqualTo(preview.config());
                assertThat(preview.toString()).startsWith("{\"config\":");
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "small-stack",
            512 * 1024);
    thread.start();
    thread.join();
    assertThat(failure[0]).isNull();
    assertThat(result[0].violations())
        .noneMatch(v -> v.ruleId().equals("internal-error") || v.ruleId().equals("input-limit"));
  }

  @Test
  void theNestingLimitCannotBeRaisedAboveTheCeiling() {
    assertThatThrownBy(() -> PresetValidator.builder().maxNestingDepth(501))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be from 1 to 500, got 501");
  }

  @Test
  void aStringLongerThanTheLimitNamesTheOptionAndThePointer() {
    PresetValidator strict = PresetValidator.builder().maxStringLength(1000).build();
    ValidationReport report =
        strict.validate(BASE + ",\"stop\":[\"a\",\"" + "x".repeat(1001) + "\"]}");
    Violation v = onlyLimit(report);
    assertThat(report.violations()).hasSize(1);
    assertThat(v.message())
        .isEqualTo("the string is longer than the limit of 1000 characters (maxStringLength)");
    assertThat(v.pointer()).isEqualTo("/stop/1");
    assertThat(v.suggestion())
        .hasValue("raise the limit with PresetValidator.builder().maxStringLength(...)");
    assertThat(strict.validate(BASE + ",\"stop\":[\"" + "x".repeat(1000) + "\"]}").violations())
        .noneMatch(x -> x.ruleId().equals("input-limit"));
  }

  @Test
  void aPropertyNameLongerThanTheStringLimitIsOneViolation() {
    PresetValidator strict = PresetValidator.builder().maxStringLength(1000).build();
    ValidationReport report =
        strict.validate(BASE + ",\"metadata\":{\"" + "k".repeat(1001) + "\":1}}");
    Violation v = onlyLimit(report);
    assertThat(v.message())
        .isEqualTo("a property name is longer than the limit of 1000 characters (maxStringLength)");
    assertThat(v.pointer()).isEqualTo("/metadata");
  }

  @Test
  void aNumberLongerThanTheLimitNamesTheOptionAndThePointer() {
    String digits = "9".repeat(10_000);
    ValidationReport report =
        PresetValidator.standard()
            .validate(BASE + ",\"provider\":{\"max_price\":{\"prompt\":" + digits + "}}}");
    Violation v = onlyLimit(report);
    assertThat(report.violations()).hasSize(1);
    assertThat(v.message())
        .isEqualTo(
            "the number has 10000 characters, more than the limit of 1000 (maxNumberLength)");
    assertThat(v.pointer()).isEqualTo("/provider/max_price/prompt");
    assertThat(v.toString()).hasSizeLessThan(300);
  }

  @Test
  void moreTokensThanTheLimitIsOneViolation() {
    // {"a":1} is four tokens: {, "a", 1 and }.
    assertThat(
            PresetValidator.builder().maxTokenCount(4).build().validate("{\"a\":1}").violations())
        .noneMatch(v -> v.ruleId().equals("input-limit"));
    ValidationReport report =
        PresetValidator.builder().maxTokenCount(3).build().validate("{\"a\":1}");
    Violation v = onlyLimit(report);
    assertThat(report.violations()).hasSize(1);
    assertThat(v.message())
        .isEqualTo(
            "the body has more than the limit of 3 tokens (each value, property name and bracket"
                + " counts one) (maxTokenCount)");
  }

  @Test
  void aMillionElementArrayIsStoppedByTheDefaultTokenLimit() {
    String body = BASE + ",\"stop\":[" + "1,".repeat(1_100_000) + "1]}";
    Violation v = onlyLimit(PresetValidator.standard().validate(body));
    assertThat(v.message()).contains("limit of 1000000 tokens");
    assertThat(v.pointer()).startsWith("/stop/");
  }

  @Test
  void treesAreHeldToTheStringNumberAndTokenLimits() {
    PresetValidator strict =
        PresetValidator.builder().maxStringLength(10).maxNumberLength(5).maxTokenCount(20).build();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("stop").add("short").add("x".repeat(11));
    assertThat(only(strict.validate(body)).message())
        .isEqualTo("the string is longer than the limit of 10 characters (maxStringLength)");
    assertThat(only(strict.validate(body)).pointer()).isEqualTo("/stop/1");

    ObjectNode number = JsonNodeFactory.instance.objectNode();
    number.put("max_tokens", new java.math.BigInteger("1234567"));
    assertThat(only(strict.validate(number)).message())
        .isEqualTo("the number has 7 characters, more than the limit of 5 (maxNumberLength)");

    ObjectNode many = JsonNodeFactory.instance.objectNode();
    ArrayNode stop = many.putArray("stop");
    for (int i = 0; i < 30; i++) {
      stop.add(i);
    }
    Violation tokens = only(strict.validate(many));
    assertThat(tokens.message()).startsWith("the body has more than the limit of 20 tokens");
    // {, "stop", [ and the closing brackets make 5: the 16th element is the 21st token.
    assertThat(tokens.pointer()).isEqualTo("/stop/15");
  }

  @Test
  void schemaEvaluationStepsAreBounded() {
    PresetValidator stingy = PresetValidator.builder().maxEvaluationSteps(50).build();
    StringBuilder messages = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      messages.append(",{\"role\":\"user\",\"content\":\"hi\"}");
    }
    ValidationReport report =
        stingy.validate(BASE.substring(0, BASE.length() - 1) + messages + "]}");
    Violation v = onlyLimit(report);
    assertThat(v.message())
        .isEqualTo(
            "checking the body against the schema takes more than the limit of 50 evaluation"
                + " steps (maxEvaluationSteps)");
    assertThat(v.pointer()).startsWith("/messages/");
    assertThat(report.violations()).noneMatch(x -> x.ruleId().startsWith("spec/"));
  }

  @Test
  void schemaEvaluationDepthIsBounded() {
    PresetValidator stingy = PresetValidator.builder().maxEvaluationDepth(3).build();
    Violation v = onlyLimit(stingy.validate(BASE + "}"));
    assertThat(v.message())
        .isEqualTo(
            "checking the body against the schema nests deeper than the limit of 3 evaluations"
                + " (maxEvaluationDepth)");
  }

  @Test
  void realBodiesStayFarBelowTheEvaluationLimits() {
    PresetValidator tight =
        PresetValidator.builder().maxEvaluationSteps(1000).maxEvaluationDepth(20).build();
    assertThat(tight.validate(BASE + ",\"temperature\":0.7}").atLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void everyLimitRejectsNonsense() {
    PresetValidator.Builder builder = PresetValidator.builder();
    assertThatThrownBy(() -> builder.maxStringLength(0))
        .hasMessage("maxStringLength must be at least 1, got 0");
    assertThatThrownBy(() -> builder.maxNumberLength(-1))
        .hasMessage("maxNumberLength must be at least 1, got -1");
    assertThatThrownBy(() -> builder.maxTokenCount(0))
        .hasMessage("maxTokenCount must be at least 1, got 0");
    assertThatThrownBy(() -> builder.maxEvaluationSteps(0))
        .hasMessage("maxEvaluationSteps must be at least 1, got 0");
    assertThatThrownBy(() -> builder.maxEvaluationDepth(0))
        .hasMessage("maxEvaluationDepth must be at least 1, got 0");
    assertThatThrownBy(() -> builder.maxDocumentLength(0))
        .hasMessage("maxDocumentLength must be at least 1, got 0");
  }

  private static Violation only(ValidationReport report) {
    assertThat(report.violations()).as(report.toString()).hasSize(1);
    return report.violations().get(0);
  }
}
