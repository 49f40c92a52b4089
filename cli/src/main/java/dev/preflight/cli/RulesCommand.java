package dev.preflight.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code preflight rules}: the lint rules with id, severity and summary, then the checks the
 * validator always makes.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the lint rules with id, default severity and summary, and the checks that always"
          + " run.",
      "A severity set by the configuration or --rule is shown after the default; rules turned"
          + " off are not listed."
    })
final class RulesCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private ValidatorOptions validatorOptions = new ValidatorOptions();

  RulesCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    RuleCatalog catalog = new RuleCatalog(validatorOptions.build(environment).rules());
    PrintWriter out = spec.commandLine().getOut();
    List<RuleDoc> lintRules = catalog.lintRules();
    out.println("Lint rules (" + lintRules.size() + "):");
    if (lintRules.isEmpty()) {
      out.println("  (none enabled)");
    }
    printTable(out, lintRules, catalog);
    out.println();
    out.println("Checks that always run:");
    printTable(out, ValidatorChecks.all(), catalog);
    out.println();
    out.println("'preflight explain ID' shows a rule's documentation and examples.");
    out.flush();
    return ExitCodes.OK;
  }

  private static void printTable(PrintWriter out, List<RuleDoc> rules, RuleCatalog catalog) {
    int idWidth = 0;
    int severityWidth = 0;
    for (RuleDoc rule : rules) {
      idWidth = Math.max(idWidth, rule.id().length());
      severityWidth = Math.max(severityWidth, severity(rule, catalog).length());
    }
    for (RuleDoc rule : rules) {
      out.println(
          "  "
              + pad(rule.id(), idWidth)
              + "  "
              + pad(severity(rule, catalog), severityWidth)
              + "  "
              + rule.summary());
    }
  }

  /** {@code error}, or {@code error -> warning} when configured away from the default. */
  private static String severity(RuleDoc rule, RuleCatalog catalog) {
    String label = rule.defaultSeverity().label();
    if (!rule.lintRule()) {
      return label;
    }
    String effective = catalog.effectiveSeverity(rule).label();
    return effective.equals(label) ? label : label + " -> " + effective;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
