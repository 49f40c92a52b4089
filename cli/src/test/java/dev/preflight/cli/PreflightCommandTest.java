package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top-level command: version, help on every command, usage errors. */
class PreflightCommandTest {
  @TempDir Path dir;

  @Test
  void versionComesFromTheBuild() {
    Result result = CliRun.in(dir).run("--version");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("preflight " + VersionProvider.version() + "\n");
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lint", "rules", "explain", "preview", "publish"})
  void everyCommandHasHelp(String command) {
    Result result =
        command.isEmpty() ? CliRun.in(dir).run("--help") : CliRun.in(dir).run(command, "--help");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .startsWith("Usage: preflight" + (command.isEmpty() ? "" : " " + command))
        .contains("--debug");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void missingCommandIsAUsageError() {
    Result result = CliRun.in(dir).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "preflight: missing command: lint, rules, explain, preview or publish"
                + " (see 'preflight --help')\n");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Result result = CliRun.in(dir).run("lnt");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("preflight: Unmatched argument at index 0: 'lnt'");
  }
}
