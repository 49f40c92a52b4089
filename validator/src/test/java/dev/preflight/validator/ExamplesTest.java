package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example presets in {@code src/examples} are clean, and each broken one in {@code
 * src/examples/broken} named after a parse or spec violation ({@code json-syntax--x.json}, {@code
 * duplicate-key.json}, {@code spec.type--x.json} for {@code spec/type}) reports it.
 */
class ExamplesTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  static Stream<Path> validExamples() throws IOException {
    try (Stream<Path> files = Files.list(RepositoryFiles.examples())) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(list).hasSizeGreaterThanOrEqualTo(4);
      return list.stream();
    }
  }

  static Stream<Path> brokenExamples() throws IOException {
    try (Stream<Path> files = Files.list(RepositoryFiles.examples().resolve("broken"))) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(f -> isParseOrSpec(expectedRule(f)))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The rule a broken example is named after: the name up to {@code --}, dots for slashes. */
  static String expectedRule(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    int detail = name.indexOf("--");
    return (detail < 0 ? name : name.substring(0, detail)).replace('.', '/');
  }

  private static boolean isParseOrSpec(String rule) {
    return rule.startsWith("spec/")
        || rule.equals("json-syntax")
        || rule.equals("duplicate-key")
        || rule.equals("input-limit");
  }

  @ParameterizedTest
  @MethodSource("validExamples")
  void validExampleHasNoErrorAndNoWarning(Path file) {
    ValidationReport report = VALIDATOR.validate(file);
    assertThat(report.atLeast(Severity.WARNING)).as(report.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("brokenExamples")
  void brokenExampleReportsWhatItsNamePromises(Path file) {
    ValidationReport report = VALIDATOR.validate(file);
    String rule = expectedRule(file);
    assertThat(report.isValid()).as(report.toString()).isFalse();
    assertThat(report.violations())
        .as(report.toString())
        .anySatisfy(v -> assertThat(v.ruleId()).isEqualTo(rule))
        .allSatisfy(v -> assertThat(v.line()).isPresent());
  }
}
