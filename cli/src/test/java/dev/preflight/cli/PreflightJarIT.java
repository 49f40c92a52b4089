package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code preflight.jar} as users do, in its own JVM: proves that every dependency,
 * the bundled spec and the service files made it into the jar, and that exit codes reach the shell.
 */
class PreflightJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("preflight.jar", "target/preflight.jar"));

  @TempDir Path dir;

  @Test
  void lintsADirectoryWithTheBundledSpec() throws Exception {
    write(dir, "presets/valid.json", VALID);
    write(dir, "presets/warn.json", WARNING_ONLY);
    write(dir, "presets/broken.json", BROKEN);

    Process result = run("lint", "presets");

    assertThat(result.exitValue()).isEqualTo(1);
    assertThat(stdout(result))
        .startsWith("presets/broken.json:3:18  error  spec/type  ")
        .contains("presets/warn.json:3:22  warning  spec/unknown-variant  ")
        .endsWith("2 problems (1 error, 1 warning, 0 infos) in 3 files\n");
    assertThat(stderr(result)).isEmpty();
  }

  @Test
  void validFileExitsZeroAndSarifGoesToAFile() throws Exception {
    write(dir, "valid.json", VALID);

    Process result = run("lint", "--format", "sarif", "--output", "out.sarif", "valid.json");

    assertThat(result.exitValue()).isEqualTo(0);
    assertThat(
            ReportSchemas.errors(ReportSchemas.SARIF, Files.readString(dir.resolve("out.sarif"))))
        .isEmpty();
  }

  @Test
  void missingPathExitsTwoWithOneLineOnStandardError() throws Exception {
    Process result = run("lint", "nothing-here.json");

    assertThat(result.exitValue()).isEqualTo(2);
    assertThat(stdout(result)).isEmpty();
    assertThat(stderr(result))
        .isEqualTo("preflight lint: nothing-here.json: no such file or directory\n");
  }

  @Test
  void previewsAFile() throws Exception {
    write(dir, "valid.json", VALID);

    Process result = run("preview", "valid.json");

    assertThat(result.exitValue()).isEqualTo(0);
    assertThat(stdout(result))
        .isEqualTo(
            "config:\n"
                + "  {\n"
                + "    \"model\": \"openai/gpt-4o\"\n"
                + "  }\n"
                + "system prompt:\n"
                + "  hi\n"
                + "ignored fields:\n"
                + "  /messages\n");
    assertThat(stderr(result)).isEmpty();
  }

  @Test
  void dryRunOfPublishNeedsNoKeyAndSendsNothing() throws Exception {
    write(dir, "valid.json", VALID);

    // an unroutable base URL: a request would fail, the dry run sends none
    Process result =
        run(
            "publish",
            "--slug",
            "support-bot",
            "--dry-run",
            "--base-url",
            "https://127.0.0.1:9/v1",
            "valid.json");

    assertThat(result.exitValue()).isEqualTo(0);
    assertThat(stdout(result))
        .contains("POST https://127.0.0.1:9/v1/presets/support-bot/chat/completions\n")
        .contains("Authorization: Bearer ***\n");
    assertThat(stderr(result)).isEmpty();
  }

  @Test
  void printsItsVersion() throws Exception {
    Process result = run("--version");

    assertThat(result.exitValue()).isEqualTo(0);
    assertThat(stdout(result)).matches("preflight \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  private Process run(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar; run through 'mvn verify'").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve(".stdout").toFile())
            .redirectError(dir.resolve(".stderr").toFile());
    // no test here may find a real key
    builder.environment().remove("OPENROUTER_API_KEY");
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("preflight did not finish within two minutes");
    }
    return process;
  }

  private String stdout(Process process) throws IOException {
    return Files.readString(dir.resolve(".stdout"), StandardCharsets.UTF_8);
  }

  private String stderr(Process process) throws IOException {
    return Files.readString(dir.resolve(".stderr"), StandardCharsets.UTF_8);
  }
}
