package dev.preflight.validator.internal;

import dev.preflight.validator.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads OpenAPI documents and Overlay documents (YAML or JSON), applies overlays, and finds the
 * chat request schema.
 */
public final class SpecDocuments {
  /** The operation whose request body a preset is created from. */
  public static final String PRESET_PATH = "/presets/{slug}/chat/completions";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private SpecDocuments() {}

  /** Parses a document, YAML or JSON (told apart by its first character). */
  public static JsonNode read(byte[] bytes, String name) {
    int start = 0;
    while (start < bytes.length && Character.isWhitespace(bytes[start])) {
      start++;
    }
    try {
      JsonNode node =
          start < bytes.length && bytes[start] == '{' ? JSON.readTree(bytes) : YAML.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new SpecException(name + " is not a YAML or JSON object");
      }
      return node;
    } catch (JacksonException e) {
      throw new SpecException(
          name + " cannot be parsed as YAML or JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The request schema of {@code POST /presets/{slug}/chat/completions}, else {@code
   * components.schemas.ChatRequest}.
   */
  public static JsonNode requestSchema(JsonNode openapi, String name) {
    if (!openapi.has("openapi")) {
      throw new SpecException(name + " is not an OpenAPI document: it has no 'openapi' field");
    }
    JsonNode schema =
        openapi
            .path("paths")
            .path(PRESET_PATH)
            .path("post")
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("schema");
    if (schema.isObject()) {
      return schema;
    }
    JsonNode chatRequest = openapi.path("components").path("schemas").path("ChatRequest");
    if (chatRequest.isObject()) {
      return chatRequest;
    }
    throw new SpecException(
        name
            + " has no chat request schema: neither the JSON request body of POST "
            + PRESET_PATH
            + " nor components.schemas.ChatRequest");
  }

  /**
   * Applies an OpenAPI Overlay 1.0 document to a copy of {@code document}. Targets are JSONPath
   * expressions made of names ({@code .name}, {@code ['name']}), indices ({@code [0]}) and
   * wildcards ({@code .*}, {@code [*]}). An {@code update} is merged into each target object
   * (appended to a target array); {@code remove: true} removes each target.
   */
  public static JsonNode applyOverlay(JsonNode document, JsonNode overlay, String name) {
    if (!overlay.path("overlay").isString() || !overlay.path("actions").isArray()) {
      throw new SpecException(
          name + " is not an OpenAPI Overlay document: it needs 'overlay' and 'actions'");
    }
    JsonNode result = document.deepCopy();
    int index = 0;
    for (JsonNode action : overlay.path("actions")) {
      String where = name + " actions[" + index++ + "]";
      String target = action.path("target").asString(null);
      if (target == null) {
        throw new SpecException(where + " has no 'target'");
      }
      List<String> path = JsonPath.parse(target, where);
      if (action.path("remove").asBoolean(false)) {
        JsonPath.remove(result, path);
      } else if (action.has("update")) {
        for (JsonNode node : JsonPath.select(result, path)) {
          merge(node, action.get("update"));
        }
      }
    }
    return result;
  }

  private static void merge(JsonNode target, JsonNode update) {
    if (target.isArray()) {
      ((ArrayNode) target).add(update.deepCopy());
    } else if (target.isObject() && update.isObject()) {
      ObjectNode object = (ObjectNode) target;
      for (Map.Entry<String, JsonNode> member : update.properties()) {
        JsonNode existing = object.get(member.getKey());
        if (existing != null && existing.isObject() && member.getValue().isObject()) {
          merge(existing, member.getValue());
        } else {
          object.set(member.getKey(), member.getValue().deepCopy());
        }
      }
    }
  }

  /** The subset of JSONPath that overlay targets need. */
  static final class JsonPath {
    static final String WILDCARD = "\u0000*";

    private JsonPath() {}

    static List<String> parse(String expression, String where) {
      if (!expression.startsWith("$")) {
        throw new SpecException(where + ": target '" + expression + "' must start with '$'");
      }
      List<String> segments = new ArrayList<>();
      int i = 1;
      while (i < expression.length()) {
        char c = expression.charAt(i);
        if (c == '.') {
          int end = i + 1;
          while (end < expression.length()
              && expression.charAt(end) != '.'
              && expression.charAt(end) != '[') {
            end++;
          }
          String segment = expression.substring(i + 1, end);
          if (segment.isEmpty()) {
            throw unsupported(expression, where);
          }
          segments.add(segment.equals("*") ? WILDCARD : segment);
          i = end;
        } else if (c == '[') {
          int end = expression.indexOf(']', i);
          if (end < 0) {
            throw unsupported(expression, where);
          }
          String inside = expression.substring(i + 1, end).trim();
          if (inside.equals("*")) {
            segments.add(WILDCARD);
          } else if (inside.length() >= 2
              && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
              && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
            segments.add(inside.substring(1, inside.length() - 1));
          } else if (inside.matches("\\d+")) {
            segments.add(inside);
          } else {
            throw unsupported(expression, where);
          }
          i = end + 1;
        } else {
          throw unsupported(expression, where);
        }
      }
      return segments;
    }

    private static SpecException unsupported(String expression, String where) {
      return new SpecException(
          where
              + ": target '"
              + expression
              + "' is not supported; use names, indices and wildcards, like"
              + " $.components.schemas.ImageConfig");
    }

    static List<JsonNode> select(JsonNode root, List<String> path) {
      List<JsonNode> current = new ArrayList<>(List.of(root));
      for (String segment : path) {
        List<JsonNode> next = new ArrayList<>();
        for (JsonNode node : current) {
          children(node, segment, next);
        }
        current = next;
      }
      return current;
    }

    private static void children(JsonNode node, String segment, List<JsonNode> out) {
      if (segment.equals(WILDCARD)) {
        for (JsonNode child : node.values()) {
          out.add(child);
        }
      } else if (node.isObject() && node.has(segment)) {
        out.add(node.get(segment));
      } else if (node.isArray() && segment.matches("\\d+")) {
        JsonNode child = node.get(Integer.parseInt(segment));
        if (child != null) {
          out.add(child);
        }
      }
    }

    static void remove(JsonNode root, List<String> path) {
      if (path.isEmpty()) {
        throw new SpecException("an overlay cannot remove the whole document");
      }
      String last = path.get(path.size() - 1);
      for (JsonNode parent : select(root, path.subList(0, path.size() - 1))) {
        if (parent.isObject()) {
          if (last.equals(WILDCARD)) {
            ((ObjectNode) parent).removeAll();
          } else {
            ((ObjectNode) parent).remove(last);
          }
        } else if (parent.isArray()) {
          if (last.equals(WILDCARD)) {
            ((ArrayNode) parent).removeAll();
          } else if (last.matches("\\d+") && Integer.parseInt(last) < parent.size()) {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
          }
        }
      }
    }
  }
}
