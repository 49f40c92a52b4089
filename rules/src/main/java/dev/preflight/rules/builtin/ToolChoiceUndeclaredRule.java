package dev.preflight.rules.builtin;

import dev.preflight.rules.DidYouMean;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code tool-choice-undeclared}: {@code tool_choice} names a declared function, and does not
 * require a tool when there is none.
 */
public final class ToolChoiceUndeclaredRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("tool-choice-undeclared")
          .defaultSeverity(Severity.ERROR)
          .summary("`tool_choice` names a function that `tools` declares")
          .description(
              """
              `tool_choice` can force the model to call one function \
              (`{"type": "function", "function": {"name": ...}}`) or some tool \
              (`"required"`). The named function must be one of the function tools in `tools`, \
              and `"required"` or a named function needs `tools` to declare at least one tool; \
              otherwise providers reject the request.""")
          .source(
              "OpenRouter tool calling guide (https://openrouter.ai/docs/guides/features/tool-calling);"
                  + " OpenAPI spec, ChatNamedToolChoice")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Always look the order up first."}],
                "tools": [{"type": "function", "function": {"name": "get_order"}}],
                "tool_choice": {"type": "function", "function": {"name": "get_order"}}
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Always look the order up first."}],
                "tools": [{"type": "function", "function": {"name": "get_order"}}],
                "tool_choice": {"type": "function", "function": {"name": "get_orders"}}
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
    JsonNode choice = body.get("tool_choice");
    if (choice == null || choice.isNull()) {
      return;
    }
    JsonNode tools = body.get("tools");
    boolean noTools = tools == null || tools.isNull() || (tools.isArray() && tools.isEmpty());
    if (choice.isString() && choice.stringValue().equals("required") && noTools) {
      context.report(
          "/tool_choice",
          "tool_choice is \"required\" but tools declares no tool",
          "add the tools the model may call, or remove tool_choice");
      return;
    }
    if (!choice.isObject() || !choice.path("function").isObject()) {
      return;
    }
    JsonNode name = choice.path("function").get("name");
    if (name == null || !name.isString()) {
      return;
    }
    if (noTools) {
      context.report(
          "/tool_choice/function/name",
          "tool_choice names the function '" + name.stringValue() + "' but tools declares no tool",
          "declare the function in tools");
      return;
    }
    List<String> declared = new ArrayList<>();
    for (Located tool : BodyParts.functionTools(body)) {
      String declaredName = BodyParts.string(tool.node().path("function"), "name");
      if (declaredName != null) {
        declared.add(declaredName);
      }
    }
    if (!declared.contains(name.stringValue())) {
      String suggestion =
          DidYouMean.closest(name.stringValue(), declared)
              .orElse(
                  declared.isEmpty()
                      ? "declare the function in tools"
                      : "declared functions: " + String.join(", ", declared));
      context.report(
          "/tool_choice/function/name",
          "tool_choice names the function '"
              + name.stringValue()
              + "', which tools does not declare",
          suggestion);
    }
  }
}
