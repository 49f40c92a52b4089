package dev.preflight.junit.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Coverage of schema locations by bodies, computed from the bodies alone (not from what the
 * generator meant to do): a location is a property of an object schema ({@code
 * /$defs/ChatRequest/properties/temperature}) or a branch of a union ({@code
 * /$defs/ChatMessages/x-preflight-union/branches/2}), named by its JSON Pointer in the normalized
 * document. A property is covered when a body has it where that schema applies; a branch when a
 * body has a value that the branch accepts by its type, its enums and consts, its discriminator and
 * its required properties.
 */
final class SchemaCoverage {
  private static final String UNION = "x-preflight-union";

  private final JsonNode document;
  private final Set<String> reachable = new LinkedHashSet<>();
  private final Set<String> covered = new HashSet<>();

  SchemaCoverage(JsonNode document) {
    this.document = document;
    collect("", new HashSet<>());
  }

  /** Every location reachable from the root. */
  Set<String> reachable() {
    return reachable;
  }

  /** The reachable locations no body has reached yet, sorted. */
  Set<String> missed() {
    Set<String> out = new TreeSet<>(reachable);
    out.removeAll(covered);
    return out;
  }

  /** Records the locations {@code body} reaches. */
  void add(JsonNode body) {
    visit("", body);
  }

  private void collect(String at, Set<String> seen) {
    if (!seen.add(at)) {
      return;
    }
    JsonNode schema = document.at(at);
    if (schema.has("$ref")) {
      collect(schema.get("$ref").asString().substring(1), seen);
    }
    JsonNode union = schema.get(UNION);
    if (union != null) {
      for (int i = 0; i < union.get("branches").size(); i++) {
        String branch = at + "/" + UNION + "/branches/" + i;
        reachable.add(branch);
        collect(branch, seen);
      }
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      for (String name : properties.propertyNames()) {
        String property = at + "/properties/" + escape(name);
        reachable.add(property);
        collect(property, seen);
      }
    }
    if (schema.path("items").isObject()) {
      collect(at + "/items", seen);
    }
    if (schema.path("additionalProperties").isObject()) {
      collect(at + "/additionalProperties", seen);
    }
  }

  private void visit(String at, JsonNode value) {
    JsonNode schema = document.at(at);
    if (schema.has("$ref")) {
      visit(schema.get("$ref").asString().substring(1), value);
    }
    JsonNode union = schema.get(UNION);
    if (union != null) {
      JsonNode branches = union.get("branches");
      for (int i = 0; i < branches.size(); i++) {
        if (accepts(branches.get(i), value)) {
          String branch = at + "/" + UNION + "/branches/" + i;
          covered.add(branch);
          visit(branch, value);
        }
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.get("properties");
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        if (properties != null && properties.has(member.getKey())) {
          String property = at + "/properties/" + escape(member.getKey());
          covered.add(property);
          visit(property, member.getValue());
        } else if (schema.path("additionalProperties").isObject()) {
          visit(at + "/additionalProperties", member.getValue());
        }
      }
    }
    if (value.isArray() && schema.path("items").isObject()) {
      for (JsonNode item : value) {
        visit(at + "/items", item);
      }
    }
  }

  /** Whether {@code value} fits the shape of {@code schema}, shallowly (nested values aside). */
  private boolean accepts(JsonNode schema, JsonNode value) {
    JsonNode resolved = schema;
    for (int i = 0; i < 64 && resolved.has("$ref"); i++) {
      resolved = document.at(resolved.get("$ref").asString().substring(1));
    }
    if (resolved.has(UNION)) {
      for (JsonNode branch : resolved.get(UNION).get("branches")) {
        if (accepts(branch, value)) {
          return true;
        }
      }
      return false;
    }
    JsonNode type = resolved.get("type");
    if (type != null) {
      List<String> types = new ArrayList<>();
      if (type.isString()) {
        types.add(type.stringValue());
      } else {
        type.forEach(t -> types.add(t.asString()));
      }
      if (types.stream().noneMatch(t -> hasType(value, t))) {
        return false;
      }
    }
    JsonNode enumeration = resolved.get("enum");
    if (enumeration != null) {
      boolean found = false;
      for (JsonNode allowed : enumeration) {
        found |= allowed.equals(value);
      }
      if (!found) {
        return false;
      }
    }
    if (resolved.has("pattern")
        && value.isString()
        && !java.util.regex.Pattern.compile(resolved.get("pattern").asString())
            .matcher(value.stringValue())
            .find()) {
      return false;
    }
    if (value.isObject()) {
      for (JsonNode required : resolved.path("required")) {
        if (!value.has(required.asString())) {
          return false;
        }
      }
      for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
        JsonNode member = value.get(property.getKey());
        JsonNode propertySchema = property.getValue();
        for (int i = 0; i < 64 && propertySchema.has("$ref"); i++) {
          propertySchema = document.at(propertySchema.get("$ref").asString().substring(1));
        }
        if (member != null && propertySchema.has("enum") && !accepts(propertySchema, member)) {
          return false; // a discriminator such as role or type
        }
      }
    }
    return true;
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "null":
        return value.isNull();
      case "boolean":
        return value.isBoolean();
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isString();
      case "integer":
        return value.isIntegralNumber()
            || (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue()));
      case "number":
        return value.isNumber();
      default:
        return true;
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
