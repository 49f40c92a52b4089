package dev.preflight.validator.internal;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.SchemaView;
import dev.preflight.validator.internal.SchemaNormalizer.JsonType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A {@link SchemaView} of one body over a normalized schema document: walks the schema along the
 * body, choosing union branches by the body's own values as {@link UnionKeyword} does.
 *
 * <p>Rules walk the body with {@link #root() positions}: each position keeps the value and the
 * schemas found for it, so a step to a child is one step of the schema, without pointer strings.
 * Questions by pointer are answered too, parents before children being the usual order: the schemas
 * found for a pointer are kept for the pointers below it, so each such question also costs one step
 * from its parent, not a walk from the root. What depends on the document alone (references, the
 * names a set of schemas declares) is kept in the engine-wide {@link Index}, shared by all bodies.
 */
public final class DeclaredProperties implements SchemaView {
  private static final int MAX_HOPS = 64;

  /** The schemas of a value that some schema reaches but none of them applies to. */
  private static final JsonNode[] NO_SCHEMAS = new JsonNode[0];

  private final Index index;
  private final JsonNode body;
  private Resolved root; // built on first use
  // The last pointer resolved at each depth, and what it resolved to: rules walk top-down, so a
  // pointer's parent is almost always here, found without hashing or copying pointer strings.
  // Made on the first question by pointer.
  private String[] pointers;
  private Resolved[] states;
  // Where expand collects the schemas of one value (one body, one thread), before they are copied
  // to an array of their own size.
  private JsonNode[] found = new JsonNode[16];
  private int count;

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
      JsonNode target = references.get(ref);
      if (target == null) {
        // No computeIfAbsent: its lambda would be a class spun at run time on every cold start.
        // Two threads may both resolve a reference; they find the same node.
        target = document.at(ref.substring(1));
        references.putIfAbsent(ref, target);
      }
      return target;
    }
  }

  /**
   * A place in the body: the value there and the schemas that apply to it, refs and unions
   * expanded, and the step from its parent that led there (for its pointer).
   */
  private final class Resolved implements Position {
    final Resolved parent; // null at the root
    final String name; // the (unescaped) token of a property step; null for an element step
    final int index; // the index of an element step
    final JsonNode value; // null when the body has no value here, or no schema reaches its parent
    final JsonNode[] schemas; // null when no schema reaches here; then none below either
    // Answers for this place, kept because a walker asks describes and then declaredProperties
    // about the same object (one body, one thread).
    Optional<Set<String>> names;
    int describes; // 0 not yet asked, 1 true, -1 false

    Resolved(Resolved parent, String name, int index, JsonNode value, JsonNode[] schemas) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.value = value;
      this.schemas = schemas;
    }

    @Override
    public boolean describes() {
      if (value == null || schemas == null) {
        return false; // no schema here, so none below either (see child)
      }
      if (describes == 0) {
        describes = reaches(this) ? 1 : -1;
      }
      return describes > 0;
    }

    @Override
    public Optional<Set<String>> declaredProperties() {
      return namesAt(this);
    }

    @Override
    public Position property(String name) {
      return child(this, Objects.requireNonNull(name, "name"));
    }

    @Override
    public Position element(int index) {
      if (index < 0) {
        throw new IllegalArgumentException("negative array index: " + index);
      }
      return elementAt(this, index);
    }

    @Override
    public String pointer() {
      return parent == null ? "" : appendPointer(new StringBuilder()).toString();
    }

    private StringBuilder appendPointer(StringBuilder out) {
      if (parent != null) {
        parent.appendPointer(out);
        if (name != null) {
          JsonPointers.appendTo(out, name);
        } else {
          out.append('/').append(index);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "Position[" + pointer() + "]";
    }
  }

  /**
   * The body's root, whose positions step from one value to the next with the schemas already found
   * for it: no pointer is built or parsed unless {@link Position#pointer()} is called.
   */
  @Override
  public Position root() {
    return top();
  }

  private Resolved top() {
    if (root == null) {
      count = 0;
      expand(index.document, body, 0);
      root = new Resolved(null, null, -1, body, collected());
    }
    return root;
  }

  @Override
  public Optional<Set<String>> declaredProperties(String pointer) {
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer: '" + pointer + "'");
    }
    return namesAt(resolve(pointer));
  }

  private Optional<Set<String>> namesAt(Resolved at) {
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
    return resolve(pointer).describes();
  }

  private boolean reaches(Resolved at) {
    if (namesAt(at).isPresent()) {
      return true;
    }
    // Children get schemas only through these keywords of the expanded schemas (see step): a
    // free-form value such as a function's parameters, {}, ends the schema's reach.
    for (JsonNode schema : at.schemas) { // an array: no iterator
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
    if (pointers == null) {
      pointers = new String[16];
      states = new Resolved[16];
    }
    if (pointer.isEmpty()) {
      if (states[0] == null) {
        pointers[0] = "";
        states[0] = top();
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
    String raw = pointer.substring(slash + 1);
    Resolved result =
        child(parent, raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~"));
    if (depth >= pointers.length) {
      pointers = Arrays.copyOf(pointers, depth * 2);
      states = Arrays.copyOf(states, depth * 2);
    }
    pointers[depth] = pointer;
    states[depth] = result;
    return result;
  }

  /** The place at reference token {@code token} (unescaped) below {@code parent}. */
  private Resolved child(Resolved parent, String token) {
    JsonNode value = null;
    if (parent.schemas != null && parent.value.isContainer()) {
      if (parent.value.isArray()) {
        int i = index(token);
        value = i < 0 ? null : parent.value.get(i);
      } else {
        value = parent.value.get(token);
      }
    }
    return at(parent, token, -1, value);
  }

  /** The place at element {@code i} (not negative) below {@code parent}. */
  private Resolved elementAt(Resolved parent, int i) {
    if (parent.value != null && parent.value.isObject()) {
      return child(parent, Integer.toString(i)); // as a pointer reads it: the property "i"
    }
    JsonNode value = parent.schemas != null && parent.value.isArray() ? parent.value.get(i) : null;
    return at(parent, null, i, value);
  }

  /**
   * The place of {@code value}, the child of {@code parent} at {@code name} (or element {@code
   * index}); {@code value} is null when the body has none there or no schema reaches its parent,
   * and then no schema applies below either.
   */
  private Resolved at(Resolved parent, String name, int index, JsonNode value) {
    if (value == null) {
      return new Resolved(parent, name, index, null, null);
    }
    boolean reached = false;
    count = 0;
    for (JsonNode schema : parent.schemas) {
      JsonNode child = step(schema, parent.value, name);
      if (child != null) {
        reached = true;
        expand(child, value, 0);
      }
    }
    return new Resolved(parent, name, index, value, reached ? collected() : null);
  }

  /** The schemas expand has collected since {@code count} was reset, in an array of their own. */
  private JsonNode[] collected() {
    return count == 0 ? NO_SCHEMAS : Arrays.copyOf(found, count);
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

  private static Optional<Set<String>> names(JsonNode[] schemas) {
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
        for (String name : properties.propertyNames()) {
          names.add(name);
        }
      }
    }
    return described ? Optional.of(Set.copyOf(names)) : Optional.empty();
  }

  /** Whether a schema only leads to others (by reference, allOf or a union) without own shape. */
  private static boolean isWrapper(JsonNode schema) {
    return schema.has("$ref") || schema.has("allOf") || schema.has(UnionKeyword.NAME);
  }

  /**
   * Collects the schemas that apply to {@code value} under {@code schema}: itself, then refs
   * followed, allOf parts and union branches, depth first; see {@link #collected()}.
   */
  private void expand(JsonNode schema, JsonNode value, int hops) {
    if (!schema.isObject() || hops > MAX_HOPS) {
      return;
    }
    if (count == found.length) {
      found = Arrays.copyOf(found, count * 2);
    }
    found[count++] = schema;
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString() && ref.stringValue().startsWith("#")) {
      expand(index.reference(ref.stringValue()), value, hops + 1);
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null && allOf.isArray()) {
      for (int i = 0; i < allOf.size(); i++) { // no iterator: expand is recursive, not inlined
        expand(allOf.get(i), value, hops + 1);
      }
    } else if (allOf != null) {
      for (JsonNode part : allOf) { // not a valid allOf: its values, as before
        expand(part, value, hops + 1);
      }
    }
    JsonNode union = schema.get(UnionKeyword.NAME);
    if (union != null) {
      expandBranches(union, value, hops + 1);
    }
  }

  /** Expands the branches of a union that {@code value} is checked against. */
  private void expandBranches(JsonNode union, JsonNode value, int hops) {
    JsonType type = JsonType.of(value);
    JsonNode discriminator = union.get("discriminator");
    if (type == JsonType.OBJECT && discriminator != null) {
      JsonNode selected =
          discriminator
              .path("mapping")
              .get(value.path(discriminator.path("property").asString()).asString(""));
      if (selected != null) {
        expand(union.path("branches").path(selected.intValue()), value, hops);
      }
      return;
    }
    JsonNode indices = union.path("types").path(type.label);
    if (indices.isArray()) {
      for (int i = 0; i < indices.size(); i++) { // no iterator, as in expand
        expand(union.path("branches").path(indices.get(i).intValue()), value, hops);
      }
      return;
    }
    for (JsonNode index : indices) {
      expand(union.path("branches").path(index.intValue()), value, hops);
    }
  }

  /**
   * The schema of the child {@code token} of {@code value} under {@code schema}, or null; {@code
   * token} is not read when {@code value} is an array.
   */
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
    private final JsonNode[] schemas;
    private final int hash;

    SchemaList(JsonNode[] schemas) {
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
      JsonNode[] those = ((SchemaList) other).schemas;
      if (those.length != schemas.length) {
        return false;
      }
      for (int i = 0; i < schemas.length; i++) {
        if (those[i] != schemas[i]) {
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
