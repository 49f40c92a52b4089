package dev.preflight.junit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates one value for a schema of the normalized request document (JSON Schema 2020-12 with
 * {@code $defs} and {@code x-preflight-union}), following {@code $ref}s, picking union branches,
 * including optional properties with a probability that grows with the size. Where the schema is
 * silent about limits that the rules enforce (a range, a length, a name format), {@link Limits}
 * gives the value space by instance location ({@code /plugins/* /analysis_models}).
 */
final class SchemaWalker {
  static final String UNION = "x-preflight-union";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 24;
  private static final int FREE_FORM_DEPTH = 2;

  private final JsonNode document;

  SchemaWalker(JsonNode document) {
    this.document = document;
  }

  /** The schema of the request body, {@code $ref} resolved. */
  JsonNode root() {
    return resolve(document);
  }

  /** Follows {@code $ref}s (within the document) until a schema with its own content. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 64 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asString();
      if (!ref.startsWith("#")) {
        throw new IllegalStateException("external $ref " + ref + " in the request schema");
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }

  /** A value for {@code schema} at the instance {@code location} ({@code *} for indices). */
  JsonNode generate(JsonNode schema, String location, Generation g) {
    return generate(schema, location, g, 0);
  }

  private JsonNode generate(JsonNode schema, String location, Generation g, int depth) {
    JsonNode resolved = resolve(schema);
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException(
          "the schema nests deeper than " + MAX_DEPTH + " at " + location);
    }
    JsonNode union = resolved.get(UNION);
    if (union != null) {
      JsonNode branches = union.get("branches");
      int branch = g.choices().choose(branches.size());
      return generate(branches.get(branch), location, g, depth + 1);
    }
    JsonNode enumeration = resolved.get("enum");
    if (enumeration != null && enumeration.isArray() && !enumeration.isEmpty()) {
      return enumeration.get(g.choices().choose(enumeration.size())).deepCopy();
    }
    if (resolved.has("const")) {
      return resolved.get("const").deepCopy();
    }
    String type = pickType(resolved, g);
    switch (type) {
      case "null":
        return NODES.nullNode();
      case "boolean":
        return NODES.booleanNode(g.choices().flip());
      case "integer":
        return NODES.numberNode(Limits.integer(location, g.choices()));
      case "number":
        return NODES.numberNode(Limits.number(location, g.choices()));
      case "string":
        return NODES.stringNode(string(resolved, location, g));
      case "array":
        return array(resolved, location, g, depth);
      case "object":
        return object(resolved, location, g, depth);
      default:
        return Limits.anyValue(location, g.choices());
    }
  }

  /** One of the schema's types; {@code null} only now and then, when others are allowed. */
  private static String pickType(JsonNode schema, Generation g) {
    JsonNode type = schema.get("type");
    if (type == null) {
      if (schema.has("properties") || schema.has("additionalProperties")) {
        return "object";
      }
      return schema.has("items") ? "array" : "any";
    }
    if (type.isString()) {
      return type.stringValue();
    }
    List<String> types = new ArrayList<>();
    boolean nullable = false;
    for (JsonNode t : type) {
      if (t.asString().equals("null")) {
        nullable = true;
      } else {
        types.add(t.asString());
      }
    }
    if (types.isEmpty() || (nullable && g.choices().choose(10) == 0)) {
      return "null";
    }
    return types.get(g.choices().choose(types.size()));
  }

  private String string(JsonNode schema, String location, Generation g) {
    JsonNode pattern = schema.get("pattern");
    if (pattern != null) {
      return Limits.matching(Pattern.compile(pattern.asString()), location, g.choices());
    }
    return Limits.string(location, g.choices());
  }

  private JsonNode array(JsonNode schema, String location, Generation g, int depth) {
    ArrayNode out = NODES.arrayNode();
    JsonNode items = schema.get("items");
    int length = Limits.length(location, g);
    for (int i = 0; i < length; i++) {
      String itemLocation = location + "/*";
      out.add(
          items == null || items.isEmpty()
              ? Limits.anyValue(itemLocation, g.choices())
              : generate(items, itemLocation, g, depth + 1));
    }
    return out;
  }

  private JsonNode object(JsonNode schema, String location, Generation g, int depth) {
    ObjectNode out = NODES.objectNode();
    JsonNode properties = schema.get("properties");
    JsonNode required = schema.get("required");
    List<String> mandatory = new ArrayList<>();
    if (required != null) {
      required.forEach(name -> mandatory.add(name.asString()));
    }
    if (properties != null) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        String name = property.getKey();
        if (mandatory.contains(name) || g.includeOptional()) {
          out.set(name, generate(property.getValue(), location + "/" + name, g, depth + 1));
        }
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (properties == null && additional != null && additional.isObject()) {
      int entries = Limits.entries(location, g);
      for (int i = 0; i < entries; i++) {
        String key = Limits.key(location, i, g.choices());
        String entryLocation = location + "/*";
        out.set(
            key,
            additional.isEmpty()
                ? freeForm(entryLocation, g, FREE_FORM_DEPTH)
                : generate(additional, entryLocation, g, depth + 1));
      }
    }
    return out;
  }

  /** Any JSON, for schemas that accept anything (function parameters, JSON schemas). */
  private JsonNode freeForm(String location, Generation g, int depth) {
    int kind = g.choices().choose(depth > 0 ? 6 : 4);
    switch (kind) {
      case 0:
        return NODES.stringNode(Limits.string(location, g.choices()));
      case 1:
        return NODES.numberNode(g.choices().between(-1000, 1000));
      case 2:
        return NODES.booleanNode(g.choices().flip());
      case 3:
        return NODES.nullNode();
      case 4:
        {
          ArrayNode array = NODES.arrayNode();
          int length = g.choices().choose(3);
          for (int i = 0; i < length; i++) {
            array.add(freeForm(location + "/*", g, depth - 1));
          }
          return array;
        }
      default:
        {
          ObjectNode object = NODES.objectNode();
          int entries = g.choices().choose(3);
          for (int i = 0; i < entries; i++) {
            object.set(
                Limits.key(location, i, g.choices()), freeForm(location + "/*", g, depth - 1));
          }
          return object;
        }
    }
  }
}
