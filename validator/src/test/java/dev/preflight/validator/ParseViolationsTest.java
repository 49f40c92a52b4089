package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input that is not a readable JSON object becomes one violation, never an exception. */
class ParseViolationsTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  /** The one violation of the report that is not a lint rule's (parse, limit or schema). */
  private static Violation only(ValidationReport report) {
    List<Violation> found =
        report.violations().stream().filter(ParseViolationsTest::isParseOrSpec).toList();
    assertThat(found).as(report.toString()).hasSize(1);
    return found.get(0);
  }

  private static boolean isParseOrSpec(Violation v) {
    return v.ruleId().startsWith("spec/")
        || List.of("json-syntax", "duplicate-key", "input-limit").contains(v.ruleId());
  }

  @Test
  void truncatedJson() {
    Violation v = only(VALIDATOR.validate("{\n  \"model\": \"x\",\n  \"messages\": [\n"));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.message()).contains("end-of-input");
    assertThat(v.line()).hasValue(4);
  }

  @Test
  void malformedValueHasLineAndColumn() {
    Violation v = only(VALIDATOR.validate("{\n  \"messages\": [],\n  \"temperature\": 0.5.1\n}"));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.line()).hasValue(3);
    assertThat(v.column().getAsInt()).isBetween(18, 21);
  }

  @Test
  void duplicateKeyAtTheSecondOccurrence() {
    ValidationReport report =
        VALIDATOR.validate(
            "{\"messages\":[],\n \"provider\": {\"sort\": \"price\",\n  \"sort\": \"latency\"}}");
    Violation v = only(report);
    assertThat(v.ruleId()).isEqualTo("duplicate-key");
    assertThat(v.pointer()).isEqualTo("/provider/sort");
    assertThat(v.line()).hasValue(3);
    assertThat(v.column()).hasValue(3);
    assertThat(v.message()).contains("'sort'");
  }

  @Test
  void duplicateKeyAtTheTopLevel() {
    Violation v = only(VALIDATOR.validate("{\"a\":1,\"a\":2,\"messages\":[]}"));
    assertThat(v.ruleId()).isEqualTo("duplicate-key");
    assertThat(v.pointer()).isEqualTo("/a");
    assertThat(v.column()).hasValue(8);
  }

  @Test
  void duplicateKeyInsideAnArrayElement() {
    Violation v =
        only(
            VALIDATOR.validate(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},"
                    + "{\"role\":\"user\",\"content\":\"b\",\"content\":\"c\"}]}"));
    assertThat(v.pointer()).isEqualTo("/messages/1/content");
  }

  @Test
  void topLevelArray() {
    Violation v = only(VALIDATOR.validate("[]"));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.message()).isEqualTo("expected a JSON object at the top level, got an array");
    assertThat(v.line()).hasValue(1);
    assertThat(v.column()).hasValue(1);
  }

  @Test
  void topLevelScalar() {
    assertThat(only(VALIDATOR.validate("  42")).message())
        .isEqualTo("expected a JSON object at the top level, got number 42");
  }

  @Test
  void emptyInput() {
    Violation v = only(VALIDATOR.validate(""));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.message()).contains("empty input");
    assertThat(only(VALIDATOR.validate(new byte[0])).ruleId()).isEqualTo("json-syntax");
    assertThat(only(VALIDATOR.validate(" \n\t ")).ruleId()).isEqualTo("json-syntax");
  }

  @Test
  void trailingContent() {
    Violation v = only(VALIDATOR.validate("{\"messages\":[]}\n{\"messages\":[]}"));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.message()).contains("after the JSON object");
    assertThat(v.line()).hasValue(2);
    assertThat(v.column()).hasValue(1);
  }

  @Test
  void invalidUtf8() {
    byte[] bytes = "{\"messages\":[],\n \"user\":\"xx\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    Violation v = only(VALIDATOR.validate(bytes));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.message()).contains("invalid UTF-8").contains("0xC3");
    assertThat(v.line()).hasValue(2);
    assertThat(v.column()).hasValue(10);
  }

  @Test
  void byteOrderMarkIsAccepted() {
    String json = "{\"model\":\"openai/gpt-5.4\",\"messages\":[]}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(VALIDATOR.validate(withBom).violations()).isEmpty();
    assertThat(VALIDATOR.validate("\uFEFF" + json).violations()).isEmpty();
  }

  @Test
  void deepNestingIsAnInputLimitNotAStackOverflow() {
    String deep =
        "{\"messages\":[],\"metadata\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    Violation v = only(VALIDATOR.validate(deep));
    assertThat(v.ruleId()).isEqualTo("input-limit");
    assertThat(v.message())
        .isEqualTo("objects and arrays are nested deeper than the limit of 500 (maxNestingDepth)");
    assertThat(v.pointer()).isEqualTo("/metadata" + "/0".repeat(499));
    assertThat(v.line()).hasValue(1);
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    String nested =
        "{\"messages\":[],\"metadata\":{\"a\":" + "[".repeat(400) + "]".repeat(400) + "}}";
    ValidationReport report = VALIDATOR.validate(nested);
    assertThat(report.violations()).noneMatch(v -> v.ruleId().equals("input-limit"));
  }

  @Test
  void nonObjectTreeIsReportedNotThrown() {
    Violation v = only(VALIDATOR.validate((tools.jackson.databind.JsonNode) null));
    assertThat(v.ruleId()).isEqualTo("json-syntax");
    assertThat(v.line()).isEmpty();
  }

  @Test
  void bodyOverTheSizeLimit() {
    PresetValidator small = PresetValidator.builder().maxDocumentLength(64).build();
    Violation v = only(small.validate("{\"messages\":[],\"user\":\"" + "x".repeat(100) + "\"}"));
    assertThat(v.ruleId()).isEqualTo("input-limit");
    assertThat(v.message()).contains("limit of 64");
  }
}
