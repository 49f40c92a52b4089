package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/** {@code duplicate-function-name}: no two function tools share a name. */
public final class DuplicateFunctionNameRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("duplicate-function-name")
          .defaultSeverity(Severity.ERROR)
          .summary("no two function tools have the same name")
          .description(
              """
              The model calls a function tool by its name, so names must be unique within \
              `tools`: with two tools of the same name, a call cannot say which one it means, \
              and providers reject the request.""")
          .source(
              "OpenRouter tool calling guide (https://openrouter.ai/docs/guides/features/tool-calling);"
                  + " providers (OpenAI, Anthropic) reject duplicate tool names")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Use the tools to manage orders."}],
                "tools": [
                  {"type": "function", "function": {"name": "get_order"}},
                  {"type": "function", "function": {"name": "cancel_order"}}
                ]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Use the tools to manage orders."}],
                "tools": [
                  {"type": "function", "function": {"name": "get_order"}},
                  {"type": "function", "function": {"name": "get_order"}}
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
    Map<String, String> firstTool = new HashMap<>();
    for (Located tool : BodyParts.functionTools(context.body())) {
      Located function = tool.member("function");
      Located name =
          function == null || !function.node().isObject() ? null : function.member("name");
      if (name == null || !name.node().isString()) {
        continue;
      }
      String previous = firstTool.putIfAbsent(name.node().stringValue(), tool.pointer());
      if (previous != null) {
        context.report(
            name.pointer(),
            "function name '"
                + name.node().stringValue()
                + "' is already declared by the tool at "
                + previous,
            "rename one of the functions or remove the duplicate");
      }
    }
  }
}
