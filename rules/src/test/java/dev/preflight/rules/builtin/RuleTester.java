package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleSet;
import dev.preflight.rules.SchemaView;
import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.util.List;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one rule over bodies written with single quotes for readability ({@code {'stop': 'x'}}), the
 * way the validator runs it: through a {@link RuleSet}.
 */
final class RuleTester {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Rule rule;
  private final SchemaView schema;

  private RuleTester(Rule rule, SchemaView schema) {
    this.rule = rule;
    this.schema = schema;
  }

  static RuleTester of(Rule rule) {
    return new RuleTester(rule, SchemaView.NONE);
  }

  static RuleTester of(Rule rule, SchemaView schema) {
    return new RuleTester(rule, schema);
  }

  /** Parses a body written with single quotes instead of double quotes. */
  static JsonNode body(String singleQuoted) {
    return JSON.readTree(singleQuoted.replace('\'', '"'));
  }

  /** The violations of the rule for the body. */
  List<Violation> check(String singleQuotedBody) {
    return RuleSet.builder().add(rule).build().check(body(singleQuotedBody), schema);
  }

  /** The violations of the rule, run at the severity {@code severity}. */
  List<Violation> check(String singleQuotedBody, Severity severity) {
    return RuleSet.builder()
        .add(rule)
        .severity(rule.metadata().id(), severity)
        .build()
        .check(body(singleQuotedBody), schema);
  }

  /** Asserts the body draws no violation. */
  void accepts(String singleQuotedBody) {
    assertThat(check(singleQuotedBody)).isEmpty();
  }

  /**
   * Asserts the body draws exactly one violation, of this rule, at {@code pointer} and with a
   * message containing every key word; returns it for further checks.
   */
  Violation rejects(String singleQuotedBody, Severity severity, String pointer, String... words) {
    List<Violation> violations = check(singleQuotedBody);
    assertThat(violations).hasSize(1);
    Violation violation = violations.get(0);
    assertThat(violation.ruleId()).isEqualTo(rule.metadata().id());
    assertThat(violation.severity()).isEqualTo(severity);
    assertThat(violation.pointer()).isEqualTo(pointer);
    assertThat(violation.message()).contains(words);
    return violation;
  }

  /** A JSON array (single-quoted) of {@code count} distinct strings. */
  static String strings(int count) {
    StringJoiner out = new StringJoiner(", ", "[", "]");
    for (int i = 0; i < count; i++) {
      out.add("'s" + i + "'");
    }
    return out.toString();
  }

  /** {@code count} copies of {@code c}. */
  static String text(int count, char c) {
    return String.valueOf(c).repeat(count);
  }
}
