package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Numbers at and beyond what a double holds: each gives exactly the findings listed, quoting the
 * number as written, never rounded and never an exception.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a safety net only
class HostileNumbersTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  private static List<String> findings(String field, String number) {
    ValidationReport report =
        VALIDATOR.validate(
            "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Hi\"}],"
                + "\""
                + field
                + "\":"
                + number
                + "}");
    return report.violations().stream().map(HostileNumbersTest::describe).toList();
  }

  private static String describe(Violation v) {
    return v.severity().label() + " " + v.ruleId() + " " + v.pointer() + " " + v.message();
  }

  @Test
  void maxTokens1e400IsBeyondDoubleRangeAndQuotedAsWritten() {
    assertThat(findings("max_tokens", "1e400"))
        .containsExactly(
            "error number-range /max_tokens number 1e400 is beyond the range of a 64-bit"
                + " floating-point number (about 1.8e308); JSON parsers that use one, as"
                + " JavaScript's does, read it as Infinity, which is not a JSON value");
  }

  @Test
  void maxTokensOfTwentyNinesIsKeptExactAndWarnedAbout() {
    assertThat(findings("max_tokens", "99999999999999999999"))
        .containsExactly(
            "warning number-range /max_tokens integer 99999999999999999999 is beyond 2^53 - 1"
                + " (9007199254740991), the largest that a 64-bit floating-point number holds"
                + " exactly; JSON parsers that use one, as JavaScript's does, read it as"
                + " 100000000000000000000");
  }

  @Test
  void maxTokensOneAndAHalfIsNotAnInteger() {
    assertThat(findings("max_tokens", "1.5"))
        .containsExactlyInAnyOrder(
            "error spec/type /max_tokens expected integer or null, got number 1.5",
            "warning max-tokens-minimum /max_tokens max_tokens is 1.5; some providers enforce a"
                + " minimum of 16 and reject the request");
  }

  @Test
  void maxTokensOnePointZeroIsAnIntegerAsJsonSchemaSays() {
    // JSON Schema: a number with a zero fractional part is an integer.
    assertThat(findings("max_tokens", "16.0")).isEmpty();
  }

  @Test
  void maxTokensMinusZeroIsZero() {
    assertThat(findings("max_tokens", "-0"))
        .containsExactly(
            "error max-tokens-minimum /max_tokens max_tokens is 0; it must be at least 1");
  }

  @Test
  void nanIsNotJson() {
    assertThat(findings("max_tokens", "NaN"))
        .hasSize(1)
        .allMatch(f -> f.startsWith("error json-syntax"));
    assertThat(findings("max_tokens", "NaN").get(0)).contains("Non-standard token 'NaN'");
  }

  @Test
  void infinityIsNotJson() {
    assertThat(findings("max_tokens", "Infinity"))
        .hasSize(1)
        .allMatch(f -> f.startsWith("error json-syntax") && f.contains("'Infinity'"));
    assertThat(findings("max_tokens", "-Infinity"))
        .hasSize(1)
        .allMatch(f -> f.startsWith("error json-syntax") && f.contains("'-Infinity'"));
  }

  @Test
  void anExponentBeyondAnyRangeIsAViolationNotANumberFormatException() {
    assertThat(findings("max_tokens", "1e99999999999"))
        .containsExactly(
            "error number-range /max_tokens number 1e99999999999 cannot be represented: its"
                + " exponent is out of any usable range");
  }

  @Test
  void aTinyNumberIsKeptAndWarnedAbout() {
    assertThat(findings("temperature", "1e-400"))
        .containsExactly(
            "warning number-range /temperature number 1e-400 is closer to zero than a 64-bit"
                + " floating-point number can be; JSON parsers that use one, as JavaScript's"
                + " does, read it as 0");
  }

  @Test
  void digitsADoubleDropsAreNotSilentlyRounded() {
    // Read as a double this would be 2.0, within range; as written it is above 2.
    assertThat(findings("temperature", "2.00000000000000000001"))
        .containsExactlyInAnyOrder(
            "warning number-range /temperature number 2.00000000000000000001 has more digits"
                + " than a 64-bit floating-point number holds; JSON parsers that use one, as"
                + " JavaScript's does, read it as 2.0",
            "error parameter-range /temperature temperature is 2.00000000000000000001; it must"
                + " be from 0 to 2");
  }

  @Test
  void ordinaryDecimalsGiveNoFinding() {
    assertThat(findings("temperature", "0.7")).isEmpty();
    assertThat(findings("temperature", "1e-1")).isEmpty();
  }

  @Test
  void aTenThousandDigitMaxPriceStringIsCheckedQuotedShort() {
    String digits = "9".repeat(10_000);
    ValidationReport report =
        VALIDATOR.validate(
            "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Hi\"}],"
                + "\"provider\":{\"max_price\":{\"prompt\":\""
                + digits
                + "\"}}}");
    assertThat(report.atLeast(Severity.WARNING)).isEmpty();
    assertThat(report.toString()).hasSizeLessThan(2_000);
  }

  @Test
  void aTenThousandDigitMaxPriceNumberIsAnInputLimit() {
    assertThat(findings("provider", "{\"max_price\":{\"prompt\":" + "9".repeat(10_000) + "}}"))
        .containsExactly(
            "error input-limit /provider/max_price/prompt the number has 10000 characters, more"
                + " than the limit of 1000 (maxNumberLength)");
  }
}
