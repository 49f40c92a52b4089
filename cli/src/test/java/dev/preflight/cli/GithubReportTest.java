package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.BROKEN_MESSAGE;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_MESSAGE;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}: workflow commands that become pull-request annotations. */
class GithubReportTest {
  @TempDir Path dir;

  @Test
  void oneCommandPerFindingWithFileLineColumnAndTitle() {
    write(dir, "a-valid.json", VALID);
    write(dir, "b-warn.json", WARNING_ONLY);
    write(dir, "c-broken.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "--format", "github", ".");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "::warning file=b-warn.json,line=3,col=22,title=spec/unknown-variant::"
                + WARNING_MESSAGE
                + " at /tools/0/type\n"
                + "::error file=c-broken.json,line=3,col=18,title=spec/type::"
                + BROKEN_MESSAGE
                + " at /temperature\n");
  }

  @Test
  void validFilePrintsNothing() {
    write(dir, "valid.json", VALID);

    Result result = CliRun.in(dir).run("lint", "--format", "github", "valid.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void infoBecomesNotice() {
    write(dir, "warm.json", "{\"messages\": [], \"temperature\": 1}");

    Result result =
        CliRun.in(dir)
            .validator(b -> b.addRule(new TestRule()).rule(TestRule.ID, Severity.INFO))
            .run("lint", "--format", "github", "warm.json");

    assertThat(result.out())
        .isEqualTo(
            "::notice file=warm.json,line=1,col=33,title=test-no-temperature::temperature is set"
                + " at /temperature (suggestion: remove it)\n");
  }

  @Test
  void propertiesAndDataAreEscapedAsTheRunnerExpects() {
    LintInput input = new LintInput(dir.resolve("a,b:c%.json"), "a,b:c%.json");
    Violation violation =
        Violation.builder("spec/type")
            .pointer("")
            .message("50%\r\nnext line")
            .position(2, 5)
            .build();

    assertThat(GithubReport.command(input, violation))
        .isEqualTo(
            "::error file=a%2Cb%3Ac%25.json,line=2,col=5,title=spec/type::50%25%0D%0Anext line");
  }

  @Test
  void stdinHasNoFileProperty() {
    Result result = CliRun.in(dir).stdin(BROKEN).run("lint", "--format", "github", "-");

    assertThat(result.out())
        .isEqualTo("::error title=spec/type::" + BROKEN_MESSAGE + " at /temperature\n");
  }
}
