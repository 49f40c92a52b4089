package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A user's own JSON Schema (a structured-output schema, a tool's parameters) is data to Preflight:
 * it is never compiled or evaluated, so a catastrophic regex, a remote {@code $ref} or an invalid
 * pattern costs nothing and reports nothing; it is only checked to be an object.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS) // a safety net: compiling and running would hang
class UserSchemaIsDataTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();
  private static final String HEAD =
      "{\"model\":\"openai/gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"Hi\"}]";

  /** A schema that would take exponential time to evaluate against its own example. */
  private static final String CATASTROPHIC =
      "{\"type\":\"object\",\"properties\":{\"s\":{\"type\":\"string\","
          + "\"pattern\":\"^(a+)+$\",\"default\":\""
          + "a".repeat(40)
          + "!\",\"examples\":[\""
          + "a".repeat(40)
          + "!\"]}},\"required\":[\"s\"],\"additionalProperties\":false}";

  private static ValidationReport withResponseSchema(String schema) {
    return VALIDATOR.validate(
        HEAD
            + ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"out\","
            + "\"strict\":true,\"schema\":"
            + schema
            + "}}}");
  }

  private static ValidationReport withToolParameters(String schema) {
    return VALIDATOR.validate(
        HEAD
            + ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\","
            + "\"description\":\"Looks up\",\"parameters\":"
            + schema
            + "}}]}");
  }

  @Test
  void aCatastrophicPatternInAResponseSchemaIsNeverRun() {
    assertThat(withResponseSchema(CATASTROPHIC).atLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void aCatastrophicPatternInToolParametersIsNeverRun() {
    assertThat(withToolParameters(CATASTROPHIC).atLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void anInvalidPatternIsNotCompiled() {
    String schema = "{\"type\":\"object\",\"properties\":{\"s\":{\"pattern\":\"([a-\"}}}";
    assertThat(withResponseSchema(schema).atLeast(Severity.WARNING)).isEmpty();
    assertThat(withToolParameters(schema).atLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void aRemoteRefIsNotFetched() {
    // Resolving these would reach the network or the file system, or fail; neither happens.
    String schema =
        "{\"$schema\":\"https://example.invalid/meta\",\"$id\":\"https://example.invalid/s\","
            + "\"$ref\":\"https://example.invalid/other.json\",\"properties\":{\"f\":{\"$ref\":"
            + "\"file:///etc/passwd\"}}}";
    assertThat(withResponseSchema(schema).atLeast(Severity.WARNING)).isEmpty();
    assertThat(withToolParameters(schema).atLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void aSelfReferencingSchemaIsNotFollowed() {
    String schema =
        "{\"$defs\":{\"loop\":{\"$ref\":\"#/$defs/loop\"}},\"$ref\":\"#/$defs/loop\","
            + "\"type\":\"object\"}";
    assertThat(withResponseSchema(schema).atLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void aResponseSchemaThatIsNotAnObjectIsATypeError() {
    Violation v = withResponseSchema("\"^(a+)+$\"").errors().get(0);
    assertThat(withResponseSchema("\"^(a+)+$\"").errors()).hasSize(1);
    assertThat(v.ruleId()).isEqualTo("spec/type");
    assertThat(v.pointer()).isEqualTo("/response_format/json_schema/schema");
    assertThat(v.message()).isEqualTo("expected object, got string \"^(a+)+$\"");
  }
}
