package dev.preflight.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An immutable, thread-safe set of rules with their effective severities, run over request bodies.
 *
 * <p>Each rule is isolated: a rule that throws is reported as an {@code internal-error} violation
 * naming it, and the other rules still run.
 */
public final class RuleSet {
  /** The id of the violation reported when a rule throws. */
  public static final String INTERNAL_ERROR = "internal-error";

  private static final RuleSet EMPTY = new RuleSet(List.of(), List.of());

  private final List<Rule> rules;
  private final List<Severity> severities;

  private RuleSet(List<Rule> rules, List<Severity> severities) {
    this.rules = rules;
    this.severities = severities;
  }

  /** A set without rules. */
  public static RuleSet empty() {
    return EMPTY;
  }

  /** Starts an empty set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this set's rules and severities, to change. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    for (int i = 0; i < rules.size(); i++) {
      builder.add(rules.get(i));
      builder.severities.put(rules.get(i).metadata().id(), severities.get(i));
    }
    return builder;
  }

  /** The rules that run, in the order they run. */
  public List<Rule> rules() {
    return rules;
  }

  /** The severity at which the enabled rule {@code id} reports, if it is in this set. */
  public java.util.Optional<Severity> severityOf(String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).metadata().id().equals(id)) {
        return java.util.Optional.of(severities.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Runs every rule over {@code body} (a parsed request body; rules skip what is not an object).
   *
   * @return the violations, in rule order, without positions
   */
  public List<Violation> check(JsonNode body) {
    return check(body, SchemaView.NONE);
  }

  /**
   * Runs every rule over {@code body}, with what the spec says about it.
   *
   * @return the violations, in rule order, without positions
   */
  public List<Violation> check(JsonNode body, SchemaView schema) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(schema, "schema");
    List<Violation> out = new ArrayList<>(0);
    // One context for all rules, pointed at each in turn: a rule reports during its check only.
    Context context = new Context(body, schema, out);
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      context.severity = severities.get(i);
      context.ruleId = rule.metadata().id();
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError | LinkageError failure) {
        // What the rule reported before it failed is kept; the failure itself becomes a finding.
        out.add(internalError(rule.metadata().id(), failure));
      }
    }
    return out;
  }

  private static Violation internalError(String ruleId, Throwable failure) {
    String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "...";
    }
    return Violation.builder(INTERNAL_ERROR)
        .severity(Severity.ERROR)
        .pointer("")
        .message(
            "rule '"
                + ruleId
                + "' failed with "
                + failure.getClass().getName()
                + detail
                + "; its findings for this body are incomplete")
        .suggestion("report this to the rule's author; disable the rule to skip it")
        .build();
  }

  private static final class Context implements RuleContext {
    private final JsonNode body;
    private final SchemaView schema;
    private final List<Violation> out;
    private Severity severity;
    private String ruleId;

    Context(JsonNode body, SchemaView schema, List<Violation> out) {
      this.body = body;
      this.schema = schema;
      this.out = out;
    }

    @Override
    public JsonNode body() {
      return body;
    }

    @Override
    public SchemaView schema() {
      return schema;
    }

    @Override
    public Severity severity() {
      return severity;
    }

    @Override
    public void report(
        Severity reportedSeverity, String pointer, String message, String suggestion) {
      out.add(
          Violation.builder(ruleId)
              .severity(Objects.requireNonNull(reportedSeverity, "severity"))
              .pointer(Objects.requireNonNull(pointer, "pointer"))
              .message(Objects.requireNonNull(message, "message"))
              .suggestion(suggestion)
              .build());
    }
  }

  /** Builds a {@link RuleSet}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Map<String, Boolean> disabled = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule at its default severity.
     *
     * @throws IllegalArgumentException when a rule with the same id is already in the set
     */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      RuleMetadata metadata = Objects.requireNonNull(rule.metadata(), "rule.metadata()");
      Rule existing = rules.get(metadata.id());
      if (existing != null) {
        throw new IllegalArgumentException(
            "rule id '"
                + metadata.id()
                + "' of "
                + rule.getClass().getName()
                + " is already taken by "
                + existing.getClass().getName()
                + "; rule ids must be unique");
      }
      rules.put(metadata.id(), rule);
      return this;
    }

    /** The ids of the rules added so far. */
    public java.util.Set<String> ids() {
      return java.util.Set.copyOf(rules.keySet());
    }

    /** Adds rules at their default severities. */
    public Builder addAll(Collection<? extends Rule> more) {
      for (Rule rule : more) {
        add(rule);
      }
      return this;
    }

    /**
     * Sets the severity of the rule {@code id}, which must be in the set by the time {@link
     * #build()} runs. Enables the rule if it was disabled.
     */
    public Builder severity(String id, Severity severity) {
      severities.put(
          Objects.requireNonNull(id, "id"), Objects.requireNonNull(severity, "severity"));
      disabled.remove(id);
      return this;
    }

    /** Turns the rule {@code id} off; it must be in the set by the time {@link #build()} runs. */
    public Builder disable(String id) {
      disabled.put(Objects.requireNonNull(id, "id"), Boolean.TRUE);
      severities.remove(id);
      return this;
    }

    /**
     * Builds the set.
     *
     * @throws IllegalArgumentException when a severity or {@code disable} names a rule that is not
     *     in the set (with a did-you-mean)
     */
    public RuleSet build() {
      checkKnown(severities.keySet());
      checkKnown(disabled.keySet());
      List<Rule> enabled = new ArrayList<>();
      List<Severity> levels = new ArrayList<>();
      for (Rule rule : rules.values()) {
        String id = rule.metadata().id();
        if (disabled.containsKey(id)) {
          continue;
        }
        enabled.add(rule);
        levels.add(severities.getOrDefault(id, rule.metadata().defaultSeverity()));
      }
      return enabled.isEmpty() ? EMPTY : new RuleSet(List.copyOf(enabled), List.copyOf(levels));
    }

    private void checkKnown(Collection<String> ids) {
      for (String id : ids) {
        if (!rules.containsKey(id)) {
          String hint =
              DidYouMean.closest(id, rules.keySet())
                  .map(s -> "; did you mean '" + s + "'?")
                  .orElse("");
          throw new IllegalArgumentException("unknown rule id '" + id + "'" + hint);
        }
      }
    }
  }
}
