package dev.preflight.junit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.validator.PresetValidator;
import org.junit.jupiter.api.Test;

/** The generator reaches every property and every union branch of the bundled request schema. */
class SchemaCoverageTest {
  @Test
  void generatedBodiesReachEveryReachableSchemaLocation() {
    PresetValidator validator = PresetValidator.standard();
    PresetGenerator generator = PresetGenerator.from(validator);
    SchemaCoverage coverage = new SchemaCoverage(validator.requestSchema());
    for (long seed = 0; seed < 3000; seed++) {
      coverage.add(generator.valid(seed, 1 + (int) (seed % 100)).tree());
    }
    int reachable = coverage.reachable().size();
    assertThat(reachable).as("properties and branches reachable from the root").isGreaterThan(300);
    assertThat(coverage.missed())
        .as(
            "schema locations no generated body reached (%d of %d reached)",
            reachable - coverage.missed().size(), reachable)
        .isEmpty();
  }

  @Test
  void coverageIsComputedFromTheBodies() {
    PresetValidator validator = PresetValidator.standard();
    SchemaCoverage coverage = new SchemaCoverage(validator.requestSchema());
    coverage.add(
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(
                "{\"model\": \"openai/gpt-5.4\", \"messages\": [{\"role\": \"system\", \"content\": \"Hi\"}]}"));
    assertThat(coverage.missed())
        .doesNotContain(
            "/$defs/ChatRequest/properties/model",
            "/$defs/ChatRequest/properties/messages",
            "/$defs/ChatMessages/x-preflight-union/branches/2",
            "/$defs/ChatSystemMessageContent/x-preflight-union/branches/0")
        .contains(
            "/$defs/ChatRequest/properties/temperature",
            "/$defs/ChatMessages/x-preflight-union/branches/0",
            "/$defs/ChatSystemMessageContent/x-preflight-union/branches/1");
  }
}
