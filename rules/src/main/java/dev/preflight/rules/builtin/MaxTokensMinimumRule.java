package dev.preflight.rules.builtin;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code max-tokens-minimum}: {@code max_tokens} and {@code max_completion_tokens} are at least 1,
 * and preferably at least 16.
 */
public final class MaxTokensMinimumRule implements Rule {
  static final int MINIMUM = 1;

  /** The minimum some providers enforce. */
  static final int PROVIDER_MINIMUM = 16;

  private static final List<String> FIELDS = List.of("max_tokens", "max_completion_tokens");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("max-tokens-minimum")
          .defaultSeverity(Severity.ERROR)
          .summary("`max_tokens` / `max_completion_tokens` is at least 1, better at least 16")
          .description(
              """
              A completion limit below 1 leaves no room for an answer and is rejected. A limit \
              from 1 to 15 is accepted by OpenRouter, but some providers enforce a minimum of 16 \
              and fail the request, so it is reported as a warning. The rule's configured \
              severity applies to the first case; the second is a warning, or the configured \
              severity when that is milder.""")
          .source(
              "OpenAPI spec, ChatRequest.max_tokens: \"Note: some providers enforce a minimum of"
                  + " 16.\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Reply with a one-line summary."}],
                "max_completion_tokens": 16
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Reply with a one-line summary."}],
                "max_completion_tokens": 0
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    for (String field : FIELDS) {
      JsonNode value = context.body().get(field);
      if (value == null || !value.isNumber()) {
        continue;
      }
      String pointer = JsonPointers.append("", field);
      // decimalValue: exact for every number, where doubleValue() throws beyond double's range.
      BigDecimal tokens = value.decimalValue();
      if (tokens.compareTo(BigDecimal.valueOf(MINIMUM)) < 0) {
        context.report(
            pointer,
            field + " is " + NodeText.of(value) + "; it must be at least " + MINIMUM,
            "omit " + field + " to use the model's default limit");
      } else if (tokens.compareTo(BigDecimal.valueOf(PROVIDER_MINIMUM)) < 0) {
        Severity milder =
            context.severity().isAtLeast(Severity.WARNING) ? Severity.WARNING : context.severity();
        context.report(
            milder,
            pointer,
            field
                + " is "
                + NodeText.of(value)
                + "; some providers enforce a minimum of "
                + PROVIDER_MINIMUM
                + " and reject the request",
            "use at least " + PROVIDER_MINIMUM);
      }
    }
  }
}
