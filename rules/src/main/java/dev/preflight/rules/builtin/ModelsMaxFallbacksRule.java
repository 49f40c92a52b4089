package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/** {@code models-max-fallbacks}: {@code models} has at most 3 entries. */
public final class ModelsMaxFallbacksRule implements Rule {
  static final int MAX_MODELS = 3;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("models-max-fallbacks")
          .defaultSeverity(Severity.ERROR)
          .summary("`models` lists at most 3 models")
          .description(
              """
              `models` is the list of models OpenRouter tries in order when the previous one \
              fails. It takes at most 3 entries; OpenRouter answers 400 "'models' array must \
              have 3 items or fewer" otherwise.""")
          .source(
              "OpenRouter model fallbacks guide"
                  + " (https://openrouter.ai/docs/guides/routing/model-fallbacks) and its 400"
                  + " error \"'models' array must have 3 items or fewer\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "models": ["openai/gpt-5.4", "anthropic/claude-sonnet-4.5", "google/gemini-2.5-pro"]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "models": [
                  "openai/gpt-5.4",
                  "anthropic/claude-sonnet-4.5",
                  "google/gemini-2.5-pro",
                  "mistralai/mistral-large"
                ]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode models = context.body().get("models");
    if (models != null && models.isArray() && models.size() > MAX_MODELS) {
      context.report(
          "/models",
          "models has " + models.size() + " entries; at most " + MAX_MODELS + " are allowed",
          "keep the " + MAX_MODELS + " preferred models");
    }
  }
}
