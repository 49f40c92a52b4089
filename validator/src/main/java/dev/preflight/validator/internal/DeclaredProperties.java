package dev.preflight.validator.internal;

import dev.preflight.rules.SchemaView;
import dev.preflight.validator.internal.SchemaNormalizer.JsonType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A {@link SchemaView} of one body over a normalized schema document: walks the schema along the
 * body, choosing union branches by the body's own values as {@link UnionKeyword} does.
 */
public final class DeclaredProperties implements SchemaView {
  private static final int MAX_HOPS = 64;

  private final JsonNode document;
  private final JsonNode body;

  public DeclaredProperties(JsonNode document, JsonNode body) {
    this.document = document;
    this.body = body;
  }

  @Override
  public Optional<Set<String>> declaredProperties(String pointer) {
    JsonNode value = body.at(pointer);
    if (!value.isObject()) {
      return Optional.empty();
    }
    List<JsonNode> schemas = List.of(document);
    JsonNode current = body;
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    for (String raw : tokens) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode schema : expand(schemas, current)) {
        JsonNode child = step(schema, current, token);
        if (child != null) {
          next.add(child);
        }
      }
      current = current.isArray() ? current.path(Integer.parseInt(token)) : current.path(token);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      schemas = next;
    }
    Set<String> names = new LinkedHashSet<>();
    boolean described = false;
    for (JsonNode schema : expand(schemas, current)) {
      JsonNode properties = schema.get("properties");
      JsonNode additional = schema.get("additionalProperties");
      JsonNode patterns = schema.get("patternProperties");
      if (properties == null && additional == null && patterns == null && isWrapper(schema)) {
        continue; // a $ref, allOf or union: the schemas it leads to are in the list too
      }
      described = true;
      boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
      if ((properties == null || !properties.isObject()) && !closed) {
        return Optional.empty(); // a free-form object
      }
      if (!closed && (additional != null || patterns != null)) {
        return Optional.empty(); // declared names, and any other name too
      }
      if (properties != null) {
        properties.propertyNames().forEach(names::add);
      }
    }
    return described ? Optional.of(Set.copyOf(names)) : Optional.empty();
  }

  /** Whether a schema only leads to others (by reference, allOf or a union) without own shape. */
  private static boolean isWrapper(JsonNode schema) {
    return schema.has("$ref") || schema.has("allOf") || schema.has(UnionKeyword.NAME);
  }

  /** The schemas that apply to {@code value}: refs followed, allOf parts and union branches. */
  private List<JsonNode> expand(List<JsonNode> schemas, JsonNode value) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode schema : schemas) {
      expand(schema, value, out, 0);
    }
    return out;
  }

  private void expand(JsonNode schema, JsonNode value, List<JsonNode> out, int hops) {
    if (!schema.isObject() || hops > MAX_HOPS) {
      return;
    }
    out.add(schema);
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString() && ref.stringValue().startsWith("#")) {
      expand(document.at(ref.stringValue().substring(1)), value, out, hops + 1);
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null) {
      for (JsonNode part : allOf) {
        expand(part, value, out, hops + 1);
      }
    }
    JsonNode union = schema.get(UnionKeyword.NAME);
    if (union != null) {
      for (JsonNode branch : branches(union, value)) {
        expand(branch, value, out, hops + 1);
      }
    }
  }

  /** The branches of a union that {@code value} is checked against. */
  private static List<JsonNode> branches(JsonNode union, JsonNode value) {
    List<JsonNode> out = new ArrayList<>();
    JsonType type = JsonType.of(value);
    JsonNode discriminator = union.get("discriminator");
    if (type == JsonType.OBJECT && discriminator != null) {
      JsonNode selected =
          discriminator
              .path("mapping")
              .get(value.path(discriminator.path("property").asString()).asString(""));
      if (selected != null) {
        out.add(union.path("branches").path(selected.intValue()));
      }
      return out;
    }
    for (JsonNode index : union.path("types").path(type.label)) {
      out.add(union.path("branches").path(index.intValue()));
    }
    return out;
  }

  /** The schema of the child {@code token} of {@code value} under {@code schema}, or null. */
  private static JsonNode step(JsonNode schema, JsonNode value, String token) {
    if (value.isArray()) {
      JsonNode items = schema.get("items");
      return items != null && items.isObject() ? items : null;
    }
    JsonNode property = schema.path("properties").get(token);
    if (property != null) {
      return property;
    }
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isObject() ? additional : null;
  }
}
