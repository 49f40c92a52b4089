package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * {@code reasoning-exclusive-options}: {@code reasoning.effort} is not combined with {@code
 * reasoning.max_tokens}, nor contradicted by a top-level {@code reasoning_effort}.
 */
public final class ReasoningExclusiveOptionsRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("reasoning-exclusive-options")
          .defaultSeverity(Severity.ERROR)
          .summary("reasoning effort and reasoning token budget are not set together")
          .description(
              """
              Reasoning is budgeted either by effort (`reasoning.effort`) or by tokens \
              (`reasoning.max_tokens`), not both: OpenRouter answers 400 'Only one of \
              "reasoning.effort" and "reasoning.max_tokens" can be specified'. The top-level \
              `reasoning_effort` is a shorthand for `reasoning.effort`; setting both to \
              different values is contradictory and rejected.""")
          .source(
              "OpenRouter reasoning tokens guide"
                  + " (https://openrouter.ai/docs/guides/best-practices/reasoning-tokens) and its"
                  + " 400 error; OpenRouter's published schema, ChatRequest.reasoning_effort:"
                  + " \"Cannot be used simultaneously with reasoning.effort if they differ\"")
          .validExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "Think before you answer."}],
                "reasoning": {"max_tokens": 4000}
              }
              """)
          .invalidExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "Think before you answer."}],
                "reasoning": {"effort": "high", "max_tokens": 4000}
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode reasoning = context.body().get("reasoning");
    JsonNode effort = null;
    if (reasoning != null && reasoning.isObject()) {
      effort = reasoning.get("effort");
      JsonNode maxTokens = reasoning.get("max_tokens");
      if (isSet(effort) && isSet(maxTokens)) {
        context.report(
            "/reasoning/max_tokens",
            "Only one of reasoning.effort and reasoning.max_tokens can be specified; effort is "
                + NodeText.of(effort)
                + " and max_tokens is "
                + NodeText.of(maxTokens),
            "keep either reasoning.effort or reasoning.max_tokens");
      }
    }
    JsonNode shorthand = context.body().get("reasoning_effort");
    if (shorthand != null
        && shorthand.isString()
        && effort != null
        && effort.isString()
        && !effort.stringValue().equals(shorthand.stringValue())) {
      context.report(
          "/reasoning_effort",
          "reasoning_effort is "
              + NodeText.of(shorthand)
              + " but reasoning.effort is "
              + NodeText.of(effort)
              + "; the shorthand must not contradict reasoning.effort",
          "remove reasoning_effort and keep reasoning.effort");
    }
  }

  private static boolean isSet(JsonNode value) {
    return value != null && !value.isNull();
  }
}
