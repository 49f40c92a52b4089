package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/** {@code preset-self-reference}: the body does not build a preset on another preset. */
public final class PresetSelfReferenceRule implements Rule {
  static final String PRESET_MARKER = "@preset/";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("preset-self-reference")
          .defaultSeverity(Severity.WARNING)
          .summary("the body does not refer to a preset")
          .description(
              """
              A request can use a preset through `model` (`@preset/support-bot`, or \
              `openai/gpt-5.4@preset/support-bot`), `models` or the `preset` field. In a body \
              that creates a preset, that builds a preset on a preset: its settings are merged \
              at request time, so changing one preset silently changes the other, and a preset \
              that names itself loops. Copy the settings you need instead.""")
          .source(
              "OpenRouter presets guide (https://openrouter.ai/docs/guides/features/presets):"
                  + " referencing presets with the model field, `@preset/` and the preset field")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4@preset/support-bot",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode body = context.body();
    checkModel(context, body.get("model"), "/model");
    JsonNode models = body.get("models");
    if (models != null && models.isArray()) {
      for (int i = 0; i < models.size(); i++) {
        checkModel(context, models.get(i), "/models/" + i);
      }
    }
    JsonNode preset = body.get("preset");
    if (preset != null && !preset.isNull()) {
      context.report(
          "/preset",
          "preset is " + preset + ": this preset would be built on another preset",
          "copy the settings of that preset instead of referring to it");
    }
  }

  private static void checkModel(RuleContext context, JsonNode model, String pointer) {
    if (model != null && model.isString() && model.stringValue().contains(PRESET_MARKER)) {
      context.report(
          pointer,
          "model " + model + " refers to a preset: this preset would be built on another preset",
          "name the model itself, e.g. openai/gpt-5.4");
    }
  }
}
