package dev.preflight.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Finds the parts of a request body that several rules inspect: plugins by id, tools by type, and
 * the elements of arrays. Values of an unexpected type are skipped, never reported: the schema
 * reports those.
 */
final class BodyParts {
  /** The type of OpenRouter's web search server tool. */
  static final String WEB_SEARCH_TOOL = "openrouter:web_search";

  /** The type of OpenRouter's fusion server tool. */
  static final String FUSION_TOOL = "openrouter:fusion";

  private BodyParts() {}

  /** The body itself, located at the root. */
  static Located root(JsonNode body) {
    return new Located(body, "");
  }

  /** The {@code provider} preferences object, or null when absent or not an object. */
  static Located provider(JsonNode body) {
    Located provider = root(body).member("provider");
    return provider != null && provider.node().isObject() ? provider : null;
  }

  /** The object elements of the array {@code name} at the top of the body. */
  static List<Located> objects(JsonNode body, String name) {
    JsonNode array = body.get(name);
    List<Located> out = new ArrayList<>();
    if (array == null || !array.isArray()) {
      return out;
    }
    Located located = root(body).child(name, array);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).isObject()) {
        out.add(located.element(i));
      }
    }
    return out;
  }

  /** The elements of an array value (all of them, of any type), or none when it is not an array. */
  static List<Located> elements(Located array) {
    List<Located> out = new ArrayList<>();
    if (array == null || !array.node().isArray()) {
      return out;
    }
    for (int i = 0; i < array.node().size(); i++) {
      out.add(array.element(i));
    }
    return out;
  }

  /** The entries of {@code plugins} whose {@code id} is {@code id}. */
  static List<Located> plugins(JsonNode body, String id) {
    return withString(objects(body, "plugins"), "id", id, false);
  }

  /** The entries of {@code tools} whose {@code type} is {@code type}. */
  static List<Located> tools(JsonNode body, String type) {
    return withString(objects(body, "tools"), "type", type, false);
  }

  /** The entries of {@code tools} whose {@code type} starts with {@code prefix}. */
  static List<Located> toolsOfTypePrefix(JsonNode body, String prefix) {
    return withString(objects(body, "tools"), "type", prefix, true);
  }

  /** The {@code web_search*} shorthand tools, which OpenRouter converts to its web search tool. */
  static List<Located> webSearchShorthandTools(JsonNode body) {
    return toolsOfTypePrefix(body, "web_search");
  }

  /** Function tools: {@code type} {@code function}. */
  static List<Located> functionTools(JsonNode body) {
    return tools(body, "function");
  }

  /**
   * Every fusion configuration: the {@code fusion} plugins, and the {@code parameters} of {@code
   * openrouter:fusion} tools. Both take {@code analysis_models} and {@code max_tool_calls}.
   */
  static List<Located> fusionConfigurations(JsonNode body) {
    List<Located> out = new ArrayList<>(plugins(body, "fusion"));
    for (Located tool : tools(body, FUSION_TOOL)) {
      Located parameters = parameters(tool);
      if (parameters != null) {
        out.add(parameters);
      }
    }
    return out;
  }

  /** The {@code parameters} object of a server tool, or null. */
  static Located parameters(Located tool) {
    Located parameters = tool.member("parameters");
    return parameters != null && parameters.node().isObject() ? parameters : null;
  }

  /** The string member {@code name} of an object, or null when it is absent or not a string. */
  static String string(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /**
   * The items whose string member {@code key} equals {@code expected}, or starts with it when
   * {@code prefix}. (No predicate argument: each lambda is a class spun at run time, which a cold
   * start pays for.)
   */
  private static List<Located> withString(
      List<Located> items, String key, String expected, boolean prefix) {
    List<Located> out = new ArrayList<>();
    for (Located item : items) {
      String value = string(item.node(), key);
      if (value != null && (prefix ? value.startsWith(expected) : value.equals(expected))) {
        out.add(item);
      }
    }
    return out;
  }
}
