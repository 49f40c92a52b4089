package dev.preflight.validator.internal;

import dev.preflight.validator.SpecException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the request schema of an OpenAPI 3.x document into a standalone JSON Schema 2020-12
 * document that means what OpenRouter means, by general rules rather than by patching named
 * schemas, so that any newer OpenRouter spec is treated the same way:
 *
 * <ul>
 *   <li>{@code #/components/schemas/X} references become {@code #/$defs/X}; only the schemas the
 *       request schema reaches are kept;
 *   <li>OpenAPI 3.0's {@code nullable: true} becomes a {@code null} type;
 *   <li>every {@code oneOf} and {@code anyOf} becomes an {@value UnionKeyword#NAME} union: the
 *       renderer's unions mean "first match wins", so a value is valid when it matches at least one
 *       branch. The union is dispatched by the JSON type of the value and, among object branches,
 *       by a discriminating property whose values tell the branches apart (the OpenAPI {@code
 *       discriminator} if there is one, else any property with disjoint {@code const} or {@code
 *       enum} values in every branch), so that errors come from the one branch the value was meant
 *       for;
 *   <li>a union branch that is nothing but {@code {description: "Any type"}} is the renderer's
 *       spelling of {@code {type: "null"}}.
 * </ul>
 */
public final class SchemaNormalizer {
  /** The {@code $id} of the normalized document. */
  public static final String SCHEMA_ID = "https://preflight.dev/schema/chat-request.json";

  private static final String COMPONENTS_PREFIX = "#/components/schemas/";
  private static final String DEFS_PREFIX = "#/$defs/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Keywords whose value is one schema. */
  private static final Set<String> SCHEMA_KEYWORDS =
      Set.of(
          "items",
          "additionalProperties",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties",
          "additionalItems");

  /** Keywords whose value is an array of schemas. */
  private static final Set<String> SCHEMA_ARRAY_KEYWORDS = Set.of("allOf", "prefixItems");

  /** Keywords whose value maps names to schemas. */
  private static final Set<String> SCHEMA_MAP_KEYWORDS =
      Set.of("properties", "patternProperties", "dependentSchemas", "$defs");

  /** The JSON types a value can have, with integers apart from other numbers. */
  enum JsonType {
    NULL("null"),
    BOOLEAN("boolean"),
    OBJECT("object"),
    ARRAY("array"),
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number");

    final String label;

    JsonType(String label) {
      this.label = label;
    }

    static JsonType of(JsonNode value) {
      switch (value.getNodeType()) {
        case NULL:
          return NULL;
        case BOOLEAN:
          return BOOLEAN;
        case OBJECT:
          return OBJECT;
        case ARRAY:
          return ARRAY;
        case STRING:
          return STRING;
        case NUMBER:
          if (value.isIntegralNumber()) {
            return INTEGER;
          }
          double d = value.doubleValue();
          return !Double.isInfinite(d) && d == Math.rint(d) ? INTEGER : NUMBER;
        default:
          return OBJECT;
      }
    }

    static JsonType named(String name) {
      for (JsonType type : values()) {
        if (type.label.equals(name)) {
          return type;
        }
      }
      return null;
    }
  }

  private final JsonNode schemas;

  private SchemaNormalizer(JsonNode schemas) {
    this.schemas = schemas == null ? NODES.objectNode() : schemas;
  }

  /**
   * Normalizes {@code requestSchema}, a schema of the OpenAPI document {@code openapi}.
   *
   * @throws SpecException when a reference cannot be resolved
   */
  public static ObjectNode normalize(JsonNode openapi, JsonNode requestSchema) {
    SchemaNormalizer normalizer = new SchemaNormalizer(openapi.path("components").path("schemas"));
    ObjectNode document = NODES.objectNode();
    document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    document.put("$id", SCHEMA_ID);
    ObjectNode defs = document.putObject("$defs");
    for (String name : normalizer.reachable(requestSchema)) {
      defs.set(name, normalizer.normalizeSchema(normalizer.component(name)));
    }
    JsonNode root = normalizer.normalizeSchema(requestSchema);
    if (root.isObject()) {
      for (Map.Entry<String, JsonNode> member : root.properties()) {
        document.set(member.getKey(), member.getValue());
      }
    } else if (root.isBoolean() && !root.booleanValue()) {
      document.put("not", true);
    }
    return document;
  }

  /** The names of the component schemas that {@code schema} reaches, transitively. */
  private Set<String> reachable(JsonNode schema) {
    Set<String> names = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(schema);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString()) {
          String name = componentName(ref.stringValue());
          if (names.add(name)) {
            pending.push(component(name));
          }
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          if (!isData(member.getKey())) {
            pending.push(member.getValue());
          }
        }
      } else if (node.isArray()) {
        for (JsonNode item : node) {
          pending.push(item);
        }
      }
    }
    return names;
  }

  /** Keywords that hold instance data, not schemas: nothing inside them is a reference. */
  private static boolean isData(String keyword) {
    return keyword.equals("enum")
        || keyword.equals("const")
        || keyword.equals("default")
        || keyword.equals("example")
        || keyword.equals("examples");
  }

  private JsonNode component(String name) {
    JsonNode schema = schemas.get(name);
    if (schema == null) {
      throw new SpecException(
          "the spec refers to " + COMPONENTS_PREFIX + name + ", which it does not define");
    }
    return schema;
  }

  private static String componentName(String ref) {
    if (!ref.startsWith(COMPONENTS_PREFIX)) {
      throw new SpecException(
          "unsupported reference '"
              + ref
              + "': only references to #/components/schemas/ are supported");
    }
    return unescape(ref.substring(COMPONENTS_PREFIX.length()));
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** A normalized copy of one schema; the input is never modified. */
  private JsonNode normalizeSchema(JsonNode schema) {
    if (!schema.isObject()) {
      return schema.deepCopy();
    }
    ObjectNode out = NODES.objectNode();
    List<JsonNode> unions = new ArrayList<>(2);
    JsonNode discriminator = schema.get("discriminator");
    for (Map.Entry<String, JsonNode> member : schema.properties()) {
      String keyword = member.getKey();
      JsonNode value = member.getValue();
      if (keyword.equals("$ref") && value.isString()) {
        out.put("$ref", DEFS_PREFIX + escape(componentName(value.stringValue())));
      } else if ((keyword.equals("oneOf") || keyword.equals("anyOf")) && value.isArray()) {
        unions.add(value);
      } else if (keyword.equals("discriminator") || keyword.equals("nullable")) {
        continue;
      } else if (SCHEMA_KEYWORDS.contains(keyword)) {
        out.set(keyword, normalizeSchema(value));
      } else if (SCHEMA_ARRAY_KEYWORDS.contains(keyword) && value.isArray()) {
        ArrayNode items = out.putArray(keyword);
        for (JsonNode item : value) {
          items.add(normalizeSchema(item));
        }
      } else if (SCHEMA_MAP_KEYWORDS.contains(keyword) && value.isObject()) {
        ObjectNode map = out.putObject(keyword);
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
          map.set(entry.getKey(), normalizeSchema(entry.getValue()));
        }
      } else {
        out.set(keyword, value.deepCopy());
      }
    }
    JsonNode nullable = schema.get("nullable");
    if (nullable != null && nullable.asBoolean(false)) {
      allowNull(out);
    }
    for (int i = 0; i < unions.size(); i++) {
      ObjectNode union = union(unions.get(i), discriminator);
      if (i == 0) {
        out.set(UnionKeyword.NAME, union);
      } else {
        out.withArray("allOf").addObject().set(UnionKeyword.NAME, union);
      }
    }
    return out;
  }

  private static void allowNull(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isString() && !type.stringValue().equals("null")) {
      ArrayNode types = NODES.arrayNode().add(type.stringValue()).add("null");
      schema.set("type", types);
    } else if (type != null && type.isArray()) {
      boolean hasNull = false;
      for (JsonNode t : type) {
        hasNull |= "null".equals(t.asString(""));
      }
      if (!hasNull) {
        ((ArrayNode) type).add("null");
      }
    }
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray()) {
      boolean hasNull = false;
      for (JsonNode v : values) {
        hasNull |= v.isNull();
      }
      if (!hasNull) {
        ((ArrayNode) values).addNull();
      }
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Builds the {@link UnionKeyword} value for the branches of a oneOf or anyOf. */
  private ObjectNode union(JsonNode branches, JsonNode discriminator) {
    ObjectNode union = NODES.objectNode();
    ArrayNode compiled = union.putArray("branches");
    List<JsonNode> originals = new ArrayList<>();
    List<EnumSet<JsonType>> accepted = new ArrayList<>();
    for (JsonNode branch : branches) {
      JsonNode effective = isAnyTypePlaceholder(branch) ? nullSchema() : branch;
      originals.add(effective);
      compiled.add(normalizeSchema(effective));
      accepted.add(acceptedTypes(effective, new HashSet<>()));
    }
    ObjectNode types = union.putObject("types");
    Set<String> expected = new LinkedHashSet<>();
    for (EnumSet<JsonType> set : accepted) {
      for (JsonType type : set) {
        expected.add(
            type == JsonType.INTEGER && set.contains(JsonType.NUMBER) ? "number" : type.label);
      }
    }
    if (expected.contains("number")) {
      expected.remove("integer");
    }
    for (JsonType type : JsonType.values()) {
      ArrayNode candidates = NODES.arrayNode();
      for (int i = 0; i < accepted.size(); i++) {
        if (accepted.get(i).contains(type)) {
          candidates.add(i);
        }
      }
      if (!candidates.isEmpty()) {
        types.set(type.label, candidates);
      }
    }
    ArrayNode expectedNode = union.putArray("expected");
    expected.forEach(expectedNode::add);
    JsonNode objectCandidates = types.get(JsonType.OBJECT.label);
    if (objectCandidates != null && objectCandidates.size() > 1) {
      ObjectNode selector = discriminate(originals, objectCandidates, discriminator);
      if (selector != null) {
        union.set("discriminator", selector);
      }
    }
    return union;
  }

  private static boolean isAnyTypePlaceholder(JsonNode branch) {
    return branch.isObject()
        && branch.size() == 1
        && "Any type".equals(branch.path("description").asString(null));
  }

  private static JsonNode nullSchema() {
    return NODES.objectNode().put("type", "null");
  }

  /**
   * Finds a property that tells the object branches apart: present in each with {@code const} or
   * {@code enum} string values, no value in two branches. Tries the OpenAPI discriminator first.
   *
   * @return {@code {property, mapping: {value: branch index}}}, or null when there is none
   */
  private ObjectNode discriminate(
      List<JsonNode> branches, JsonNode candidates, JsonNode discriminator) {
    List<String> names = new ArrayList<>();
    String declared =
        discriminator == null ? null : discriminator.path("propertyName").asString(null);
    if (declared != null) {
      names.add(declared);
    }
    JsonNode first = resolve(branches.get(candidates.get(0).intValue()));
    for (String name : first.path("properties").propertyNames()) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    for (String property : names) {
      Map<String, Integer> mapping = new LinkedHashMap<>();
      boolean usable = true;
      for (JsonNode candidate : candidates) {
        int index = candidate.intValue();
        List<String> values = selectorValues(resolve(branches.get(index)), property);
        if (values == null || values.isEmpty()) {
          usable = false;
          break;
        }
        for (String value : values) {
          if (mapping.putIfAbsent(value, index) != null) {
            usable = false;
          }
        }
        if (!usable) {
          break;
        }
      }
      if (usable) {
        ObjectNode selector = NODES.objectNode();
        selector.put("property", property);
        ObjectNode map = selector.putObject("mapping");
        mapping.forEach(map::put);
        return selector;
      }
    }
    return null;
  }

  /** The string values a branch allows for {@code property}, or null when it does not fix them. */
  private List<String> selectorValues(JsonNode branch, String property) {
    JsonNode schema = branch.path("properties").get(property);
    if (schema == null) {
      return null;
    }
    schema = resolve(schema);
    List<String> values = new ArrayList<>();
    JsonNode constant = schema.get("const");
    if (constant != null) {
      if (!constant.isString()) {
        return null;
      }
      values.add(constant.stringValue());
      return values;
    }
    JsonNode allowed = schema.get("enum");
    if (allowed == null || !allowed.isArray()) {
      return null;
    }
    for (JsonNode value : allowed) {
      if (!value.isString()) {
        return null;
      }
      values.add(value.stringValue());
    }
    return values;
  }

  /** Follows {@code $ref} chains to the schema they name. */
  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 64 && current.isObject() && current.has("$ref"); hops++) {
      current = component(componentName(current.get("$ref").asString()));
    }
    return current;
  }

  /** The JSON types a schema can accept, as far as its keywords say; all types when unsure. */
  private EnumSet<JsonType> acceptedTypes(JsonNode schema, Set<String> visiting) {
    if (schema.isBoolean()) {
      return schema.booleanValue() ? EnumSet.allOf(JsonType.class) : EnumSet.noneOf(JsonType.class);
    }
    if (!schema.isObject()) {
      return EnumSet.allOf(JsonType.class);
    }
    EnumSet<JsonType> result = EnumSet.allOf(JsonType.class);
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isString()) {
      String name = componentName(ref.stringValue());
      if (visiting.add(name)) {
        result.retainAll(acceptedTypes(component(name), visiting));
        visiting.remove(name);
      }
    }
    JsonNode type = schema.get("type");
    if (type != null) {
      EnumSet<JsonType> declared = EnumSet.noneOf(JsonType.class);
      if (type.isString()) {
        addDeclared(declared, type.stringValue());
      } else if (type.isArray()) {
        for (JsonNode t : type) {
          addDeclared(declared, t.asString(""));
        }
      }
      if (schema.path("nullable").asBoolean(false)) {
        declared.add(JsonType.NULL);
      }
      result.retainAll(declared);
    }
    JsonNode values =
        schema.has("const") ? NODES.arrayNode().add(schema.get("const")) : schema.get("enum");
    if (values != null && values.isArray()) {
      EnumSet<JsonType> ofValues = EnumSet.noneOf(JsonType.class);
      for (JsonNode value : values) {
        JsonType valueType = JsonType.of(value);
        ofValues.add(valueType);
        if (valueType == JsonType.INTEGER) {
          ofValues.add(JsonType.NUMBER);
        }
      }
      result.retainAll(ofValues);
    }
    for (String keyword : new String[] {"oneOf", "anyOf"}) {
      JsonNode branches = schema.get(keyword);
      if (branches != null && branches.isArray()) {
        EnumSet<JsonType> union = EnumSet.noneOf(JsonType.class);
        for (Iterator<JsonNode> it = branches.iterator(); it.hasNext(); ) {
          JsonNode branch = it.next();
          union.addAll(
              isAnyTypePlaceholder(branch)
                  ? EnumSet.of(JsonType.NULL)
                  : acceptedTypes(branch, visiting));
        }
        result.retainAll(union);
      }
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null && allOf.isArray()) {
      for (JsonNode part : allOf) {
        result.retainAll(acceptedTypes(part, visiting));
      }
    }
    return result;
  }

  private static void addDeclared(EnumSet<JsonType> declared, String name) {
    JsonType type = JsonType.named(name);
    if (type == JsonType.NUMBER) {
      declared.add(JsonType.NUMBER);
      declared.add(JsonType.INTEGER);
    } else if (type != null) {
      declared.add(type);
    }
  }
}
