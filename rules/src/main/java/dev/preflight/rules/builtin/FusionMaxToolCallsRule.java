package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;

/** {@code fusion-max-tool-calls}: fusion {@code max_tool_calls} is from 1 to 16. */
public final class FusionMaxToolCallsRule implements Rule {
  private static final NumericRange ALLOWED = NumericRange.between("1", "16");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("fusion-max-tool-calls")
          .defaultSeverity(Severity.ERROR)
          .summary("fusion `max_tool_calls` is from 1 to 16")
          .description(
              """
              `max_tool_calls` bounds the tool-calling steps each fusion panelist and the judge \
              may take in their web-research loop. OpenRouter caps it at 16, and a value below 1 \
              would leave no step at all. Checked for the `fusion` plugin and the \
              `openrouter:fusion` server tool's `parameters`.""")
          .source(
              "OpenAPI spec, fusion plugin max_tool_calls: \"Defaults to 8. Capped at 16.\";"
                  + " OpenRouter's published schema, FusionServerToolConfig.max_tool_calls:"
                  + " minimum 1, maximum 16")
          .validExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "Research the question thoroughly."}],
                "plugins": [{"id": "fusion", "max_tool_calls": 16}]
              }
              """)
          .invalidExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "Research the question thoroughly."}],
                "plugins": [{"id": "fusion", "max_tool_calls": 20}]
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
      Located calls = fusion.member("max_tool_calls");
      if (calls == null || !calls.node().isNumber()) {
        continue;
      }
      if (!ALLOWED.contains(calls.node())) {
        context.report(
            calls.pointer(),
            "max_tool_calls is " + calls.node() + "; it must be " + ALLOWED.describe());
      }
    }
  }
}
