package dev.preflight.rules;

import java.util.Objects;

/**
 * What a rule is: its stable id, default severity, a one-line summary, a longer description, the
 * source of the limit it checks, and a valid and an invalid example body. Immutable.
 */
public final class RuleMetadata {
  private final String id;
  private final Severity defaultSeverity;
  private final String summary;
  private final String description;
  private final String source;
  private final String validExample;
  private final String invalidExample;

  private RuleMetadata(Builder builder) {
    this.id = builder.id;
    this.defaultSeverity = builder.defaultSeverity;
    this.summary = builder.summary;
    this.description = builder.description;
    this.source = builder.source;
    this.validExample = builder.validExample;
    this.invalidExample = builder.invalidExample;
  }

  /**
   * Starts the metadata of the rule {@code id}: kebab-case ({@code stop-max-sequences}); ids are
   * public API, written in configuration files.
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One line: what the rule checks. */
  public String summary() {
    return summary;
  }

  /** Why the rule exists and what it accepts, in a paragraph or two. */
  public String description() {
    return description;
  }

  /** Where the limit comes from: a spec description or an OpenRouter documentation page. */
  public String source() {
    return source;
  }

  /** A request body that this rule accepts (JSON text). */
  public String validExample() {
    return validExample;
  }

  /** A request body that this rule reports (JSON text). */
  public String invalidExample() {
    return invalidExample;
  }

  @Override
  public String toString() {
    return id + " (" + defaultSeverity.label() + "): " + summary;
  }

  /**
   * Whether {@code id} matches {@code [a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*}: runs
   * of ASCII lower-case letters and digits separated by single {@code -} or {@code /}. Hand-written
   * rather than a {@code Pattern} so that building rules does not load {@code java.util.regex} at
   * start-up.
   */
  static boolean isValidId(String id) {
    boolean afterSeparator = true; // also true at the start: a separator cannot come first
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '-' || c == '/') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator; // not empty and not ending in a separator
  }

  /** Builds {@link RuleMetadata}. */
  public static final class Builder {
    private final String id;
    private Severity defaultSeverity = Severity.ERROR;
    private String summary = "";
    private String description = "";
    private String source = "";
    private String validExample = "";
    private String invalidExample = "";

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (!isValidId(id)) {
        throw new IllegalArgumentException(
            "rule id '" + id + "' is not kebab-case (lower-case letters, digits, single hyphens)");
      }
      this.id = id;
    }

    public Builder defaultSeverity(Severity severity) {
      this.defaultSeverity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    public Builder summary(String summary) {
      this.summary = Objects.requireNonNull(summary, "summary");
      return this;
    }

    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    public Builder validExample(String json) {
      this.validExample = Objects.requireNonNull(json, "json");
      return this;
    }

    public Builder invalidExample(String json) {
      this.invalidExample = Objects.requireNonNull(json, "json");
      return this;
    }

    public RuleMetadata build() {
      return new RuleMetadata(this);
    }
  }
}
