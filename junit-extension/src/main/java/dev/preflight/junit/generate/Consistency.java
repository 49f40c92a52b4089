package dev.preflight.junit.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a body generated field by field in line with the rules that relate fields to each other:
 * unique names, a tool choice that names a declared function, one system prompt, no server tools
 * beside fallback models, and so on. Each step names the rule it satisfies. Steps remove or adjust
 * the least they can, and choose at random between alternatives, so that every field still shows up
 * in some bodies.
 */
final class Consistency {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Consistency() {}

  static void apply(ObjectNode body, ChoiceSource c) {
    systemPrompts(body);
    plugins(body);
    functionNames(body);
    advisorNames(body);
    webSearchFilters(body);
    serverToolsWithModels(body, c);
    toolChoice(body, c);
    provider(body);
    logprobs(body);
    responseHealing(body);
    nonEmpty(body, c);
  }

  /** multiple-system-prompts: only the first system or developer message stays. */
  private static void systemPrompts(ObjectNode body) {
    JsonNode messages = body.get("messages");
    if (messages == null || !messages.isArray()) {
      return;
    }
    boolean[] seen = {false};
    removeIf(
        (ArrayNode) messages,
        message -> {
          String role = message.path("role").asString("");
          boolean system = role.equals("system") || role.equals("developer");
          boolean drop = system && seen[0];
          seen[0] |= system;
          return drop;
        });
  }

  /**
   * duplicate-plugin: one entry per id; web-search-domain-filters: no plugin with both lists;
   * fusion-max-models: analysis_models is never empty.
   */
  private static void plugins(ObjectNode body) {
    JsonNode plugins = body.get("plugins");
    if (plugins == null || !plugins.isArray()) {
      return;
    }
    Set<String> ids = new HashSet<>();
    removeIf((ArrayNode) plugins, plugin -> !ids.add(plugin.path("id").asString("")));
    for (JsonNode plugin : plugins) {
      if (plugin.has("include_domains") && plugin.has("exclude_domains")) {
        ((ObjectNode) plugin).remove("exclude_domains");
      }
    }
  }

  /** duplicate-function-name: every function tool's name is unique. */
  private static void functionNames(ObjectNode body) {
    Set<String> names = new HashSet<>();
    for (ObjectNode tool : tools(body, "function")) {
      ObjectNode function = (ObjectNode) tool.get("function");
      String name = function.get("name").asString();
      String unique = name;
      for (int i = 2; !names.add(unique); i++) {
        unique = name + "_" + i;
      }
      function.put("name", unique);
    }
  }

  /** advisor-names: unique names (compared trimmed) within each roster. */
  private static void advisorNames(ObjectNode body) {
    for (ObjectNode tool : tools(body, "openrouter:advisor")) {
      JsonNode advisors = tool.path("parameters").path("advisors");
      Set<String> names = new HashSet<>();
      for (JsonNode advisor : advisors) {
        String name = advisor.get("name").asString();
        String unique = name;
        for (int i = 2; !names.add(unique.trim()); i++) {
          unique = name.trim() + " " + i;
        }
        ((ObjectNode) advisor).put("name", unique);
      }
    }
  }

  /** web-search-domain-filters: a web search has allowed or excluded domains, not both. */
  private static void webSearchFilters(ObjectNode body) {
    for (ObjectNode tool : tools(body, null)) {
      String type = tool.path("type").asString("");
      JsonNode parameters = tool.get("parameters");
      boolean shorthand = type.startsWith("web_search");
      if (!shorthand && !type.equals("openrouter:web_search")) {
        continue;
      }
      boolean allowed =
          (shorthand && tool.has("allowed_domains"))
              || (parameters != null && parameters.has("allowed_domains"));
      boolean excluded =
          (shorthand && tool.has("excluded_domains"))
              || (parameters != null && parameters.has("excluded_domains"));
      if (allowed && excluded) {
        if (shorthand) {
          tool.remove("excluded_domains");
        }
        if (parameters instanceof ObjectNode object) {
          object.remove("excluded_domains");
        }
      }
    }
  }

  /** tool-choice-undeclared: a forced function is declared, and "required" has tools. */
  private static void toolChoice(ObjectNode body, ChoiceSource c) {
    JsonNode choice = body.get("tool_choice");
    if (choice == null) {
      return;
    }
    if (choice.isString() && choice.stringValue().equals("required") && toolCount(body) == 0) {
      addFunction(body, Limits.identifier(c));
    }
    if (choice.isObject() && choice.path("function").isObject()) {
      List<ObjectNode> functions = tools(body, "function");
      ObjectNode function = (ObjectNode) choice.get("function");
      if (functions.isEmpty()) {
        addFunction(body, function.get("name").asString());
      } else {
        JsonNode declared = functions.get(c.choose(functions.size())).get("function").get("name");
        function.set("name", declared.deepCopy());
      }
    }
  }

  /**
   * server-tools-with-model-fallbacks: server tools and fallback models do not mix; one of them
   * goes.
   */
  private static void serverToolsWithModels(ObjectNode body, ChoiceSource c) {
    JsonNode models = body.get("models");
    if (models == null || !models.isArray() || models.isEmpty()) {
      return;
    }
    JsonNode tools = body.get("tools");
    boolean server = false;
    for (JsonNode tool : tools == null ? NODES.arrayNode() : tools) {
      server |= isServerTool(tool);
    }
    if (!server) {
      return;
    }
    if (c.flip()) {
      body.remove("models");
    } else {
      removeIf((ArrayNode) tools, Consistency::isServerTool);
    }
  }

  static boolean isServerTool(JsonNode tool) {
    String type = tool.path("type").asString("");
    return type.startsWith("openrouter:") || type.startsWith("web_search");
  }

  /** provider-conflicts: no provider both in only and ignore; no sort beside a non-empty order. */
  private static void provider(ObjectNode body) {
    JsonNode provider = body.get("provider");
    if (provider == null || !provider.isObject()) {
      return;
    }
    JsonNode only = provider.get("only");
    JsonNode ignore = provider.get("ignore");
    if (only != null && only.isArray() && ignore != null && ignore.isArray()) {
      Set<String> kept = new HashSet<>();
      only.forEach(name -> kept.add(identity(name.asString())));
      removeIf((ArrayNode) ignore, name -> kept.contains(identity(name.asString())));
    }
    JsonNode order = provider.get("order");
    if (order != null && order.isArray() && !order.isEmpty()) {
      ((ObjectNode) provider).remove("sort");
    }
  }

  /** How provider routing tells providers apart: case and punctuation aside, slug variant aside. */
  static String identity(String provider) {
    String base =
        provider.indexOf('/') > 0 ? provider.substring(0, provider.indexOf('/')) : provider;
    StringBuilder out = new StringBuilder();
    for (char ch : base.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        out.append(ch);
      }
    }
    String key = out.toString();
    return key.equals("googlevertex") ? "google" : key.equals("mancer") ? "mancer2" : key;
  }

  /** top-logprobs-requires-logprobs. */
  private static void logprobs(ObjectNode body) {
    JsonNode top = body.get("top_logprobs");
    if (top != null && !top.isNull()) {
      body.put("logprobs", true);
    }
  }

  /** response-healing-requirements: a JSON response format and no streaming. */
  private static void responseHealing(ObjectNode body) {
    boolean healing = false;
    for (JsonNode plugin : body.path("plugins")) {
      healing |=
          plugin.path("id").asString("").equals("response-healing")
              && plugin.path("enabled").asBoolean(true);
    }
    if (!healing) {
      return;
    }
    String type = body.path("response_format").path("type").asString("");
    if (!type.equals("json_object") && !type.equals("json_schema")) {
      body.set("response_format", NODES.objectNode().put("type", "json_object"));
    }
    if (body.path("stream").asBoolean(false)) {
      body.put("stream", false);
    }
  }

  /** empty-preset: a model, unless a persisted field or a system prompt is there already. */
  private static void nonEmpty(ObjectNode body, ChoiceSource c) {
    for (var field : body.properties()) {
      String name = field.getKey();
      boolean ignored =
          List.of("messages", "stream", "stream_options", "prompt", "debug").contains(name);
      if (!ignored && !field.getValue().isNull()) {
        return;
      }
    }
    JsonNode first = null;
    for (JsonNode message : body.path("messages")) {
      String role = message.path("role").asString("");
      if (role.equals("system") || role.equals("developer")) {
        first = message;
        break;
      }
    }
    if (first != null && !systemPrompt(first).isBlank()) {
      return;
    }
    body.put("model", Limits.MODELS.get(c.choose(Limits.MODELS.size())));
  }

  private static String systemPrompt(JsonNode message) {
    JsonNode content = message.path("content");
    if (content.isString()) {
      return content.stringValue();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : content) {
      if (part.path("type").asString("").equals("text")) {
        text.append(part.path("text").asString(""));
      }
    }
    return text.toString();
  }

  /** Removes the elements that match, keeping the order of the others. */
  static void removeIf(ArrayNode array, Predicate<JsonNode> drop) {
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode element : array) {
      if (!drop.test(element)) {
        kept.add(element);
      }
    }
    array.removeAll();
    array.addAll(kept);
  }

  private static void addFunction(ObjectNode body, String name) {
    ArrayNode tools =
        body.get("tools") instanceof ArrayNode existing ? existing : body.putArray("tools");
    ObjectNode tool = tools.addObject();
    tool.put("type", "function");
    tool.putObject("function").put("name", name);
  }

  private static int toolCount(ObjectNode body) {
    JsonNode tools = body.get("tools");
    return tools == null || !tools.isArray() ? 0 : tools.size();
  }

  /** The object tools of a type (any type for null). */
  static List<ObjectNode> tools(ObjectNode body, String type) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode tool : body.path("tools")) {
      if (tool instanceof ObjectNode object
          && (type == null || object.path("type").asString("").equals(type))) {
        out.add(object);
      }
    }
    return out;
  }
}
