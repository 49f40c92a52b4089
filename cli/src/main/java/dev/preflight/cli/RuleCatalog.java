package dev.preflight.cli;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleSet;
import dev.preflight.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule id a run can report, with its documentation: the enabled lint rules of the validator
 * and the checks it always makes.
 */
final class RuleCatalog {
  private final RuleSet rules;
  private final Map<String, RuleDoc> lintRules = new LinkedHashMap<>();

  RuleCatalog(RuleSet rules) {
    this.rules = rules;
    for (Rule rule : rules.rules()) {
      lintRules.put(rule.metadata().id(), RuleDoc.of(rule.metadata()));
    }
  }

  /** The enabled lint rules, in the order they run. */
  List<RuleDoc> lintRules() {
    return List.copyOf(lintRules.values());
  }

  /** The severity a lint rule runs at here: its default unless configured otherwise. */
  Severity effectiveSeverity(RuleDoc doc) {
    return rules.severityOf(doc.id()).orElse(doc.defaultSeverity());
  }

  /** The documentation of a lint rule or documented check. */
  Optional<RuleDoc> find(String id) {
    RuleDoc rule = lintRules.get(id);
    return rule != null ? Optional.of(rule) : ValidatorChecks.find(id);
  }

  /** Every id {@link #find} knows, for did-you-mean. */
  List<String> ids() {
    List<String> ids = new ArrayList<>(lintRules.keySet());
    for (RuleDoc check : ValidatorChecks.all()) {
      ids.add(check.id());
    }
    return ids;
  }

  /**
   * The documentation of an id met in a report, never empty: reports can carry the id of a schema
   * keyword this version does not document, or of a rule that was turned off since.
   */
  RuleDoc describe(String id) {
    return find(id)
        .or(() -> ValidatorChecks.describe(id))
        .orElseGet(
            () ->
                new RuleDoc(
                    id,
                    Severity.ERROR,
                    id,
                    "",
                    "",
                    "",
                    "",
                    RuleDoc.RULE_DOCS_BASE + "rules/" + id + ".md",
                    true));
  }
}
