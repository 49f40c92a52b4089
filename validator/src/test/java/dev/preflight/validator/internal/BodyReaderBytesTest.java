package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.validator.PresetValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bytes are read straight into the tree when they are strict UTF-8 and read cleanly; everything
 * else goes through the text path. Either way the result must be what decoding the bytes and
 * reading the text gives.
 */
class BodyReaderBytesTest {
  private static final BodyReader READER =
      new BodyReader(
          new InputLimits(
              PresetValidator.DEFAULT_MAX_DOCUMENT_LENGTH,
              PresetValidator.DEFAULT_MAX_NESTING_DEPTH,
              PresetValidator.DEFAULT_MAX_STRING_LENGTH,
              PresetValidator.DEFAULT_MAX_NUMBER_LENGTH,
              PresetValidator.DEFAULT_MAX_TOKEN_COUNT));

  private static final List<String> BODIES =
      List.of(
          "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"h\u00e9 \u4e16 \ud83d\ude00\"}]}",
          "\ufeff{\"model\": \"m\"}",
          "{\"model\": \"m\", \"model\": \"n\"}",
          "{\"model\": \"m\"} {}",
          "[1, 2]",
          "",
          "   ",
          "{\"temperature\": 1e999}",
          "{\"seed\": 123456789012345678901234567890}",
          "{\"model\": \"m\",\n  \"x\": tru}",
          "{\"a\": \"\u00e9\u00e9\u00e9\", \"b\": [1, 2,, 3]}",
          "{\"a\": 1.5, \"b\": -0, \"c\": 12345678901, \"d\": null, \"e\": false}");

  @Test
  void bytesReadAsTheirTextReads() {
    for (String body : BODIES) {
      ParsedBody fromBytes = READER.read(body.getBytes(StandardCharsets.UTF_8));
      ParsedBody fromText = READER.read(body);
      assertThat(fromBytes.root()).as(body).isEqualTo(fromText.root());
      assertThat(fromBytes.violations()).as(body).isEqualTo(fromText.violations());
      assertThat(fromBytes.text()).as(body).isEqualTo(fromText.text());
    }
  }

  @Test
  void utf16IsNotMistakenForABody() {
    // Jackson would detect UTF-16 from the zero bytes and read it; the strict reader reports it.
    for (java.nio.charset.Charset charset :
        List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bytes = "{\"model\": \"m\"}".getBytes(charset);
      ParsedBody parsed = READER.read(bytes);
      assertThat(parsed.root()).as(charset.name()).isNull();
      assertThat(parsed.violations()).as(charset.name()).isNotEmpty();
      assertThat(parsed.violations().get(0).ruleId()).isEqualTo(BodyReader.JSON_SYNTAX);
    }
  }
}
