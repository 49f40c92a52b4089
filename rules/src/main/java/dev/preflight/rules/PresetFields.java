package dev.preflight.rules;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Which fields of a chat-request body a preset persists. Creating a preset from a body keeps the
 * fields that belong to a preset's configuration and the system prompt, and silently drops the rest
 * (the conversation, streaming switches, a raw prompt, debug options). This is the one place that
 * split is defined; the {@code preset-not-persisted} and {@code empty-preset} rules and the
 * publishing preview all use it.
 */
public final class PresetFields {
  /** Top-level fields that preset creation ignores. */
  public static final Set<String> IGNORED =
      Set.of("messages", "stream", "stream_options", "prompt", "debug");

  /** Message roles whose content becomes the preset's system prompt. */
  public static final Set<String> SYSTEM_ROLES = Set.of("system", "developer");

  private PresetFields() {}

  /** Whether a top-level field of the body is kept in the preset's configuration. */
  public static boolean isPersisted(String field) {
    return !IGNORED.contains(field);
  }

  /** Whether a message (an element of {@code messages}) provides the system prompt. */
  public static boolean isSystemMessage(JsonNode message) {
    return message != null
        && message.isObject()
        && message.path("role").isString()
        && SYSTEM_ROLES.contains(message.path("role").stringValue());
  }

  /**
   * The system prompt a preset would get: the text of the first system or developer message (string
   * content, or its text parts joined by blank lines), or null when there is none.
   */
  public static String systemPrompt(JsonNode body) {
    JsonNode messages = body == null ? null : body.get("messages");
    if (messages == null || !messages.isArray()) {
      return null;
    }
    for (JsonNode message : messages) {
      if (!isSystemMessage(message)) {
        continue;
      }
      JsonNode content = message.get("content");
      if (content != null && content.isString()) {
        return content.stringValue();
      }
      if (content != null && content.isArray()) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
          if ("text".equals(part.path("type").asString(null)) && part.path("text").isString()) {
            if (text.length() > 0) {
              text.append("\n\n");
            }
            text.append(part.path("text").stringValue());
          }
        }
        return text.length() == 0 ? null : text.toString();
      }
    }
    return null;
  }
}
