package dev.preflight.rules;

import tools.jackson.databind.JsonNode;

/**
 * What a {@link Rule} sees of one validation: the body, and where to report. Not thread-safe: a
 * context serves one rule on one body.
 */
public interface RuleContext {
  /** The parsed request body; a JSON object, never null. Rules must not modify it. */
  JsonNode body();

  /**
   * What the spec declares about the body's objects; {@link SchemaView#NONE} when the rule runs
   * without a spec.
   */
  default SchemaView schema() {
    return SchemaView.NONE;
  }

  /** The severity configured for the running rule (its default unless overridden). */
  Severity severity();

  /** Reports a violation at the configured severity. */
  default void report(String pointer, String message) {
    report(severity(), pointer, message, null);
  }

  /** Reports a violation at the configured severity, with a suggestion (may be null). */
  default void report(String pointer, String message, String suggestion) {
    report(severity(), pointer, message, suggestion);
  }

  /**
   * Reports a violation at an explicit severity, for rules whose findings differ in seriousness (a
   * value that is an error below one bound and a warning below another).
   */
  void report(Severity severity, String pointer, String message, String suggestion);
}
