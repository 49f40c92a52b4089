package dev.preflight.validator.internal;

import dev.preflight.rules.SchemaView;
import dev.preflight.validator.internal.SchemaNormalizer.JsonType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A {@link SchemaView} of one body over a normalized schema document: walks the schema along the
 * body, choosing union branches by the body's own values as {@link UnionKeyword} does.
 *
 * <p>Rules ask about every object of a body, parents before children, so the schemas found for a
 * pointer are kept for the pointers below it: each question costs one step from its parent, not a
 * walk from the root. What depends on the document alone (references, the names a set of schemas
 * declares) is kept in the engine-wide {@link Index}, shared by all bodies.
 */
public final class DeclaredProperties implements SchemaView {
  private static final int MAX_HOPS = 64;

  /** A pointer without a value or without a schema; so are the pointers below it. */
  private static final Resolved NOTHING = new Resolved(null, null);

  private final Index index;
  private final JsonNode body;
  // The last pointer resolved at each depth, and what it resolved to: rules walk top-down, so a
  // pointer's parent is almost always here, found without hashing or copying pointer strings.
  private String[] pointers = new String[16];
  private Resolved[] states = new Resolved[16];

  public DeclaredProperties(Index index, JsonNode body) {
    this.index = index;
    this.body = body;
  }

  /** What the document alone determines, computed once per engine; thread-safe. */
  public static final class Index {
    private final JsonNode document;
    private final Map<String, JsonNode> references = new ConcurrentHashMap<>();
    private final Map<SchemaList, Optional<Set<String>>> names = new ConcurrentHashMap<>();

    public Index(JsonNode document) {
      this.document = document;
    }

    /** The target of a {@code #...} reference; keyed by the document's own string. */
    JsonNode reference(String ref) {
      return references.computeIfAbsent(ref, r -> document.at(r.substring(1)));
    }
  }

  /** The value at a pointer and the schemas that apply to it, refs and unions expanded. */
  private static final class Resolved {
    final JsonNode value;
    final List<JsonNode> schemas;
    // Answers for this pointer, kept because a walker asks describes and then declaredProperties
    // about the same object (one body, one thread).
    Optional<Set<String>> names;
    int describes; // 0 not yet asked, 1 true, -1 false

    Resolved(JsonNode value, List<JsonNode> schemas) {
      this.value = value;
      this.schemas = schemas;
    }
  }

  @Override
  public Optional<Set<String>> declaredProperties(String pointer) {
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer: '" + pointer + "'");
    }
    return namesAt(resolve(pointer));
  }

  private Optional<Set<String>> namesAt(Resolved at) {
    // Checked before the cached answer: NOTHING is shared by every body and is never written.
    if (at.value == null || !at.value.isObject() || at.schemas == null) {
      return Optional.empty();
    }
    if (at.names != null) {
      return at.names;
    }
    SchemaList key = new SchemaList(at.schemas);
    Optional<Set<String>> names = index.names.get(key);
    if (names == null) {
      names = names(at.schemas);
      index.names.putIfAbsent(key, names);
    }
    at.names = names;
    return names;
  }

  @Override
  public boolean describes(String pointer) {
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer: '" + pointer + "'");
    }
    Resolved at = resolve(pointer);
    if (at.value == null || at.schemas == null) {
      return false; // no schema here, so none below either (see child); NOTHING is never written
    }
    if (at.describes == 0) {
      at.describes = reaches(at) ? 1 : -1;
    }
    return at.describes > 0;
  }

  private boolean reaches(Resolved at) {
    if (namesAt(at).isPresent()) {
      return true;
    }
    // Children get schemas only through these keywords of the expanded schemas (see step): a
    // free-form value such as a function's parameters, {}, ends the schema's reach.
    for (JsonNode schema : at.schemas) {
      JsonNode additional = schema.get("additionalProperties");
      JsonNode items = schema.get("items");
      if (schema.has("properties")
          || (additional != null && additional.isObject())
          || (items != null && items.isObject())) {
        return true;
      }
    }
    return false;
  }

  private Resolved resolve(String pointer) {
    if (pointer.isEmpty()) {
      if (states[0] == null) {
        pointers[0] = "";
        states[0] = new Resolved(body, expand(List.of(index.document), body));
      }
      return states[0];
    }
    int depth = 0;
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '/') {
        depth++;
      }
    }
    if (depth < pointers.length && pointer.equals(pointers[depth])) {
      return states[depth];
    }
    int slash = pointer.lastIndexOf('/');
    String above = depth - 1 < pointers.length ? pointers[depth - 1] : null;
    Resolved parent =
        above != null && above.length() == slash && pointer.startsWith(above)
            ? states[depth - 1]
            : resolve(pointer.substring(0, slash));
    Resolved result = child(parent, pointer.substring(slash + 1));
    if (depth >= pointers.length) {
      pointers = Arrays.copyOf(pointers, depth * 2);
      states = Arrays.copyOf(states, depth * 2);
    }
    pointers[depth] = pointer;
    states[depth] = result;
    return result;
  }

  private Resolved child(Resolved parent, String raw) {
    if (parent.schemas == null || !parent.value.isContainer()) {
      return NOTHING; // no schema here, so none below either
    }
    String token = raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
    JsonNode value;
    if (parent.value.isArray()) {
      int i = index(token);
      value = i < 0 ? null : parent.value.get(i);
    } else {
      value = parent.value.get(token);
    }
    if (value == null) {
      return NOTHING;
    }
    List<JsonNode> next = new ArrayList<>();
    for (JsonNode schema : parent.schemas) {
      JsonNode child = step(schema, parent.value, token);
      if (child != null) {
        next.add(child);
      }
    }
    return next.isEmpty() ? new Resolved(value, null) : new Resolved(value, expand(next, value));
  }

  /** An array index as JSON Pointer reads one: digits, no leading zero, within int; else -1. */
  private static int index(String token) {
    int length = token.length();
    if (length == 0 || length > 10 || (length > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  private static Optional<Set<String>> names(List<JsonNode> schemas) {
    if (schemas == null) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    boolean described = false;
    for (JsonNode schema : schemas) {
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
      expand(index.reference(ref.stringValue()), value, out, hops + 1);
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

  /**
   * A list of schema nodes compared by identity: the document's nodes are never modified, and
   * equal-looking schemas at different places may still be told apart by the names they lead to.
   */
  private static final class SchemaList {
    private final List<JsonNode> schemas;
    private final int hash;

    SchemaList(List<JsonNode> schemas) {
      this.schemas = schemas;
      int h = 1;
      for (JsonNode schema : schemas) {
        h = 31 * h + System.identityHashCode(schema);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof SchemaList) || ((SchemaList) other).hash != hash) {
        return false;
      }
      List<JsonNode> those = ((SchemaList) other).schemas;
      if (those.size() != schemas.size()) {
        return false;
      }
      for (int i = 0; i < schemas.size(); i++) {
        if (those.get(i) != schemas.get(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
