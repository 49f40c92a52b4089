package dev.preflight.cli;

import dev.preflight.rules.DidYouMean;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code preflight explain RULE}: a rule's documentation with its examples. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Shows a rule's documentation: what it checks, why, and its examples.")
final class ExplainCommand implements Callable<Integer> {
  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private ValidatorOptions validatorOptions = new ValidatorOptions();

  @Parameters(
      paramLabel = "RULE",
      description = "A rule id, such as spec/type; 'preflight rules' lists them.")
  private String ruleId;

  ExplainCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    RuleCatalog catalog = new RuleCatalog(validatorOptions.build(environment).rules());
    String id = ruleId.trim();
    RuleDoc rule =
        catalog
            .find(id)
            .orElseThrow(
                () ->
                    new CliException(
                        "unknown rule '"
                            + id
                            + "'"
                            + DidYouMean.closest(id, catalog.ids())
                                .map(s -> "; did you mean '" + s + "'?")
                                .orElse("; 'preflight rules' lists them")));
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + " (" + severity(rule, catalog) + ")");
    out.println();
    out.println(rule.summary());
    if (!rule.description().isEmpty()) {
      out.println();
      out.println(rule.description());
    }
    if (!rule.lintRule()) {
      out.println();
      out.println("This check always runs; it cannot be turned off or changed in severity.");
    }
    if (!rule.source().isEmpty()) {
      out.println();
      out.println("Source: " + rule.source());
    }
    example(out, "Valid", rule.validExample());
    example(out, "Invalid", rule.invalidExample());
    out.println();
    out.println("Documentation: " + rule.helpUri());
    out.flush();
    return ExitCodes.OK;
  }

  private static String severity(RuleDoc rule, RuleCatalog catalog) {
    String label = "default severity " + rule.defaultSeverity().label();
    if (!rule.lintRule()) {
      return label;
    }
    String effective = catalog.effectiveSeverity(rule).label();
    return effective.equals(rule.defaultSeverity().label())
        ? label
        : label + ", configured " + effective;
  }

  private static void example(PrintWriter out, String heading, String json) {
    if (json.isEmpty()) {
      return;
    }
    out.println();
    out.println(heading + ":");
    for (String line : json.strip().split("\\R")) {
      out.println("  " + line);
    }
  }
}
