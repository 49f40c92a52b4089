package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.BROKEN_MESSAGE;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code --format sarif}: valid SARIF 2.1.0 with what GitHub code scanning reads. */
class SarifReportTest {
  @TempDir Path dir;

  private Result lint(String... paths) {
    String[] args = new String[paths.length + 3];
    args[0] = "lint";
    args[1] = "--format";
    args[2] = "sarif";
    System.arraycopy(paths, 0, args, 3, paths.length);
    return CliRun.in(dir).validator(TestRule::alone).run(args);
  }

  @Test
  void brokenFileGivesAResultWithLocationLogicalLocationAndFingerprint() {
    write(dir, "presets/broken.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "--format", "sarif", "presets/broken.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(ReportSchemas.errors(ReportSchemas.SARIF, result.out())).isEmpty();
    JsonNode run = ReportSchemas.parse(result.out()).get("runs").get(0);
    JsonNode sarifResult = run.get("results").get(0);
    assertThat(run.get("results")).hasSize(1);
    assertThat(sarifResult.get("ruleId").asString()).isEqualTo("spec/type");
    assertThat(sarifResult.get("level").asString()).isEqualTo("error");
    assertThat(sarifResult.get("message").get("text").asString())
        .isEqualTo(BROKEN_MESSAGE + " at /temperature");
    JsonNode location = sarifResult.get("locations").get(0);
    assertThat(location.get("physicalLocation"))
        .isEqualTo(
            ReportSchemas.parse(
                "{\"artifactLocation\": {\"uri\": \"presets/broken.json\", \"uriBaseId\":"
                    + " \"%SRCROOT%\"}, \"region\": {\"startLine\": 3, \"startColumn\": 18}}"));
    assertThat(location.get("logicalLocations"))
        .isEqualTo(
            ReportSchemas.parse(
                "[{\"fullyQualifiedName\": \"/temperature\", \"kind\": \"value\"}]"));
    String fingerprint =
        sarifResult.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asString();
    assertThat(fingerprint).matches("[0-9a-f]{32}");
    int ruleIndex = sarifResult.get("ruleIndex").asInt();
    assertThat(run.get("tool").get("driver").get("rules").get(ruleIndex).get("id").asString())
        .isEqualTo("spec/type");
  }

  @Test
  void rulesListTheLintRulesAndTheChecksThatFired() {
    write(dir, "broken.json", BROKEN);
    write(dir, "warn.json", WARNING_ONLY);

    Result result = lint("broken.json", "warn.json");

    assertThat(ReportSchemas.errors(ReportSchemas.SARIF, result.out())).isEmpty();
    JsonNode driver =
        ReportSchemas.parse(result.out()).get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("preflight");
    assertThat(driver.get("version").asString()).isEqualTo(VersionProvider.version());
    assertThat(driver.get("rules").findValuesAsString("id"))
        .containsExactly("test-no-temperature", "spec/type", "spec/unknown-variant");
    JsonNode lintRule = driver.get("rules").get(0);
    assertThat(lintRule.get("shortDescription").get("text").asString())
        .isEqualTo("Leave temperature to the model's default.");
    assertThat(lintRule.get("helpUri").asString())
        .isEqualTo(
            "https://github.com/preflight-dev/preflight/blob/main/docs/rules/test-no-temperature.md");
    assertThat(lintRule.get("defaultConfiguration").get("level").asString()).isEqualTo("warning");
    assertThat(driver.get("rules").get(1).get("helpUri").asString())
        .isEqualTo(
            "https://github.com/preflight-dev/preflight/blob/main/docs/cli.md#checks-the-validator-always-makes");
    JsonNode results = ReportSchemas.parse(result.out()).get("runs").get(0).get("results");
    assertThat(results.findValuesAsString("ruleId"))
        .containsExactly("spec/type", "test-no-temperature", "spec/unknown-variant");
    assertThat(results.findValuesAsString("level")).containsExactly("error", "warning", "warning");
    assertThat(results.findValues("ruleIndex").stream().map(JsonNode::asInt))
        .containsExactly(1, 0, 2);
    assertThat(results.get(2).get("locations").get(0).get("physicalLocation").get("region"))
        .isEqualTo(ReportSchemas.parse("{\"startLine\": 3, \"startColumn\": 22}"));
  }

  @Test
  void fingerprintSurvivesLinesAddedAboveAndDiffersByPointer() {
    write(dir, "a.json", BROKEN);
    String before = fingerprintOf(lint("a.json"));
    write(dir, "a.json", "\n\n" + BROKEN);
    String after = fingerprintOf(lint("a.json"));
    write(dir, "a.json", "{\"messages\": [], \"top_p\": \"hot\"}");
    String other = fingerprintOf(lint("a.json"));

    assertThat(after).isEqualTo(before);
    assertThat(other).isNotEqualTo(before);
  }

  private static String fingerprintOf(Result result) {
    return ReportSchemas.parse(result.out())
        .get("runs")
        .get(0)
        .get("results")
        .get(0)
        .get("partialFingerprints")
        .get(SarifReport.FINGERPRINT_KEY)
        .asString();
  }

  @Test
  void validFileGivesAnEmptyValidLog() {
    write(dir, "valid.json", VALID);

    Result result = lint("valid.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(ReportSchemas.errors(ReportSchemas.SARIF, result.out())).isEmpty();
    JsonNode log = ReportSchemas.parse(result.out());
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asString())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("runs").get(0).get("results").isEmpty()).isTrue();
  }

  @Test
  void pathsWithSpacesArePercentEncodedAndStdinHasNoPhysicalLocation() {
    write(dir, "my presets/a b.json", BROKEN);

    Result file = lint("my presets");
    Result stdin = CliRun.in(dir).stdin(BROKEN).run("lint", "--format", "sarif", "-");

    assertThat(ReportSchemas.errors(ReportSchemas.SARIF, file.out())).isEmpty();
    assertThat(ReportSchemas.parse(file.out()).findValue("artifactLocation").get("uri").asString())
        .isEqualTo("my%20presets/a%20b.json");
    assertThat(ReportSchemas.errors(ReportSchemas.SARIF, stdin.out())).isEmpty();
    JsonNode location =
        ReportSchemas.parse(stdin.out())
            .get("runs")
            .get(0)
            .get("results")
            .get(0)
            .get("locations")
            .get(0);
    assertThat(location.has("physicalLocation")).isFalse();
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo("/temperature");
  }

  @Test
  void vendoredSchemaRejectsWhatGithubWouldReject() {
    String badLevel =
        "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
            + " \"results\": [{\"level\": \"fatal\", \"message\": {\"text\": \"m\"}}]}]}";

    assertThat(ReportSchemas.errors(ReportSchemas.SARIF, badLevel)).isNotEmpty();
  }
}
