package dev.preflight.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken examples in {@code src/examples/broken/} named after a built-in rule ({@code
 * <rule-id>.json} or {@code <rule-id>--<detail>.json}) each draw that rule, and no error from any
 * other; every built-in rule that reports errors or warnings has such an example.
 */
class ExampleFilesTest {
  private static final PresetValidator VALIDATOR = PresetValidator.standard();

  static Set<String> builtInIds() {
    return BuiltInRules.all().stream()
        .map(rule -> rule.metadata().id())
        .collect(Collectors.toSet());
  }

  static Path examples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("src/examples/broken"))) {
        return dir.resolve("src/examples");
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no src/examples/broken above " + Path.of("").toAbsolutePath());
  }

  /** The rule a broken example is named after: its file name up to {@code --} or {@code .json}. */
  static String ruleOf(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    int detail = name.indexOf("--");
    return detail < 0 ? name : name.substring(0, detail);
  }

  static Stream<Path> brokenExamplesOfBuiltInRules() throws IOException {
    Set<String> ids = builtInIds();
    try (Stream<Path> files = Files.list(examples().resolve("broken"))) {
      List<Path> list =
          files
              .filter(f -> f.toString().endsWith(".json"))
              .filter(f -> ids.contains(ruleOf(f)))
              .sorted()
              .toList();
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenExamplesOfBuiltInRules")
  void brokenExampleDrawsItsRuleAndNoOtherError(Path file) {
    String rule = ruleOf(file);
    ValidationReport report = VALIDATOR.validate(file);
    assertThat(report.violations())
        .as(report.toString())
        .anySatisfy(v -> assertThat(v.ruleId()).isEqualTo(rule));
    assertThat(report.atLeast(Severity.WARNING))
        .as(report.toString())
        .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(rule));
  }

  @Test
  void everyRuleThatWarnsOrFailsHasABrokenExample() throws IOException {
    Set<String> covered =
        brokenExamplesOfBuiltInRules().map(ExampleFilesTest::ruleOf).collect(Collectors.toSet());
    List<String> missing =
        BuiltInRules.all().stream()
            .map(Rule::metadata)
            .filter(m -> m.defaultSeverity().isAtLeast(Severity.WARNING))
            .map(RuleMetadata::id)
            .filter(id -> !covered.contains(id))
            .toList();
    assertThat(missing).as("rules without src/examples/broken/<rule-id>.json").isEmpty();
  }
}
