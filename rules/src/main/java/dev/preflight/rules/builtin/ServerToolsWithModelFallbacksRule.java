package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * {@code server-tools-with-model-fallbacks}: OpenRouter server tools are not combined with a {@code
 * models} fallback list.
 */
public final class ServerToolsWithModelFallbacksRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("server-tools-with-model-fallbacks")
          .defaultSeverity(Severity.WARNING)
          .summary("OpenRouter server tools are not combined with `models` fallbacks")
          .description(
              """
              Server tools (`openrouter:web_search`, `openrouter:datetime`, the `web_search*` \
              shorthands that become `openrouter:web_search`, ...) run inside OpenRouter's own \
              agent loop, which does not support a `models` fallback list: OpenRouter answers \
              400 "Server tool request failed". Use a single `model`, or the `web` plugin.""")
          .source(
              "OpenRouter server tools guide (https://openrouter.ai/docs/guides/features/server-tools)"
                  + " and its 400 error \"Server tool request failed\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Answer with current information."}],
                "tools": [{"type": "openrouter:web_search"}]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Answer with current information."}],
                "models": ["openai/gpt-5.4", "anthropic/claude-sonnet-4.5"],
                "tools": [{"type": "openrouter:web_search"}]
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
    if (models == null || !models.isArray() || models.isEmpty()) {
      return;
    }
    Located first = null;
    for (Located tool : BodyParts.objects(context.body(), "tools")) {
      String type = BodyParts.string(tool.node(), "type");
      if (type != null && (type.startsWith("openrouter:") || type.startsWith("web_search"))) {
        first = tool;
        break;
      }
    }
    if (first != null) {
      context.report(
          "/models",
          "models lists fallback models, but the server tool '"
              + BodyParts.string(first.node(), "type")
              + "' (at "
              + first.pointer()
              + ") does not support fallbacks; OpenRouter answers 400 \"Server tool request"
              + " failed\"",
          "remove models and keep a single model");
    }
  }
}
