package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Strings that break naive code: lone surrogates, NUL, megabyte keys and values, look-alike names.
 * Each gives the exact finding, and no message or report line echoes more than a bounded part.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a safety net only
class HostileStringsTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final String HEAD =
      "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Hi\"}]";
  private static final String MEGABYTE = "k".repeat(1_000_000);

  private static Violation only(ValidationReport report, String ruleId) {
    List<Violation> found =
        report.violations().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    assertThat(found).as(report.toString()).hasSize(1);
    return found.get(0);
  }

  private static void assertBounded(ValidationReport report) {
    for (Violation v : report.violations()) {
      assertThat(v.message().length()).isLessThanOrEqualTo(Violation.MAX_TEXT_LENGTH + 60);
      assertThat(v.suggestion().orElse("").length())
          .isLessThanOrEqualTo(Violation.MAX_TEXT_LENGTH + 60);
      assertThat(v.toString()).hasSizeLessThan(3 * Violation.MAX_TEXT_LENGTH);
    }
    assertThat(report.toString())
        .hasSizeLessThan(4 * Violation.MAX_TEXT_LENGTH * (report.violations().size() + 1));
  }

  @Test
  void anEscapedLoneSurrogateIsValidJsonAndQuotedEscaped() {
    assertThat(VALIDATOR.validate(HEAD + ",\"stop\":\"\\ud800\"}").atLeast(Severity.WARNING))
        .isEmpty();
    Violation v =
        only(VALIDATOR.validate(HEAD + ",\"reasoning\":{\"effort\":\"\\ud800x\"}}"), "spec/enum");
    assertThat(v.pointer()).isEqualTo("/reasoning/effort");
    assertThat(v.message()).endsWith(", got string \"\\ud800x\"");
  }

  @Test
  void anEncodedLoneSurrogateIsInvalidUtf8() {
    byte[] prefix = (HEAD + ",\"stop\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 5];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    // U+D800 encoded as if it were a character (CESU-8), which UTF-8 forbids.
    body[prefix.length] = (byte) 0xED;
    body[prefix.length + 1] = (byte) 0xA0;
    body[prefix.length + 2] = (byte) 0x80;
    body[prefix.length + 3] = '"';
    body[prefix.length + 4] = '}';
    Violation v = only(VALIDATOR.validate(body), "json-syntax");
    assertThat(v.message())
        .isEqualTo(
            "invalid UTF-8: byte 0xED at offset "
                + prefix.length
                + " is not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void aNulCharacterIsValidAndQuotedEscaped() {
    assertThat(VALIDATOR.validate(HEAD + ",\"stop\":\"a\\u0000b\"}").atLeast(Severity.WARNING))
        .isEmpty();
    Violation v =
        only(VALIDATOR.validate(HEAD + ",\"reasoning\":{\"effort\":\"lo\\u0000w\"}}"), "spec/enum");
    assertThat(v.message()).endsWith(", got string \"lo\\u0000w\"");
  }

  @Test
  void aRawNulCharacterIsASyntaxError() {
    Violation v = only(VALIDATOR.validate(HEAD + ",\"stop\":\"a\u0000b\"}"), "json-syntax");
    assertThat(v.message()).contains("Illegal unquoted character");
  }

  @Test
  void aFullwidthLookAlikeOfTemperatureIsUnknownWithTheRealName() {
    Violation v = only(VALIDATOR.validate(HEAD + ",\"ｔｅｍｐｅｒａｔｕｒｅ\":0.7}"), "unknown-field");
    assertThat(v.pointer()).isEqualTo("/ｔｅｍｐｅｒａｔｕｒｅ");
    assertThat(v.suggestion()).hasValue("temperature");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aMegabyteUnknownKeyIsReportedShortened() {
    ValidationReport report = VALIDATOR.validate(HEAD + ",\"" + MEGABYTE + "\":1}");
    Violation v = only(report, "unknown-field");
    assertThat(v.pointer()).isEqualTo("/" + MEGABYTE);
    assertThat(v.message())
        .startsWith("unknown property 'kkk")
        .contains(" characters cut) ")
        .endsWith("': neither the spec nor OpenRouter's guides document it here");
    assertBounded(report);
  }

  @Test
  void aMegabyteDuplicateKeyIsReportedShortened() {
    ValidationReport report =
        VALIDATOR.validate(
            HEAD + ",\"metadata\":{\"" + MEGABYTE + "\":\"a\",\"" + MEGABYTE + "\":\"b\"}}");
    Violation v = only(report, "duplicate-key");
    assertThat(v.pointer()).isEqualTo("/metadata/" + MEGABYTE);
    assertThat(v.message())
        .isEqualTo(
            "duplicate key '"
                + "k".repeat(80)
                + "... (1000000 characters)': the object already has it, and this later value"
                + " would silently replace the earlier one");
    assertBounded(report);
  }

  @Test
  void aMegabyteKeyWhereTheSchemaAllowsNoOtherIsReportedShortened() {
    // OpenRouter's published spec closes provider with additionalProperties: false.
    PresetValidator upstream =
        PresetValidator.builder().spec(RepositoryFiles.upstreamSpec()).build();
    ValidationReport report = upstream.validate(HEAD + ",\"provider\":{\"" + MEGABYTE + "\":1}}");
    Violation v = only(report, "spec/additionalProperties");
    assertThat(v.pointer()).isEqualTo("/provider/" + MEGABYTE);
    assertThat(v.message())
        .startsWith(
            "unknown property '" + "k".repeat(80) + "... (1000000 characters)': expected one of ");
    assertBounded(report);
  }

  @Test
  void aMegabyteStringValueIsQuotedShortened() {
    String value = "x".repeat(1_000_000);
    ValidationReport report =
        VALIDATOR.validate(HEAD + ",\"reasoning\":{\"effort\":\"" + value + "\"}}");
    Violation v = only(report, "spec/enum");
    assertThat(v.message())
        .endsWith(", got string \"" + "x".repeat(80) + "\"... (1000000 characters)");
    assertBounded(report);
  }

  @Test
  void aLongEnumMismatchIsQuotedShortened() {
    String value = "high".repeat(50_000);
    ValidationReport report =
        VALIDATOR.validate(HEAD + ",\"reasoning\":{\"effort\":\"" + value + "\"}}");
    Violation v = only(report, "spec/enum");
    assertThat(v.message()).startsWith("expected one of \"");
    assertThat(v.suggestion()).isEmpty();
    assertBounded(report);
  }

  @Test
  void aMegabyteStringInARuleMessageIsCutInTheMiddle() {
    // tool_choice naming an undeclared function: the rule quotes the name it was given.
    String name = "f".repeat(1_000_000);
    ValidationReport report =
        VALIDATOR.validate(
            HEAD
                + ",\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\""
                + name
                + "\"}}}");
    assertThat(report.violations()).isNotEmpty();
    assertBounded(report);
  }
}
