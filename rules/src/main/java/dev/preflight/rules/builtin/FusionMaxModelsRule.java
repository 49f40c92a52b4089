package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;

/**
 * {@code fusion-max-models}: {@code analysis_models} of the {@code fusion} plugin and of an {@code
 * openrouter:fusion} tool has 1 to 8 entries.
 */
public final class FusionMaxModelsRule implements Rule {
  static final int MIN_MODELS = 1;
  static final int MAX_MODELS = 8;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("fusion-max-models")
          .defaultSeverity(Severity.ERROR)
          .summary("fusion `analysis_models` has 1 to 8 models")
          .description(
              """
              Fusion runs every model of `analysis_models` in parallel as an expert panel, then \
              has a judge synthesize their answers. OpenRouter caps the panel at 8 models to \
              bound the cost, and an empty panel has nothing to analyze; omit `analysis_models` \
              to use the default panel. Checked for the `fusion` plugin \
              (`plugins[].analysis_models`) and the `openrouter:fusion` server tool \
              (`tools[].parameters.analysis_models`).""")
          .source(
              "OpenAPI spec, fusion plugin analysis_models: \"Capped at 8 models to bound cost"
                  + " amplification\"; OpenRouter's published schema, FusionServerToolConfig:"
                  + " minItems 1, maxItems 8")
          .validExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "Research the question thoroughly."}],
                "plugins": [
                  {"id": "fusion", "analysis_models": ["openai/gpt-5.4", "google/gemini-2.5-pro"]}
                ]
              }
              """)
          .invalidExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "Research the question thoroughly."}],
                "plugins": [{"id": "fusion", "analysis_models": []}]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    for (Located fusion : BodyParts.fusionConfigurations(context.body())) {
      Located models = fusion.member("analysis_models");
      if (models == null || !models.node().isArray()) {
        continue;
      }
      int count = models.node().size();
      if (count < MIN_MODELS) {
        context.report(
            models.pointer(),
            "analysis_models is empty; it needs 1 to " + MAX_MODELS + " models",
            "list at least one model, or omit analysis_models to use the default panel");
      } else if (count > MAX_MODELS) {
        context.report(
            models.pointer(),
            "analysis_models has " + count + " models; at most " + MAX_MODELS + " are allowed");
      }
    }
  }
}
