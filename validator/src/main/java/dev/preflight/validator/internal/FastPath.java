package dev.preflight.validator.internal;

import dev.preflight.validator.internal.SchemaNormalizer.JsonType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * A compiled copy of a normalized request schema that answers one question quickly: would
 * networknt, evaluating {@link SchemaEngine}'s schema, report nothing for this body and stay within
 * the evaluation limits? {@link #accepts} says yes only when it is sure; on every other body
 * ({@link Verdict#INVALID} or {@link Verdict#UNSURE}) the engine runs networknt, which finds and
 * explains the errors. The valid path thus pays for one walk over compiled checks instead of
 * networknt's per-keyword bookkeeping (evaluation paths, instance-location objects, error lists).
 *
 * <p>Only what it implements exactly like networknt is compiled: {@code type}, {@code enum} of
 * strings, {@code const} of a string, boolean or null, {@code required}, {@code properties}, {@code
 * additionalProperties}, {@code items} (a schema), {@code allOf}, local {@code $ref}, {@value
 * UnionKeyword#NAME}, {@code minLength}/{@code maxLength} (in code points), {@code pattern} (JDK
 * regular expression, found anywhere in the string), {@code minItems}/{@code maxItems}, {@code
 * minProperties}/{@code maxProperties}, numeric bounds (decided only when the value is clearly on
 * one side), and the annotations networknt does not assert ({@code format}, {@code title}, ...).
 * Any other JSON Schema keyword compiles to a check that answers {@link Verdict#UNSURE} when a body
 * reaches it, as does an integer-typed value written with a fraction part ({@code 1.0}).
 *
 * <p>The evaluation limits are respected by counting, for every schema evaluated, one step plus one
 * per keyword of the schema object (networknt counts one per evaluation and one per keyword
 * validator, and its validators are never more than the keywords), and the nesting of evaluations
 * as networknt nests them. Union branches that are tried and fail are evaluated to the end, as
 * networknt does. A body whose counts come within half of either limit is left to networknt, which
 * then reports the breach exactly. Immutable and thread-safe.
 */
public final class FastPath {
  /** What {@link #verdict} found. */
  public enum Verdict {
    /** networknt would report nothing, within the evaluation limits. */
    VALID,
    /** Some check failed: networknt will report at least one error. */
    INVALID,
    /** Not decided here (a keyword not compiled, a borderline number, a limit approached). */
    UNSURE
  }

  /** The JSON Schema keywords this class does not implement: reaching one answers UNSURE. */
  private static final Set<String> UNSUPPORTED =
      Set.of(
          "$anchor",
          "$dynamicRef",
          "$dynamicAnchor",
          "$recursiveRef",
          "$recursiveAnchor",
          "$vocabulary",
          "anyOf",
          "oneOf",
          "not",
          "if",
          "then",
          "else",
          "dependentSchemas",
          "dependentRequired",
          "dependencies",
          "prefixItems",
          "additionalItems",
          "contains",
          "minContains",
          "maxContains",
          "patternProperties",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties",
          "uniqueItems",
          "multipleOf",
          "contentSchema",
          "definitions",
          "nullable",
          "discriminator",
          "id");

  private final SchemaNode root;

  private FastPath(SchemaNode root) {
    this.root = root;
  }

  /** Compiles {@code document}, a normalized schema document (as {@link SchemaEngine} takes). */
  public static FastPath compile(JsonNode document) {
    return new FastPath(new Compiler(document).schema(document, true));
  }

  /**
   * Compiles {@code document}, or returns null when it is shaped in a way this class does not
   * expect (then networknt evaluates every body, as without a fast path).
   */
  public static FastPath compileOrNull(JsonNode document) {
    try {
      return compile(document);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Whether networknt would find nothing wrong with {@code body} within {@code maxSteps} evaluation
   * steps and {@code maxDepth} nested evaluations (0: unlimited, as in networknt).
   */
  public boolean accepts(JsonNode body, long maxSteps, int maxDepth) {
    return verdict(body, maxSteps, maxDepth) == Verdict.VALID;
  }

  /** What this fast path can say about {@code body}; see {@link #accepts}. */
  public Verdict verdict(JsonNode body, long maxSteps, int maxDepth) {
    State state =
        new State(
            maxSteps <= 0 ? Long.MAX_VALUE : maxSteps / 2,
            maxDepth <= 0 ? Integer.MAX_VALUE : maxDepth / 2);
    try {
      return root.evaluate(body, state) ? Verdict.VALID : Verdict.INVALID;
    } catch (Unsure e) {
      return Verdict.UNSURE;
    }
  }

  /** Thrown to end an evaluation that cannot be decided here; carries no stack trace. */
  private static final class Unsure extends RuntimeException {
    private static final Unsure INSTANCE = new Unsure();

    private Unsure() {
      super(null, null, false, false);
    }
  }

  /** The counts of one evaluation. */
  private static final class State {
    private final long stepBudget;
    private final int depthBudget;
    private long steps;
    private int depth;
    // Above zero while a union tries branches: a failing check must then not end the evaluation
    // early, so that its count covers all the work networknt does on the failing branch.
    private int trials;

    State(long stepBudget, int depthBudget) {
      this.stepBudget = stepBudget;
      this.depthBudget = depthBudget;
    }
  }

  /** One schema object (or boolean schema) with its compiled keywords. */
  private static final class SchemaNode {
    private final int weight;
    private Check[] checks = new Check[0];

    SchemaNode(int weight) {
      this.weight = weight;
    }

    boolean evaluate(JsonNode value, State state) {
      state.steps += weight;
      if (state.steps > state.stepBudget || ++state.depth > state.depthBudget) {
        throw Unsure.INSTANCE;
      }
      boolean valid = true;
      for (Check check : checks) {
        if (!check.test(value, state)) {
          valid = false;
          if (state.trials == 0) {
            break; // the body is invalid: networknt runs anyway, and its count is its own
          }
        }
      }
      state.depth--;
      return valid;
    }
  }

  private interface Check {
    boolean test(JsonNode value, State state);
  }

  private static final Check UNDECIDED =
      (value, state) -> {
        throw Unsure.INSTANCE;
      };

  private static final Check NEVER = (value, state) -> false;

  /** Compiles schema objects, each document node once (references may form cycles). */
  private static final class Compiler {
    private final JsonNode document;
    private final Map<JsonNode, SchemaNode> compiled = new IdentityHashMap<>();

    Compiler(JsonNode document) {
      this.document = document;
    }

    SchemaNode schema(JsonNode schema, boolean isRoot) {
      SchemaNode known = compiled.get(schema);
      if (known != null) {
        return known;
      }
      if (schema.isBoolean()) {
        SchemaNode node = new SchemaNode(1);
        compiled.put(schema, node);
        node.checks = schema.booleanValue() ? new Check[0] : new Check[] {NEVER};
        return node;
      }
      if (!schema.isObject()) {
        SchemaNode node = new SchemaNode(1);
        compiled.put(schema, node);
        node.checks = new Check[] {UNDECIDED};
        return node;
      }
      SchemaNode node = new SchemaNode(1 + schema.size());
      compiled.put(schema, node); // before the children: a reference back here finds it
      List<Check> checks = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : schema.properties()) {
        Check check = keyword(schema, entry.getKey(), entry.getValue(), isRoot);
        if (check != null) {
          checks.add(check);
        }
      }
      node.checks = checks.toArray(new Check[0]);
      return node;
    }

    /** The check of one keyword, or null for one networknt does not assert. */
    private Check keyword(JsonNode schema, String name, JsonNode value, boolean isRoot) {
      if (UNSUPPORTED.contains(name)) {
        return UNDECIDED;
      }
      switch (name) {
        case "$id":
          return isRoot ? null : UNDECIDED; // an inner $id changes how references resolve
        case "$ref":
          return reference(value);
        case "type":
          return type(value);
        case "enum":
          return enumeration(value);
        case "const":
          return constant(value);
        case "required":
          return required(value);
        case "properties":
          return properties(value, schema.get("additionalProperties"));
        case "additionalProperties":
          return schema.has("properties") ? null : properties(null, value);
        case "items":
          return items(value);
        case "allOf":
          return allOf(value);
        case UnionKeyword.NAME:
          return union(value);
        case "minLength":
        case "maxLength":
          return length(name, value);
        case "minItems":
        case "maxItems":
        case "minProperties":
        case "maxProperties":
          return size(name, value);
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
        case "exclusiveMaximum":
          return bound(name, value);
        case "pattern":
          return pattern(value);
        default:
          // $schema, $defs, $comment, format, content*, title, description, default, examples,
          // deprecated, readOnly, writeOnly and extensions: annotations networknt does not assert
          return null;
      }
    }

    private Check reference(JsonNode value) {
      if (!value.isString() || !value.stringValue().startsWith("#")) {
        return UNDECIDED;
      }
      JsonNode target;
      try {
        target = document.at(value.stringValue().substring(1));
      } catch (RuntimeException e) {
        return UNDECIDED;
      }
      if (target.isMissingNode()) {
        return UNDECIDED;
      }
      SchemaNode resolved = schema(target, target == document);
      return (v, state) -> resolved.evaluate(v, state);
    }

    private static Check type(JsonNode value) {
      Set<String> names = new HashSet<>();
      if (value.isString()) {
        names.add(value.stringValue());
      } else if (value.isArray()) {
        for (JsonNode name : value) {
          if (!name.isString()) {
            return UNDECIDED;
          }
          names.add(name.stringValue());
        }
      } else {
        return UNDECIDED;
      }
      for (String name : names) {
        if (JsonTypeNames.of(name) == null) {
          return UNDECIDED;
        }
      }
      boolean number = names.contains("number");
      boolean integer = names.contains("integer");
      boolean string = names.contains("string");
      boolean object = names.contains("object");
      boolean array = names.contains("array");
      boolean bool = names.contains("boolean");
      boolean nul = names.contains("null");
      return (v, state) -> {
        switch (v.getNodeType()) {
          case STRING:
            return string;
          case OBJECT:
            return object;
          case ARRAY:
            return array;
          case BOOLEAN:
            return bool;
          case NULL:
            return nul;
          case NUMBER:
            if (number) {
              return true;
            }
            if (!integer) {
              return false;
            }
            if (v.isIntegralNumber()) {
              return true;
            }
            if (v.isDouble() || v.isFloat()) {
              double d = v.doubleValue();
              if (Double.isFinite(d) && d != Math.rint(d)) {
                return false; // a fraction part: no integer in any representation
              }
            }
            throw Unsure.INSTANCE; // 1.0 is an integer to networknt: let it say so
          default:
            throw Unsure.INSTANCE;
        }
      };
    }

    private static Check enumeration(JsonNode value) {
      if (!value.isArray()) {
        return UNDECIDED;
      }
      Set<String> allowed = new HashSet<>();
      for (JsonNode item : value) {
        if (!item.isString()) {
          return UNDECIDED; // networknt's EnumValidator compares other values its own way
        }
        allowed.add(item.stringValue());
      }
      return (v, state) -> v.isString() && allowed.contains(v.stringValue());
    }

    private static Check constant(JsonNode value) {
      if (value.isString()) {
        String expected = value.stringValue();
        return (v, state) -> v.isString() && expected.equals(v.stringValue());
      }
      if (value.isBoolean()) {
        boolean expected = value.booleanValue();
        return (v, state) -> v.isBoolean() && v.booleanValue() == expected;
      }
      if (value.isNull()) {
        return (v, state) -> v.isNull();
      }
      return UNDECIDED;
    }

    private static Check required(JsonNode value) {
      if (!value.isArray()) {
        return UNDECIDED;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode name : value) {
        if (!name.isString()) {
          return UNDECIDED;
        }
        names.add(name.stringValue());
      }
      String[] all = names.toArray(new String[0]);
      return (v, state) -> {
        if (!v.isObject()) {
          return true;
        }
        for (String name : all) {
          if (v.get(name) == null) {
            return false;
          }
        }
        return true;
      };
    }

    /**
     * {@code properties} and {@code additionalProperties} of one schema as one check: each member
     * is evaluated against its declared schema, or against the additional one.
     */
    private Check properties(JsonNode declared, JsonNode additional) {
      Map<String, SchemaNode> bySchema = new HashMap<>();
      if (declared != null) {
        if (!declared.isObject()) {
          return UNDECIDED;
        }
        for (Map.Entry<String, JsonNode> entry : declared.properties()) {
          bySchema.put(entry.getKey(), schema(entry.getValue(), false));
        }
      }
      SchemaNode other;
      boolean closed;
      if (additional == null) {
        other = null;
        closed = false;
      } else if (additional.isBoolean()) {
        other = null;
        closed = !additional.booleanValue();
      } else if (additional.isObject()) {
        other = schema(additional, false);
        closed = false;
      } else {
        return UNDECIDED;
      }
      return (v, state) -> {
        if (!v.isObject()) {
          return true;
        }
        boolean valid = true;
        for (Map.Entry<String, JsonNode> member : v.properties()) {
          SchemaNode schema = bySchema.get(member.getKey());
          if (schema == null) {
            if (closed) {
              valid = false;
            } else if (other != null) {
              valid &= other.evaluate(member.getValue(), state);
            } else {
              continue;
            }
          } else {
            valid &= schema.evaluate(member.getValue(), state);
          }
          if (!valid && state.trials == 0) {
            return false;
          }
        }
        return valid;
      };
    }

    private Check items(JsonNode value) {
      if (!value.isObject() && !value.isBoolean()) {
        return UNDECIDED;
      }
      SchemaNode items = schema(value, false);
      return (v, state) -> {
        if (!v.isArray()) {
          return true;
        }
        boolean valid = true;
        for (int i = 0; i < v.size(); i++) {
          valid &= items.evaluate(v.get(i), state);
          if (!valid && state.trials == 0) {
            return false;
          }
        }
        return valid;
      };
    }

    private Check allOf(JsonNode value) {
      if (!value.isArray() || value.isEmpty()) {
        return UNDECIDED;
      }
      SchemaNode[] parts = new SchemaNode[value.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = schema(value.get(i), false);
      }
      return (v, state) -> {
        boolean valid = true;
        for (SchemaNode part : parts) {
          valid &= part.evaluate(v, state);
          if (!valid && state.trials == 0) {
            return false;
          }
        }
        return valid;
      };
    }

    /** As {@link UnionKeyword.Validator} chooses and evaluates a branch. */
    private Check union(JsonNode value) {
      JsonNode branchNodes = value.path("branches");
      SchemaNode[] branches = new SchemaNode[branchNodes.size()];
      for (int i = 0; i < branches.length; i++) {
        branches[i] = schema(branchNodes.get(i), false);
      }
      Map<JsonType, int[]> candidates = new EnumMap<>(JsonType.class);
      for (Map.Entry<String, JsonNode> entry : value.path("types").properties()) {
        JsonType type = JsonType.named(entry.getKey());
        int[] indices = new int[entry.getValue().size()];
        for (int i = 0; i < indices.length; i++) {
          indices[i] = entry.getValue().get(i).intValue();
          if (indices[i] < 0 || indices[i] >= branches.length) {
            return UNDECIDED;
          }
        }
        candidates.put(type, indices);
      }
      JsonNode discriminator = value.get("discriminator");
      String selector = discriminator == null ? null : discriminator.path("property").asString();
      Map<String, SchemaNode> mapping = new HashMap<>();
      if (discriminator != null) {
        for (Map.Entry<String, JsonNode> entry : discriminator.path("mapping").properties()) {
          int index = entry.getValue().intValue();
          if (index < 0 || index >= branches.length) {
            return UNDECIDED;
          }
          mapping.put(entry.getKey(), branches[index]);
        }
      }
      return (v, state) -> {
        JsonType type = JsonType.of(v);
        if (type == JsonType.OBJECT && selector != null) {
          JsonNode chosen = v.get(selector);
          if (chosen == null || !chosen.isString()) {
            return false;
          }
          SchemaNode branch = mapping.get(chosen.stringValue());
          return branch != null && branch.evaluate(v, state);
        }
        int[] indices = candidates.get(type);
        if (indices == null) {
          return false;
        }
        if (indices.length == 1) {
          return branches[indices[0]].evaluate(v, state);
        }
        state.trials++;
        try {
          for (int index : indices) {
            if (branches[index].evaluate(v, state)) {
              return true;
            }
          }
          return false;
        } finally {
          state.trials--;
        }
      };
    }

    private static Check length(String name, JsonNode value) {
      if (!value.isInt() && !value.isLong()) {
        return UNDECIDED;
      }
      long bound = value.longValue();
      boolean min = name.equals("minLength");
      return (v, state) -> {
        if (!v.isString()) {
          return true;
        }
        String text = v.stringValue();
        long length = text.codePointCount(0, text.length());
        return min ? length >= bound : length <= bound;
      };
    }

    private static Check size(String name, JsonNode value) {
      if (!value.isInt() && !value.isLong()) {
        return UNDECIDED;
      }
      long bound = value.longValue();
      boolean min = name.startsWith("min");
      boolean array = name.endsWith("Items");
      return (v, state) -> {
        if (array ? !v.isArray() : !v.isObject()) {
          return true;
        }
        return min ? v.size() >= bound : v.size() <= bound;
      };
    }

    /**
     * A numeric bound, decided only when the value is clearly on one side of it: networknt compares
     * in several representations, and where doubles and decimals could disagree (values within a
     * hair of the bound, huge or tiny magnitudes, big numbers) the answer is UNSURE.
     */
    private static Check bound(String name, JsonNode value) {
      if (!value.isNumber()) {
        return UNDECIDED;
      }
      double limit = value.doubleValue();
      if (!Double.isFinite(limit) || Math.abs(limit) > 1e15) {
        return UNDECIDED;
      }
      boolean lower = name.endsWith("inimum");
      boolean exclusive = name.startsWith("exclusive");
      double margin = 1e-9 * Math.max(1, Math.abs(limit));
      boolean integralLimit = value.isInt() || value.isLong();
      long exact = integralLimit ? value.longValue() : 0;
      return (v, state) -> {
        if (!v.isNumber()) {
          return true;
        }
        if (integralLimit && (v.isInt() || v.isLong())) {
          long number = v.longValue();
          return lower
              ? (exclusive ? number > exact : number >= exact)
              : (exclusive ? number < exact : number <= exact);
        }
        if (!(v.isInt() || v.isLong() || v.isDouble() || v.isFloat())) {
          throw Unsure.INSTANCE;
        }
        double number = v.doubleValue();
        if (!Double.isFinite(number)
            || Math.abs(number) > 1e15
            || Math.abs(number - limit) <= margin) {
          throw Unsure.INSTANCE;
        }
        return lower ? number > limit : number < limit;
      };
    }

    private static Check pattern(JsonNode value) {
      if (!value.isString()) {
        return UNDECIDED;
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(value.stringValue());
      } catch (PatternSyntaxException e) {
        return UNDECIDED;
      }
      return (v, state) -> !v.isString() || pattern.matcher(v.stringValue()).find();
    }
  }

  /** The type names JSON Schema defines. */
  private static final class JsonTypeNames {
    static JsonType of(String name) {
      for (JsonType type : JsonType.values()) {
        if (type.label.equals(name)) {
          return type;
        }
      }
      return null;
    }
  }
}
