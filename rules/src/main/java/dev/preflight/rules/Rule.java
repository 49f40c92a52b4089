package dev.preflight.rules;

/**
 * A lint rule: one check of a request body beyond what the OpenAPI schema expresses.
 *
 * <p>Implementations must be stateless and thread-safe: one instance checks many bodies,
 * concurrently. A rule runs on every body, including one with schema errors, so it must skip values
 * of an unexpected type instead of failing; a rule that throws anyway is reported as an {@code
 * internal-error} violation and the other rules still run.
 *
 * <p>Custom rules are added with the validator's builder, or found through {@link
 * java.util.ServiceLoader} when a jar lists them in {@code
 * META-INF/services/dev.preflight.rules.Rule}.
 */
public interface Rule {
  /** The rule's id, default severity, summary and documentation. */
  RuleMetadata metadata();

  /** Checks {@link RuleContext#body()} and reports what is wrong through the context. */
  void check(RuleContext context);
}
