package dev.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.Rule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preflight rules}: the lint rules, then the checks that always run. */
class RulesCommandTest {
  private static final String CHECKS =
      "Checks that always run:\n"
          + "  json-syntax                error  The body is a JSON object in UTF-8.\n"
          + "  duplicate-key              error  No object has the same key twice.\n"
          + "  input-limit                error  The body is within the size and nesting limits.\n"
          + "  internal-error             error  A lint rule failed while checking the body.\n"
          + "  spec/type                  error  Each value has the JSON type the spec declares.\n"
          + "  spec/enum                  error  Each value is one of those the spec allows.\n"
          + "  spec/required              error  Every property the spec requires is present.\n"
          + "  spec/additionalProperties  error  An object closed by the spec has no other"
          + " properties.\n"
          + "  spec/unknown-variant       error  The value that selects a kind of object (a"
          + " message's role, a tool's type) is a known one.\n"
          + "\n"
          + "'preflight explain ID' shows a rule's documentation and examples.\n";

  @TempDir Path dir;

  @Test
  void listsTheRulesWithIdSeverityAndSummary() {
    Result result = CliRun.in(dir).validator(TestRule::alone).run("rules");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(
            "Lint rules (1):\n"
                + "  test-no-temperature  warning  Leave temperature to the model's default.\n"
                + "\n"
                + CHECKS);
  }

  @Test
  void showsAConfiguredSeverityAfterTheDefaultAndHidesRulesTurnedOff() {
    CliRun run = CliRun.in(dir).validator(TestRule::alone);

    Result configured = run.run("rules", "--rule", "test-no-temperature=error");
    Result off = run.run("rules", "--rule", "test-no-temperature=off");

    assertThat(configured.out())
        .startsWith(
            "Lint rules (1):\n"
                + "  test-no-temperature  warning -> error  Leave temperature to the model's"
                + " default.\n");
    assertThat(off.out()).startsWith("Lint rules (0):\n  (none enabled)\n\n");
  }

  @Test
  void listsEveryBuiltInRule() {
    Result result = CliRun.in(dir).run("rules");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).startsWith("Lint rules (" + BuiltInRules.all().size() + "):\n");
    for (Rule rule : BuiltInRules.all()) {
      assertThat(result.out())
          .containsPattern(
              "(?m)^  "
                  + java.util.regex.Pattern.quote(rule.metadata().id())
                  + " +"
                  + rule.metadata().defaultSeverity().label()
                  + " +"
                  + java.util.regex.Pattern.quote(rule.metadata().summary())
                  + "$");
    }
  }
}
