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

  /**
   * One compiled keyword. Named classes rather than lambdas: each lambda costs a class spun at run
   * time, which a cold start pays for.
   */
  private interface Check {
    boolean test(JsonNode value, State state);
  }

  /** A keyword not compiled: reaching it leaves the body to networknt. */
  private static final class Undecided implements Check {
    static final Check INSTANCE = new Undecided();

    @Override
    public boolean test(JsonNode value, State state) {
      throw Unsure.INSTANCE;
    }
  }

  /** The schema {@code false}. */
  private static final class Never implements Check {
    static final Check INSTANCE = new Never();

    @Override
    public boolean test(JsonNode value, State state) {
      return false;
    }
  }

  private static final class Reference implements Check {
    private final SchemaNode target;

    Reference(SchemaNode target) {
      this.target = target;
    }

    @Override
    public boolean test(JsonNode value, State state) {
      return target.evaluate(value, state);
    }
  }

  private static final class Type implements Check {
    private final boolean number;
    private final boolean integer;
    private final boolean string;
    private final boolean object;
    private final boolean array;
    private final boolean bool;
    private final boolean nul;

    Type(Set<String> names) {
      number = names.contains("number");
      integer = names.contains("integer");
      string = names.contains("string");
      object = names.contains("object");
      array = names.contains("array");
      bool = names.contains("boolean");
      nul = names.contains("null");
    }

    @Override
    public boolean test(JsonNode v, State state) {
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
    }
  }

  private static final class StringEnum implements Check {
    private final Set<String> allowed;

    StringEnum(Set<String> allowed) {
      this.allowed = allowed;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      return v.isString() && allowed.contains(v.stringValue());
    }
  }

  /** {@code const} of a string, a boolean or null: same type, same value. */
  private static final class Constant implements Check {
    private final JsonNode expected;

    Constant(JsonNode expected) {
      this.expected = expected;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      if (expected.isString()) {
        return v.isString() && expected.stringValue().equals(v.stringValue());
      }
      if (expected.isBoolean()) {
        return v.isBoolean() && v.booleanValue() == expected.booleanValue();
      }
      return v.isNull();
    }
  }

  private static final class Required implements Check {
    private final String[] names;

    Required(String[] names) {
      this.names = names;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      if (!v.isObject()) {
        return true;
      }
      for (String name : names) {
        if (v.get(name) == null) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * {@code properties} and {@code additionalProperties} of one schema as one check: each member is
   * evaluated against its declared schema, or against the additional one.
   */
  private static final class Properties implements Check {
    private final Map<String, SchemaNode> declared;
    private final SchemaNode other;
    private final boolean closed;

    Properties(Map<String, SchemaNode> declared, SchemaNode other, boolean closed) {
      this.declared = declared;
      this.other = other;
      this.closed = closed;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      if (!v.isObject()) {
        return true;
      }
      boolean valid = true;
      for (Map.Entry<String, JsonNode> member : v.properties()) {
        SchemaNode schema = declared.get(member.getKey());
        if (schema != null) {
          valid &= schema.evaluate(member.getValue(), state);
        } else if (closed) {
          valid = false;
        } else if (other != null) {
          valid &= other.evaluate(member.getValue(), state);
        }
        if (!valid && state.trials == 0) {
          return false;
        }
      }
      return valid;
    }
  }

  private static final class Items implements Check {
    private final SchemaNode items;

    Items(SchemaNode items) {
      this.items = items;
    }

    @Override
    public boolean test(JsonNode v, State state) {
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
    }
  }

  private static final class AllOf implements Check {
    private final SchemaNode[] parts;

    AllOf(SchemaNode[] parts) {
      this.parts = parts;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      boolean valid = true;
      for (SchemaNode part : parts) {
        valid &= part.evaluate(v, state);
        if (!valid && state.trials == 0) {
          return false;
        }
      }
      return valid;
    }
  }

  /** As {@link UnionKeyword.Validator} chooses and evaluates a branch. */
  private static final class Union implements Check {
    private final SchemaNode[] branches;
    private final Map<JsonType, int[]> candidates;
    private final String selector;
    private final Map<String, SchemaNode> mapping;

    Union(
        SchemaNode[] branches,
        Map<JsonType, int[]> candidates,
        String selector,
        Map<String, SchemaNode> mapping) {
      this.branches = branches;
      this.candidates = candidates;
      this.selector = selector;
      this.mapping = mapping;
    }

    @Override
    public boolean test(JsonNode v, State state) {
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
    }
  }

  /** {@code minLength} or {@code maxLength}, in code points. */
  private static final class Length implements Check {
    private final long bound;
    private final boolean min;

    Length(long bound, boolean min) {
      this.bound = bound;
      this.min = min;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      if (!v.isString()) {
        return true;
      }
      String text = v.stringValue();
      long length = text.codePointCount(0, text.length());
      return min ? length >= bound : length <= bound;
    }
  }

  /** {@code minItems}, {@code maxItems}, {@code minProperties} or {@code maxProperties}. */
  private static final class Size implements Check {
    private final long bound;
    private final boolean min;
    private final boolean array;

    Size(long bound, boolean min, boolean array) {
      this.bound = bound;
      this.min = min;
      this.array = array;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      if (array ? !v.isArray() : !v.isObject()) {
        return true;
      }
      return min ? v.size() >= bound : v.size() <= bound;
    }
  }

  /**
   * A numeric bound, decided only when the value is clearly on one side of it: networknt compares
   * in several representations, and where doubles and decimals could disagree (values within a hair
   * of the bound, huge magnitudes, big numbers) the answer is UNSURE. Integers against an integer
   * bound are compared exactly.
   */
  private static final class Bound implements Check {
    private final double limit;
    private final boolean integralLimit;
    private final long exact;
    private final boolean lower;
    private final boolean exclusive;
    private final double margin;

    Bound(JsonNode value, boolean lower, boolean exclusive) {
      this.limit = value.doubleValue();
      this.integralLimit = value.isInt() || value.isLong();
      this.exact = integralLimit ? value.longValue() : 0;
      this.lower = lower;
      this.exclusive = exclusive;
      this.margin = 1e-9 * Math.max(1, Math.abs(limit));
    }

    @Override
    public boolean test(JsonNode v, State state) {
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
    }
  }

  /**
   * {@code pattern}: a JDK regular expression found anywhere in the string, as networknt does.
   * Compiled when a value first reaches it (a cold start whose first body has no such value does
   * not load {@code java.util.regex}); one that does not compile leaves the body to networknt.
   */
  private static final class Matches implements Check {
    private final String regex;
    private volatile Pattern pattern;
    private volatile boolean broken;

    Matches(String regex) {
      this.regex = regex;
    }

    @Override
    public boolean test(JsonNode v, State state) {
      if (!v.isString()) {
        return true;
      }
      Pattern compiled = pattern;
      if (compiled == null) {
        if (broken) {
          throw Unsure.INSTANCE;
        }
        try {
          compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          broken = true;
          throw Unsure.INSTANCE;
        }
        pattern = compiled;
      }
      return compiled.matcher(v.stringValue()).find();
    }
  }

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
        node.checks = schema.booleanValue() ? new Check[0] : new Check[] {Never.INSTANCE};
        return node;
      }
      if (!schema.isObject()) {
        SchemaNode node = new SchemaNode(1);
        compiled.put(schema, node);
        node.checks = new Check[] {Undecided.INSTANCE};
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
        return Undecided.INSTANCE;
      }
      switch (name) {
        case "$id":
          return isRoot ? null : Undecided.INSTANCE; // an inner $id changes how references resolve
        case "$ref":
          return reference(value);
        case "type":
          return type(value);
        case "enum":
          return enumeration(value);
        case "const":
          return value.isString() || value.isBoolean() || value.isNull()
              ? new Constant(value)
              : Undecided.INSTANCE;
        case "required":
          return required(value);
        case "properties":
          return properties(value, schema.get("additionalProperties"));
        case "additionalProperties":
          return schema.has("properties") ? null : properties(null, value);
        case "items":
          return value.isObject() || value.isBoolean()
              ? new Items(schema(value, false))
              : Undecided.INSTANCE;
        case "allOf":
          return allOf(value);
        case UnionKeyword.NAME:
          return union(value);
        case "minLength":
        case "maxLength":
          return isLong(value)
              ? new Length(value.longValue(), name.equals("minLength"))
              : Undecided.INSTANCE;
        case "minItems":
        case "maxItems":
        case "minProperties":
        case "maxProperties":
          return isLong(value)
              ? new Size(value.longValue(), name.startsWith("min"), name.endsWith("Items"))
              : Undecided.INSTANCE;
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
        case "exclusiveMaximum":
          return value.isNumber()
                  && Double.isFinite(value.doubleValue())
                  && Math.abs(value.doubleValue()) <= 1e15
              ? new Bound(value, name.endsWith("inimum"), name.startsWith("exclusive"))
              : Undecided.INSTANCE;
        case "pattern":
          return pattern(value);
        default:
          // $schema, $defs, $comment, format, content*, title, description, default, examples,
          // deprecated, readOnly, writeOnly and extensions: annotations networknt does not assert
          return null;
      }
    }

    private static boolean isLong(JsonNode value) {
      return value.isInt() || value.isLong();
    }

    private Check reference(JsonNode value) {
      if (!value.isString() || !value.stringValue().startsWith("#")) {
        return Undecided.INSTANCE;
      }
      JsonNode target;
      try {
        target = document.at(value.stringValue().substring(1));
      } catch (RuntimeException e) {
        return Undecided.INSTANCE;
      }
      if (target.isMissingNode()) {
        return Undecided.INSTANCE;
      }
      return new Reference(schema(target, target == document));
    }

    private static Check type(JsonNode value) {
      Set<String> names = new HashSet<>();
      if (value.isString()) {
        names.add(value.stringValue());
      } else if (value.isArray()) {
        for (JsonNode name : value) {
          if (!name.isString()) {
            return Undecided.INSTANCE;
          }
          names.add(name.stringValue());
        }
      } else {
        return Undecided.INSTANCE;
      }
      for (String name : names) {
        if (JsonType.named(name) == null) {
          return Undecided.INSTANCE;
        }
      }
      return new Type(names);
    }

    private static Check enumeration(JsonNode value) {
      if (!value.isArray()) {
        return Undecided.INSTANCE;
      }
      Set<String> allowed = new HashSet<>();
      for (JsonNode item : value) {
        if (!item.isString()) {
          return Undecided.INSTANCE; // networknt's EnumValidator compares other values its own way
        }
        allowed.add(item.stringValue());
      }
      return new StringEnum(allowed);
    }

    private static Check required(JsonNode value) {
      if (!value.isArray()) {
        return Undecided.INSTANCE;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode name : value) {
        if (!name.isString()) {
          return Undecided.INSTANCE;
        }
        names.add(name.stringValue());
      }
      return new Required(names.toArray(new String[0]));
    }

    private Check properties(JsonNode declared, JsonNode additional) {
      Map<String, SchemaNode> bySchema = new HashMap<>();
      if (declared != null) {
        if (!declared.isObject()) {
          return Undecided.INSTANCE;
        }
        for (Map.Entry<String, JsonNode> entry : declared.properties()) {
          bySchema.put(entry.getKey(), schema(entry.getValue(), false));
        }
      }
      if (additional == null) {
        return new Properties(bySchema, null, false);
      } else if (additional.isBoolean()) {
        return new Properties(bySchema, null, !additional.booleanValue());
      } else if (additional.isObject()) {
        return new Properties(bySchema, schema(additional, false), false);
      }
      return Undecided.INSTANCE;
    }

    private Check allOf(JsonNode value) {
      if (!value.isArray() || value.isEmpty()) {
        return Undecided.INSTANCE;
      }
      SchemaNode[] parts = new SchemaNode[value.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = schema(value.get(i), false);
      }
      return new AllOf(parts);
    }

    private Check union(JsonNode value) {
      JsonNode branchNodes = value.path("branches");
      SchemaNode[] branches = new SchemaNode[branchNodes.size()];
      for (int i = 0; i < branches.length; i++) {
        branches[i] = schema(branchNodes.get(i), false);
      }
      Map<JsonType, int[]> candidates = new EnumMap<>(JsonType.class);
      for (Map.Entry<String, JsonNode> entry : value.path("types").properties()) {
        JsonType type = JsonType.named(entry.getKey());
        if (type == null) {
          return Undecided.INSTANCE;
        }
        int[] indices = new int[entry.getValue().size()];
        for (int i = 0; i < indices.length; i++) {
          indices[i] = entry.getValue().get(i).intValue();
          if (indices[i] < 0 || indices[i] >= branches.length) {
            return Undecided.INSTANCE;
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
            return Undecided.INSTANCE;
          }
          mapping.put(entry.getKey(), branches[index]);
        }
      }
      return new Union(branches, candidates, selector, mapping);
    }

    private static Check pattern(JsonNode value) {
      return value.isString() ? new Matches(value.stringValue()) : Undecided.INSTANCE;
    }
  }
}
