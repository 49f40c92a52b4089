package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.BROKEN_MESSAGE;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_MESSAGE;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code --format json}: the documented structure, checked against its schema. */
class JsonReportTest {
  @TempDir Path dir;

  @Test
  void validWarningOnlyAndBrokenFilesInOneReport() {
    write(dir, "a-valid.json", VALID);
    write(dir, "b-warn.json", WARNING_ONLY);
    write(dir, "c-broken.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "--format", "json", ".");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(ReportSchemas.errors(ReportSchemas.LINT_REPORT, result.out())).isEmpty();
    JsonNode report = ReportSchemas.parse(result.out());
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.get("tool").get("name").asString()).isEqualTo("preflight");
    assertThat(report.get("tool").get("version").asString()).isEqualTo(VersionProvider.version());
    assertThat(report.get("failOn").asString()).isEqualTo("error");
    JsonNode files = report.get("files");
    assertThat(files.findValuesAsString("path"))
        .containsExactly("a-valid.json", "b-warn.json", "c-broken.json");
    assertThat(files.get(0).get("violations").isEmpty()).isTrue();
    assertThat(files.get(1).get("violations"))
        .singleElement()
        .isEqualTo(
            ReportSchemas.parse(
                "{\"rule\": \"spec/unknown-variant\", \"severity\": \"warning\", \"pointer\":"
                    + " \"/tools/0/type\", \"line\": 3, \"column\": 22, \"message\": "
                    + ReportSchemas.quote(WARNING_MESSAGE)
                    + ", \"suggestion\": null}"));
    assertThat(files.get(2).get("violations"))
        .singleElement()
        .isEqualTo(
            ReportSchemas.parse(
                "{\"rule\": \"spec/type\", \"severity\": \"error\", \"pointer\": \"/temperature\","
                    + " \"line\": 3, \"column\": 18, \"message\": "
                    + ReportSchemas.quote(BROKEN_MESSAGE)
                    + ", \"suggestion\": null}"));
    assertThat(report.get("summary"))
        .isEqualTo(
            ReportSchemas.parse(
                "{\"files\": 3, \"problems\": 2, \"errors\": 1, \"warnings\": 1, \"infos\": 0,"
                    + " \"failed\": true}"));
  }

  @Test
  void validFileGivesTheExactDocumentedLayout() {
    write(dir, "valid.json", VALID);

    Result result =
        CliRun.in(dir).run("lint", "--format", "json", "--fail-on", "warning", "valid.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": 1,\n"
                + "  \"tool\": {\n"
                + "    \"name\": \"preflight\",\n"
                + "    \"version\": \""
                + VersionProvider.version()
                + "\"\n"
                + "  },\n"
                + "  \"failOn\": \"warning\",\n"
                + "  \"files\": [\n"
                + "    {\n"
                + "      \"path\": \"valid.json\",\n"
                + "      \"violations\": [ ]\n"
                + "    }\n"
                + "  ],\n"
                + "  \"summary\": {\n"
                + "    \"files\": 1,\n"
                + "    \"problems\": 0,\n"
                + "    \"errors\": 0,\n"
                + "    \"warnings\": 0,\n"
                + "    \"infos\": 0,\n"
                + "    \"failed\": false\n"
                + "  }\n"
                + "}\n");
    assertThat(ReportSchemas.errors(ReportSchemas.LINT_REPORT, result.out())).isEmpty();
  }

  @Test
  void suggestionAndStdinAreReported() {
    Result result =
        CliRun.in(dir)
            .stdin(
                "{\"messages\": [{\"role\": \"assistent\", \"content\": \"hi\"}], \"model\": \"x\"}")
            .run("lint", "--format", "json", "-");

    assertThat(ReportSchemas.errors(ReportSchemas.LINT_REPORT, result.out())).isEmpty();
    JsonNode file = ReportSchemas.parse(result.out()).get("files").get(0);
    assertThat(file.get("path").asString()).isEqualTo("<stdin>");
    JsonNode violation = null;
    for (JsonNode candidate : file.get("violations")) {
      if (candidate.get("rule").asString().equals("spec/unknown-variant")) {
        violation = candidate;
      }
    }
    assertThat(violation).as(result.out()).isNotNull();
    assertThat(violation.get("suggestion").asString()).isEqualTo("assistant");
    assertThat(violation.get("line").asInt()).isEqualTo(1);
    assertThat(violation.get("column").asInt()).isEqualTo(24);
  }

  @Test
  void schemaRejectsAReportThatBreaksTheContract() {
    String missingSummary =
        "{\"formatVersion\": 1, \"tool\": {\"name\": \"preflight\", \"version\": \"1\"},"
            + " \"failOn\": \"fatal\", \"files\": []}";

    assertThat(ReportSchemas.errors(ReportSchemas.LINT_REPORT, missingSummary)).hasSize(2);
  }
}
