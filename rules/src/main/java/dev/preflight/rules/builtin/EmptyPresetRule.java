package dev.preflight.rules.builtin;

import dev.preflight.rules.PresetFields;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code empty-preset}: the body gives the preset something to persist. */
public final class EmptyPresetRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("empty-preset")
          .defaultSeverity(Severity.ERROR)
          .summary("the preset gets a configuration field or a system prompt")
          .description(
              """
              A preset persists its configuration fields (`model`, `temperature`, `provider`, \
              ...) and the system prompt; everything else is ignored. A body with neither, such \
              as one holding only user messages, would create an empty preset. Fields set to \
              `null` count as absent, and so does a blank system prompt.""")
          .source(
              "OpenAPI spec, POST /presets/{slug}/chat/completions: \"Only fields that overlap"
                  + " with the preset config are persisted\"")
          .validExample(
              """
              {
                "messages": [{"role": "system", "content": "You are a helpful assistant."}]
              }
              """)
          .invalidExample(
              """
              {
                "messages": [{"role": "user", "content": "Hello!"}],
                "stream": true
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
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (PresetFields.isPersisted(field.getKey()) && !field.getValue().isNull()) {
        return;
      }
    }
    String systemPrompt = PresetFields.systemPrompt(body);
    if (systemPrompt != null && !systemPrompt.isBlank()) {
      return;
    }
    context.report(
        "",
        "nothing would be persisted: the body has no configuration field (model, temperature,"
            + " provider, ...) and no system prompt",
        "add a model or a system message");
  }
}
