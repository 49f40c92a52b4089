package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code response-healing-requirements}: the {@code response-healing} plugin comes with a JSON
 * response format and without streaming.
 */
public final class ResponseHealingRequirementsRule implements Rule {
  private static final Set<String> JSON_FORMATS = Set.of("json_schema", "json_object");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("response-healing-requirements")
          .defaultSeverity(Severity.WARNING)
          .summary("the `response-healing` plugin has a JSON response format and no streaming")
          .description(
              """
              The `response-healing` plugin repairs malformed JSON in a model's answer. It acts \
              only when `response_format` asks for JSON (`json_schema` or `json_object`), and \
              only on non-streamed responses; otherwise it silently does nothing.""")
          .source(
              "OpenRouter response healing guide"
                  + " (https://openrouter.ai/docs/guides/features/plugins/response-healing)")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Extract the invoice fields."}],
                "response_format": {"type": "json_object"},
                "plugins": [{"id": "response-healing"}]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Extract the invoice fields."}],
                "plugins": [{"id": "response-healing"}]
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
    for (Located plugin : BodyParts.plugins(body, "response-healing")) {
      JsonNode enabled = plugin.node().get("enabled");
      if (enabled != null && enabled.isBoolean() && !enabled.booleanValue()) {
        continue;
      }
      JsonNode format = body.get("response_format");
      String type = format == null || !format.isObject() ? null : BodyParts.string(format, "type");
      if (type == null || !JSON_FORMATS.contains(type)) {
        context.report(
            plugin.pointer(),
            "the response-healing plugin only repairs JSON responses, but response_format "
                + (type == null ? "is not set" : "has type '" + type + "'"),
            "set response_format to {\"type\": \"json_schema\", ...} or {\"type\": \"json_object\"}");
      }
      JsonNode stream = body.get("stream");
      if (stream != null && stream.isBoolean() && stream.booleanValue()) {
        context.report(
            "/stream",
            "stream is true, but the response-healing plugin (at "
                + plugin.pointer()
                + ") does not repair streamed responses",
            "remove stream");
      }
    }
  }
}
