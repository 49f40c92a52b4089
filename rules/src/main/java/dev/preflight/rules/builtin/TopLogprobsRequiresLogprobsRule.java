package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/** {@code top-logprobs-requires-logprobs}: {@code top_logprobs} needs {@code logprobs: true}. */
public final class TopLogprobsRequiresLogprobsRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("top-logprobs-requires-logprobs")
          .defaultSeverity(Severity.ERROR)
          .summary("`top_logprobs` is set only together with `logprobs: true`")
          .description(
              """
              `top_logprobs` asks for the most likely alternatives of every output token, which \
              are part of the log probabilities. Without `"logprobs": true` no log probabilities \
              are returned, and OpenAI-compatible providers reject the request.""")
          .source(
              "OpenRouter parameters guide (https://openrouter.ai/docs/api/reference/parameters):"
                  + " top_logprobs \"logprobs must be set to true if this parameter is used\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Classify the sentiment."}],
                "logprobs": true,
                "top_logprobs": 5
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Classify the sentiment."}],
                "top_logprobs": 5
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode topLogprobs = context.body().get("top_logprobs");
    if (topLogprobs == null || topLogprobs.isNull()) {
      return;
    }
    JsonNode logprobs = context.body().get("logprobs");
    if (logprobs == null || !logprobs.isBoolean() || !logprobs.booleanValue()) {
      String actual = logprobs == null ? "not set" : NodeText.of(logprobs);
      context.report(
          "/top_logprobs",
          "top_logprobs is set but logprobs is " + actual + "; top_logprobs requires logprobs true",
          "add \"logprobs\": true");
    }
  }
}
