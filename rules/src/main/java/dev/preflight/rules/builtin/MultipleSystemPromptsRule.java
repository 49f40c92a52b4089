package dev.preflight.rules.builtin;

import dev.preflight.rules.PresetFields;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/** {@code multiple-system-prompts}: at most one system or developer message. */
public final class MultipleSystemPromptsRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("multiple-system-prompts")
          .defaultSeverity(Severity.WARNING)
          .summary("at most one system or developer message")
          .description(
              """
              A preset has one `system_prompt`, taken from the body's system or developer \
              message. With several such messages, which one becomes the preset's system \
              prompt is not defined, and the others are lost. Merge them into one message.""")
          .source(
              "OpenAPI spec, PresetDesignatedVersion.system_prompt (one system prompt per preset"
                  + " version); POST /presets/{slug}/chat/completions persists only the preset"
                  + " config and system prompt")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [
                  {"role": "system", "content": "You are a helpful assistant. Answer in French."}
                ]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [
                  {"role": "system", "content": "You are a helpful assistant."},
                  {"role": "developer", "content": "Answer in French."}
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
    JsonNode messages = context.body().get("messages");
    if (messages == null || !messages.isArray()) {
      return;
    }
    String first = null;
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      if (!PresetFields.isSystemMessage(message)) {
        continue;
      }
      String pointer = "/messages/" + i;
      if (first == null) {
        first = pointer;
      } else {
        context.report(
            pointer,
            "another "
                + message.get("role").stringValue()
                + " message; the one at "
                + first
                + " is a system prompt too, and a preset keeps only one",
            "merge the system and developer messages into one");
      }
    }
  }
}
