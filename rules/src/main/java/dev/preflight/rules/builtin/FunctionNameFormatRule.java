package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code function-name-format}: function tool names, {@code tool_choice} function names and {@code
 * response_format.json_schema.name} match {@code ^[a-zA-Z0-9_-]{1,64}$}.
 */
public final class FunctionNameFormatRule implements Rule {
  static final int MAX_LENGTH = 64;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("function-name-format")
          .defaultSeverity(Severity.ERROR)
          .summary("function and JSON schema names match `^[a-zA-Z0-9_-]{1,64}$`")
          .description(
              """
              The names of function tools (`tools[].function.name`), of the function forced by \
              `tool_choice` and of a structured output schema \
              (`response_format.json_schema.name`) may contain only letters, digits, \
              underscores and dashes, 1 to 64 of them. Providers reject other names, often \
              only when the request reaches them.""")
          .source(
              "OpenAPI spec, ChatFunctionToolOneOf0Function.name and ChatJsonSchemaConfig.name:"
                  + " \"(a-z, A-Z, 0-9, underscores, dashes, max 64 chars)\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Use the tools to look up orders."}],
                "tools": [
                  {
                    "type": "function",
                    "function": {
                      "name": "get_order_status",
                      "description": "Looks up an order by its id",
                      "parameters": {"type": "object", "properties": {"id": {"type": "string"}}}
                    }
                  }
                ]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Use the tools to look up orders."}],
                "tools": [
                  {
                    "type": "function",
                    "function": {
                      "name": "get order status",
                      "description": "Looks up an order by its id",
                      "parameters": {"type": "object", "properties": {"id": {"type": "string"}}}
                    }
                  }
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
    JsonNode body = context.body();
    List<Located> names = new ArrayList<>();
    for (Located tool : BodyParts.functionTools(body)) {
      Located function = tool.member("function");
      if (function != null && function.node().isObject()) {
        names.add(function.member("name"));
      }
    }
    Located toolChoice = BodyParts.root(body).member("tool_choice");
    if (toolChoice != null && toolChoice.node().isObject()) {
      Located function = toolChoice.member("function");
      if (function != null && function.node().isObject()) {
        names.add(function.member("name"));
      }
    }
    Located responseFormat = BodyParts.root(body).member("response_format");
    if (responseFormat != null && responseFormat.node().isObject()) {
      Located schema = responseFormat.member("json_schema");
      if (schema != null && schema.node().isObject()) {
        names.add(schema.member("name"));
      }
    }
    for (Located name : names) {
      if (name != null && name.node().isString()) {
        check(context, name);
      }
    }
  }

  private static void check(RuleContext context, Located name) {
    String text = name.node().stringValue();
    if (isValid(text)) {
      return;
    }
    String suggestion = suggestedName(text);
    String hint = suggestion.isEmpty() ? null : "use '" + suggestion + "'";
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      context.report(
          name.pointer(),
          "name has " + length + " characters; at most " + MAX_LENGTH + " are allowed",
          hint);
    } else {
      context.report(
          name.pointer(),
          "name '"
              + text
              + "' does not match ^[a-zA-Z0-9_-]{1,64}$ (letters, digits, underscores and dashes"
              + " only)",
          hint);
    }
  }

  /** Whether the name matches {@code ^[a-zA-Z0-9_-]{1,64}$}. */
  static boolean isValid(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isAllowed(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllowed(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }

  /**
   * The name with every disallowed character (a code point, as a regular expression sees it)
   * replaced by an underscore, cut to 64.
   */
  static String suggestedName(String name) {
    StringBuilder replaced = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      replaced.append(isAllowed(c) ? (char) c : '_');
      i += Character.charCount(c);
    }
    return replaced.length() > MAX_LENGTH ? replaced.substring(0, MAX_LENGTH) : replaced.toString();
  }
}
