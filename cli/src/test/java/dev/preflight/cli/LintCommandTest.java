package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.BROKEN_MESSAGE;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_MESSAGE;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preflight lint} end to end in the text format: inputs, thresholds, exit codes, errors. */
class LintCommandTest {
  private static final String BROKEN_LINE =
      "broken.json:3:18  error  spec/type  " + BROKEN_MESSAGE + " at /temperature";
  private static final String WARNING_LINE =
      "warn.json:3:22  warning  spec/unknown-variant  " + WARNING_MESSAGE + " at /tools/0/type";

  @TempDir Path dir;

  @Test
  void validFileExitsZeroWithSummaryOnly() {
    write(dir, "valid.json", VALID);

    Result result = CliRun.in(dir).run("lint", "valid.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("0 problems (0 errors, 0 warnings, 0 infos) in 1 file\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void warningOnlyFileIsShownButExitsZeroAtTheDefaultThreshold() {
    write(dir, "warn.json", WARNING_ONLY);

    Result result = CliRun.in(dir).run("lint", "warn.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(WARNING_LINE + "\n\n1 problem (0 errors, 1 warning, 0 infos) in 1 file\n");
  }

  @Test
  void warningOnlyFileFailsWhenTheThresholdIsWarning() {
    write(dir, "warn.json", WARNING_ONLY);

    Result result = CliRun.in(dir).run("lint", "--fail-on", "warning", "warn.json");

    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void brokenFileExitsOneWithPathLineColumnSeverityRuleAndMessage() {
    write(dir, "broken.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "broken.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(BROKEN_LINE + "\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 file\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void quietShowsOnlyFindingsAtOrAboveTheThreshold() {
    write(dir, "broken.json", BROKEN);
    write(dir, "warn.json", WARNING_ONLY);

    Result result = CliRun.in(dir).run("lint", "--quiet", "broken.json", "warn.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(BROKEN_LINE + "\n\n1 problem (1 error, 0 warnings, 0 infos) in 2 files\n");
  }

  @Test
  void suggestionFollowsTheMessage() {
    write(
        dir,
        "typo.json",
        "{\n  \"messages\": [\n    {\"role\": \"assistent\", \"content\": \"hi\"}\n  ],\n"
            + "  \"model\": \"x\"\n}");

    Result result = CliRun.in(dir).run("lint", "typo.json");

    assertThat(result.out())
        .contains(
            "typo.json:3:14  error  spec/unknown-variant  unknown role \"assistent\": expected one of"
                + " \"assistant\", \"developer\", \"system\", \"tool\", \"user\" at"
                + " /messages/0/role (suggestion: assistant)\n");
  }

  @Test
  void directoryIsLintedRecursivelyInSortedOrderSkippingHiddenDirectoriesAndOtherFiles() {
    write(dir, "presets/b.json", VALID);
    write(dir, "presets/a.json", BROKEN);
    write(dir, "presets/nested/c.json", BROKEN);
    write(dir, "presets/notes.txt", "not json");
    write(dir, "presets/.cache/d.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "presets");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "presets/a.json:3:18  error  spec/type  "
                + BROKEN_MESSAGE
                + " at /temperature\n\n"
                + "presets/nested/c.json:3:18  error  spec/type  "
                + BROKEN_MESSAGE
                + " at /temperature\n\n"
                + "2 problems (2 errors, 0 warnings, 0 infos) in 3 files\n");
  }

  @Test
  void globIsExpandedRelativeToTheWorkingDirectory() {
    write(dir, "presets/a.json", VALID);
    write(dir, "presets/deep/b.json", VALID);
    write(dir, "presets/c.txt", VALID);
    write(dir, "other/d.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "--format", "json", "presets/**.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(ReportSchemas.parse(result.out()).get("files").findValuesAsString("path"))
        .containsExactly("presets/a.json", "presets/deep/b.json");
  }

  @Test
  void doubleStarSlashAlsoMatchesTheTopDirectory() {
    write(dir, "a.json", VALID);
    write(dir, "sub/b.json", VALID);

    Result result = CliRun.in(dir).run("lint", "**/*.json");

    assertThat(result.out()).isEqualTo("0 problems (0 errors, 0 warnings, 0 infos) in 2 files\n");
  }

  @Test
  void aThousandFilesAreLintedWithOneValidator() {
    for (int i = 0; i < 1000; i++) {
      write(dir, String.format("many/%04d.json", i), i == 999 ? BROKEN : VALID);
    }
    AtomicInteger builds = new AtomicInteger();

    Result result =
        CliRun.in(dir)
            .validator(
                builder -> {
                  builds.incrementAndGet();
                  return builder;
                })
            .run("lint", "many");

    assertThat(builds).hasValue(1);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "many/0999.json:3:18  error  spec/type  "
                + BROKEN_MESSAGE
                + " at /temperature\n\n1 problem (1 error, 0 warnings, 0 infos) in 1000 files\n");
  }

  @Test
  void fileNamedTwiceIsLintedOnce() {
    write(dir, "broken.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "broken.json", "./broken.json", ".");

    assertThat(result.out()).endsWith("1 problem (1 error, 0 warnings, 0 infos) in 1 file\n");
  }

  @Test
  void dashReadsStandardInput() {
    Result result = CliRun.in(dir).stdin(BROKEN).run("lint", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "<stdin>:3:18  error  spec/type  "
                + BROKEN_MESSAGE
                + " at /temperature\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 file\n");
  }

  @Test
  void binaryFileIsReportedAndTheRunGoesOn() {
    write(dir, "a-binary.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    write(dir, "b-valid.json", VALID);

    Result result = CliRun.in(dir).run("lint", ".");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "a-binary.json:1:1  error  json-syntax  invalid UTF-8: byte 0xFF at offset 0 is not"
                + " valid UTF-8; save the file as UTF-8\n\n"
                + "1 problem (1 error, 0 warnings, 0 infos) in 2 files\n");
  }

  @Test
  void missingPathIsAUsageErrorWithOneLine() {
    write(dir, "valid.json", VALID);

    Result result = CliRun.in(dir).run("lint", "valid.json", "missing.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("preflight lint: missing.json: no such file or directory\n");
  }

  @Test
  void globMatchingNothingIsAnError() {
    Result result = CliRun.in(dir).run("lint", "presets/*.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("preflight lint: presets/*.json: the pattern matches no file\n");
  }

  @Test
  void directoryWithoutJsonFilesIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("empty"));

    Result result = CliRun.in(dir).run("lint", "empty");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("preflight lint: empty: the directory holds no *.json file\n");
  }

  @Test
  void badConfigIsAUsageErrorNamingTheFileAndKey() {
    write(dir, "valid.json", VALID);
    Path config = write(dir, "preflight.json", "{\"rules\": {\"spec/type\": \"loud\"}}");

    Result result = CliRun.in(dir).run("lint", "valid.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "preflight lint: "
                + config
                + ": rules.spec/type: unknown severity \"loud\", expected one of off, info,"
                + " warning, error\n");
  }

  @Test
  void nearestConfigFromTheWorkingDirectoryUpIsUsed() {
    write(dir, "preflight.json", "{\"rules\": {\"test-no-temperature\": \"off\"}}");
    Path project = dir.resolve("project");
    write(project, "broken.json", BROKEN);

    Result result =
        CliRun.in(project).validator(b -> b.addRule(new TestRule())).run("lint", "broken.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).doesNotContain("test-no-temperature");
    Result without =
        CliRun.in(project)
            .validator(b -> b.addRule(new TestRule()))
            .run("lint", "--config", "../none.json", "broken.json");
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).isEqualTo("preflight lint: --config ../none.json: no such file\n");
  }

  @Test
  void explicitConfigWithUnknownRuleSuggestsTheClosest() {
    write(dir, "valid.json", VALID);
    write(dir, "conf/rules.json", "{\"rules\": {\"test-no-temperatur\": \"off\"}}");

    Result result =
        CliRun.in(dir)
            .validator(b -> b.addRule(new TestRule()))
            .run("lint", "--config", "conf/rules.json", "valid.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "preflight lint: "
                + dir.resolve("conf/rules.json")
                + ": rules.test-no-temperatur: unknown rule id 'test-no-temperatur'; did you mean"
                + " 'test-no-temperature'?\n");
  }

  @Test
  void ruleOptionChangesSeverityAndTurnsRulesOff() {
    write(dir, "warm.json", "{\n  \"messages\": [],\n  \"temperature\": 1.5\n}\n");
    CliRun run = CliRun.in(dir).validator(b -> b.addRule(new TestRule()));

    Result byDefault = run.run("lint", "warm.json");
    Result asError = run.run("lint", "--rule", "test-no-temperature=error", "warm.json");
    Result off = run.run("lint", "--rule", "test-no-temperature=off", "warm.json");

    assertThat(byDefault.exitCode()).isEqualTo(0);
    assertThat(byDefault.out())
        .startsWith(
            "warm.json:3:18  warning  test-no-temperature  temperature is set at /temperature"
                + " (suggestion: remove it)\n");
    assertThat(asError.exitCode()).isEqualTo(1);
    assertThat(asError.out()).startsWith("warm.json:3:18  error  test-no-temperature  ");
    assertThat(off.exitCode()).isEqualTo(0);
    assertThat(off.out()).isEqualTo("0 problems (0 errors, 0 warnings, 0 infos) in 1 file\n");
  }

  @Test
  void unknownRuleInRuleOptionIsAUsageError() {
    write(dir, "valid.json", VALID);

    Result result =
        CliRun.in(dir)
            .validator(b -> b.addRule(new TestRule()))
            .run("lint", "--rule", "test-no-temprature=off", "valid.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "preflight lint: --rule test-no-temprature=off: unknown rule id 'test-no-temprature';"
                + " did you mean 'test-no-temperature'?\n");
  }

  @Test
  void malformedRuleOptionIsAUsageError() {
    write(dir, "valid.json", VALID);

    assertThat(CliRun.in(dir).run("lint", "--rule", "spec/type", "valid.json").err())
        .isEqualTo(
            "preflight lint: --rule spec/type: expected ID=SEVERITY, such as"
                + " unknown-field=warning\n");
    assertThat(CliRun.in(dir).run("lint", "--rule", "x=loud", "valid.json").err())
        .isEqualTo(
            "preflight lint: --rule x=loud: unknown severity 'loud', expected one of off, info,"
                + " warning, error\n");
  }

  @Test
  void badSpecIsAUsageError() {
    write(dir, "valid.json", VALID);
    write(dir, "spec.yaml", "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n");

    Result result = CliRun.in(dir).run("lint", "--spec", "spec.yaml", "valid.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("preflight lint: ").doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void debugAddsTheStackTrace() {
    write(dir, "valid.json", VALID);
    write(dir, "spec.yaml", "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n");

    Result result = CliRun.in(dir).run("lint", "--debug", "--spec", "spec.yaml", "valid.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("dev.preflight.validator.SpecException", "\tat ");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    Result unknownOption = CliRun.in(dir).run("lint", "--frmat", "json", "x.json");
    Result badFormat = CliRun.in(dir).run("lint", "--format", "xml", "x.json");
    Result badThreshold = CliRun.in(dir).run("lint", "--fail-on", "fatal", "x.json");
    Result noPath = CliRun.in(dir).run("lint");

    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.err())
        .isEqualTo("preflight lint: Unknown option: '--frmat' (see 'preflight lint --help')\n");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err())
        .isEqualTo(
            "preflight lint: Invalid value for option '--format': unknown format 'xml', expected"
                + " one of text, json, sarif, github, junit (see 'preflight lint --help')\n");
    assertThat(badThreshold.exitCode()).isEqualTo(2);
    assertThat(badThreshold.err().lines()).hasSize(1);
    assertThat(noPath.exitCode()).isEqualTo(2);
    assertThat(noPath.err())
        .isEqualTo(
            "preflight lint: Missing required parameter: 'PATH' (see 'preflight lint --help')\n");
  }

  @Test
  void outputWritesTheReportToAFile() throws IOException {
    write(dir, "broken.json", BROKEN);

    Result result =
        CliRun.in(dir).onTerminal().run("lint", "--output", "out/report.txt", "broken.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(dir.resolve("out/report.txt")))
        .isEqualTo(BROKEN_LINE + "\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 file\n");
  }

  @Test
  void unwritableOutputIsAUsageError() {
    write(dir, "broken.json", BROKEN);
    write(dir, "taken", "a file, not a directory");

    Result result = CliRun.in(dir).run("lint", "--output", "taken/report.txt", "broken.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("preflight lint: --output taken/report.txt: cannot write: ");
  }

  @Test
  void colorsOnlyOnATerminalOrWhenAsked() {
    write(dir, "broken.json", BROKEN);

    Result pipe = CliRun.in(dir).run("lint", "broken.json");
    Result terminal = CliRun.in(dir).onTerminal().run("lint", "broken.json");
    Result never = CliRun.in(dir).onTerminal().run("lint", "--color", "never", "broken.json");
    Result always = CliRun.in(dir).run("lint", "--color", "always", "broken.json");

    assertThat(pipe.out()).doesNotContain("\u001b[");
    assertThat(never.out()).doesNotContain("\u001b[");
    assertThat(terminal.out())
        .startsWith("broken.json:3:18  \u001b[31merror\u001b[0m  \u001b[2mspec/type\u001b[0m  ")
        .endsWith(
            "\u001b[1m\u001b[31m1 problem (1 error, 0 warnings, 0 infos) in 1 file\u001b[0m\n");
    assertThat(always.out()).isEqualTo(terminal.out());
  }
}
