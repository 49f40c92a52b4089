package dev.preflight.rules.builtin;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code metadata-limits}: {@code metadata} has at most 16 pairs, keys of at most 64 characters
 * without {@code [} or {@code ]}, and string values of at most 512 characters.
 */
public final class MetadataLimitsRule implements Rule {
  static final int MAX_PAIRS = 16;
  static final int MAX_KEY_LENGTH = 64;
  static final int MAX_VALUE_LENGTH = 512;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("metadata-limits")
          .defaultSeverity(Severity.ERROR)
          .summary("`metadata` has at most 16 pairs, 64-character keys and 512-character values")
          .description(
              """
              `metadata` attaches key-value strings to a request. OpenRouter limits it to 16 \
              pairs, keys of at most 64 characters and values of at most 512 characters, and \
              rejects keys containing square brackets (`[` or `]`), which its form encoding \
              reserves. Lengths are counted in Unicode characters.""")
          .source(
              "OpenAPI spec, ChatRequest.metadata: \"Key-value pairs for additional object"
                  + " information (max 16 pairs, 64 char keys, 512 char values)\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a support assistant."}],
                "metadata": {"team": "support", "ticket_queue": "billing"}
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a support assistant."}],
                "metadata": {"tags[0]": "billing"}
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode metadata = context.body().get("metadata");
    if (metadata == null || !metadata.isObject()) {
      return;
    }
    if (metadata.size() > MAX_PAIRS) {
      context.report(
          "/metadata",
          "metadata has " + metadata.size() + " pairs; at most " + MAX_PAIRS + " are allowed");
    }
    for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
      String key = entry.getKey();
      String pointer = JsonPointers.append("/metadata", key);
      int keyLength = key.codePointCount(0, key.length());
      if (keyLength > MAX_KEY_LENGTH) {
        context.report(
            pointer,
            "metadata key has "
                + keyLength
                + " characters; at most "
                + MAX_KEY_LENGTH
                + " are allowed");
      }
      if (key.indexOf('[') >= 0 || key.indexOf(']') >= 0) {
        context.report(
            pointer,
            "metadata key '" + key + "' contains '[' or ']', which are not allowed in keys",
            "rename it to '" + key.replace('[', '_').replace("]", "") + "'");
      }
      JsonNode value = entry.getValue();
      if (value.isString()) {
        String text = value.stringValue();
        int valueLength = text.codePointCount(0, text.length());
        if (valueLength > MAX_VALUE_LENGTH) {
          context.report(
              pointer,
              "metadata value has "
                  + valueLength
                  + " characters; at most "
                  + MAX_VALUE_LENGTH
                  + " are allowed");
        }
      }
    }
  }
}
