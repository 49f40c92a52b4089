package dev.preflight.cli;

import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;

/**
 * What {@code rules}, {@code explain} and SARIF say about a rule id: a lint rule's metadata, or the
 * description of a check the validator always makes (spec and parse findings).
 *
 * @param lintRule whether this is a configurable lint rule (as opposed to an always-on check)
 */
record RuleDoc(
    String id,
    Severity defaultSeverity,
    String summary,
    String description,
    String source,
    String validExample,
    String invalidExample,
    String helpUri,
    boolean lintRule) {

  /**
   * Where rule documentation lives: {@code docs/rules/<id>.md} in the repository. Documented in
   * {@code docs/cli.md}.
   */
  static final String RULE_DOCS_BASE = "https://github.com/preflight-dev/preflight/blob/main/docs/";

  static RuleDoc of(RuleMetadata metadata) {
    return new RuleDoc(
        metadata.id(),
        metadata.defaultSeverity(),
        metadata.summary(),
        metadata.description(),
        metadata.source(),
        metadata.validExample(),
        metadata.invalidExample(),
        RULE_DOCS_BASE + "rules/" + metadata.id() + ".md",
        true);
  }
}
