package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every violation of a text input points at the right line and column. */
class PositionsTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  private static Violation find(ValidationReport report, String pointer) {
    return report.violations().stream()
        .filter(v -> v.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no violation at " + pointer + " in " + report));
  }

  @Test
  void valuesAreLocatedAtTheirFirstCharacter() {
    String body =
        "{\n"
            + "  \"model\": \"openai/gpt-5.4\",\n"
            + "  \"messages\": [\n"
            + "    {\"role\": \"system\", \"content\": \"You are helpful.\"},\n"
            + "    {\n"
            + "      \"role\": \"user\",\n"
            + "      \"content\": 42\n"
            + "    },\n"
            + "    {\"role\": \"assistent\", \"content\": \"hi\"}\n"
            + "  ],\n"
            + "  \"temperature\": \"hot\",\n"
            + "  \"stop\": 7,\n"
            + "  \"provider\": {\n"
            + "    \"sort\": \"cheapest\"\n"
            + "  }\n"
            + "}\n";
    ValidationReport report = VALIDATOR.validate(body);
    Violation content = find(report, "/messages/1/content");
    assertThat(content.line()).hasValue(7);
    assertThat(content.column()).hasValue(18);
    Violation role = find(report, "/messages/2/role");
    assertThat(role.line()).hasValue(9);
    assertThat(role.column()).hasValue(14);
    Violation temperature = find(report, "/temperature");
    assertThat(temperature.line()).hasValue(11);
    assertThat(temperature.column()).hasValue(18);
    Violation stop = find(report, "/stop");
    assertThat(stop.line()).hasValue(12);
    assertThat(stop.column()).hasValue(11);
    Violation sort = find(report, "/provider/sort");
    assertThat(sort.line()).hasValue(14);
    assertThat(sort.column()).hasValue(13);
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.line()).isPresent());
  }

  @Test
  void violationsAreSortedByPosition() {
    ValidationReport report =
        VALIDATOR.validate(
            "{\n\"stop\": 1,\n\"messages\": [{\"role\": \"user\", \"content\": 2}],\n\"top_p\": \"x\"\n}");
    assertThat(report.violations())
        .extracting(Violation::pointer)
        .containsSubsequence("/stop", "/messages/0/content", "/top_p");
  }

  @Test
  void missingPropertyIsLocatedAtItsObject() {
    ValidationReport report = VALIDATOR.validate("\n\n  {\"model\": \"x\"}");
    Violation messages = find(report, "/messages");
    assertThat(messages.ruleId()).isEqualTo("spec/required");
    assertThat(messages.line()).hasValue(3);
    assertThat(messages.column()).hasValue(3);
  }

  @Test
  void missingSelectorIsLocatedAtItsObject() {
    ValidationReport report = VALIDATOR.validate("{\"messages\": [\n  {\"content\": \"hi\"}\n]}");
    Violation role = find(report, "/messages/0/role");
    assertThat(role.ruleId()).isEqualTo("spec/required");
    assertThat(role.message()).contains("'role'").contains("\"user\"");
    assertThat(role.line()).hasValue(2);
    assertThat(role.column()).hasValue(3);
  }

  @Test
  void keysWithSlashAndTildeAreEscapedInPointersAndLocated() {
    ValidationReport report =
        VALIDATOR.validate("{\"messages\": [],\n \"metadata\": {\"a/b~c\": 5}}");
    Violation value = find(report, "/metadata/a~1b~0c");
    assertThat(value.ruleId()).isEqualTo("spec/type");
    assertThat(value.line()).hasValue(2);
    assertThat(value.column()).hasValue(24);
  }

  @Test
  void treeInputHasPointersButNoPositions() {
    ValidationReport report =
        VALIDATOR.validate(
            JsonMapper.builder().build().readTree("{\"messages\":[],\"top_p\":\"x\"}"));
    Violation topP = find(report, "/top_p");
    assertThat(topP.line()).isEmpty();
    assertThat(topP.column()).isEmpty();
  }
}
