package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preflight explain RULE}: documentation and examples, did-you-mean on a typo. */
class ExplainCommandTest {
  @TempDir Path dir;

  private CliRun run() {
    return CliRun.in(dir).validator(b -> b.addRule(new TestRule()));
  }

  @Test
  void explainsALintRuleWithItsExamples() {
    Result result = run().run("explain", "test-no-temperature");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(
            "test-no-temperature (default severity warning)\n"
                + "\n"
                + "Leave temperature to the model's default.\n"
                + "\n"
                + "Tests need a rule whose every field is known.\n"
                + "\n"
                + "Source: The CLI's tests.\n"
                + "\n"
                + "Valid:\n"
                + "  {\"messages\": []}\n"
                + "\n"
                + "Invalid:\n"
                + "  {\n"
                + "    \"messages\": [],\n"
                + "    \"temperature\": 1.5\n"
                + "  }\n"
                + "\n"
                + "Documentation:"
                + " https://github.com/preflight-dev/preflight/blob/main/docs/rules/test-no-temperature.md\n");
  }

  @Test
  void showsTheConfiguredSeverity() {
    Result result =
        run().run("explain", "--rule", "test-no-temperature=info", "test-no-temperature");

    assertThat(result.out())
        .startsWith("test-no-temperature (default severity warning, configured info)\n");
  }

  @Test
  void explainsASpecCheck() {
    Result result = run().run("explain", "spec/type");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .startsWith(
            "spec/type (default severity error)\n\nEach value has the JSON type the spec"
                + " declares.\n")
        .contains(
            "This check always runs; it cannot be turned off or changed in severity.\n",
            "Invalid:\n  {\"messages\": [], \"temperature\": \"hot\"}\n")
        .endsWith(
            "Documentation:"
                + " https://github.com/preflight-dev/preflight/blob/main/docs/cli.md#checks-the-validator-always-makes\n");
  }

  @Test
  void misspelledIdSuggestsTheClosestAndExitsTwo() {
    Result lintRule = run().run("explain", "test-no-temprature");
    Result check = run().run("explain", "spec/typ");
    Result nothingClose = run().run("explain", "completely-different");

    assertThat(lintRule.exitCode()).isEqualTo(2);
    assertThat(lintRule.out()).isEmpty();
    assertThat(lintRule.err())
        .isEqualTo(
            "preflight explain: unknown rule 'test-no-temprature'; did you mean"
                + " 'test-no-temperature'?\n");
    assertThat(check.err())
        .isEqualTo("preflight explain: unknown rule 'spec/typ'; did you mean 'spec/type'?\n");
    assertThat(nothingClose.exitCode()).isEqualTo(2);
    assertThat(nothingClose.err())
        .isEqualTo(
            "preflight explain: unknown rule 'completely-different'; 'preflight rules' lists"
                + " them\n");
  }
}
