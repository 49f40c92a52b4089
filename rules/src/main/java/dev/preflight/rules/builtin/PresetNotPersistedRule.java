package dev.preflight.rules.builtin;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.PresetFields;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code preset-not-persisted}: fields that preset creation ignores. */
public final class PresetNotPersistedRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("preset-not-persisted")
          .defaultSeverity(Severity.INFO)
          .summary("fields that creating a preset ignores")
          .description(
              """
              Creating a preset from a chat-completions body keeps only the fields that belong \
              to a preset's configuration and the system prompt (the first system or developer \
              message). It silently drops the rest of `messages`, and `stream`, \
              `stream_options`, `prompt` and `debug`. That is fine for a body that is also sent \
              as a request, but those parts will not be in the preset.""")
          .source(
              "OpenAPI spec, POST /presets/{slug}/chat/completions: \"Only fields that overlap"
                  + " with the preset config are persisted; other fields (e.g. `messages`,"
                  + " `stream`, `prompt`) are silently ignored.\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "temperature": 0.7
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [
                  {"role": "system", "content": "You are a helpful assistant."},
                  {"role": "user", "content": "Hello!"}
                ],
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
    for (String field : body.propertyNames()) {
      if (PresetFields.isPersisted(field)) {
        continue;
      }
      if (field.equals("messages")) {
        checkMessages(context, body.get(field));
      } else {
        context.report(
            JsonPointers.append("", field),
            field + " is not persisted: creating a preset ignores it");
      }
    }
  }

  /** Reports, at the first of them, the messages other than the one giving the system prompt. */
  private static void checkMessages(RuleContext context, JsonNode messages) {
    if (!messages.isArray()) {
      return;
    }
    boolean systemPromptSeen = false;
    List<Integer> dropped = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (!systemPromptSeen && PresetFields.isSystemMessage(messages.get(i))) {
        systemPromptSeen = true;
      } else {
        dropped.add(i);
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    int first = dropped.get(0);
    String role = BodyParts.string(messages.get(first), "role");
    context.report(
        "/messages/" + first,
        (dropped.size() == 1
                ? "the " + (role == null ? "" : role + " ") + "message is"
                : dropped.size() + " messages are")
            + " not persisted: a preset keeps only the first system or developer message, as its"
            + " system prompt");
  }
}
