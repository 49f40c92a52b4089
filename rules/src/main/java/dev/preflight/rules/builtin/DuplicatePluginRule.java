package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/** {@code duplicate-plugin}: each plugin id appears once in {@code plugins}. */
public final class DuplicatePluginRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("duplicate-plugin")
          .defaultSeverity(Severity.WARNING)
          .summary("each plugin appears at most once in `plugins`")
          .description(
              """
              A plugin is configured by one entry of `plugins`. With two entries of the same \
              `id`, only one configuration takes effect and which one is not documented; merge \
              the settings into one entry.""")
          .source(
              "OpenAPI spec, ChatRequest.plugins: \"Plugins you want to enable for this request,"
                  + " including their settings\"; OpenRouter plugins guide"
                  + " (https://openrouter.ai/docs/guides/features/plugins)")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Answer with current information."}],
                "plugins": [{"id": "web", "max_results": 3}, {"id": "response-healing"}],
                "response_format": {"type": "json_object"}
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Answer with current information."}],
                "plugins": [{"id": "web", "max_results": 3}, {"id": "web", "engine": "exa"}]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    Map<String, String> first = new HashMap<>();
    for (Located plugin : BodyParts.objects(context.body(), "plugins")) {
      String id = BodyParts.string(plugin.node(), "id");
      if (id == null) {
        continue;
      }
      String previous = first.putIfAbsent(id, plugin.pointer());
      if (previous != null) {
        context.report(
            plugin.member("id").pointer(),
            "plugin '" + id + "' is already configured at " + previous,
            "merge the two '" + id + "' entries into one");
      }
    }
  }
}
