package dev.preflight.validator.internal;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import dev.preflight.rules.DidYouMean;
import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import dev.preflight.validator.SpecException;
import dev.preflight.validator.internal.UnionKeyword.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates bodies against a normalized request schema with networknt's JSON Schema validator, and
 * says what each error means in a user's terms: {@code spec/<keyword>} violations whose messages
 * name the expected and the actual. A body that {@link FastPath} finds valid is not evaluated by
 * networknt at all. Immutable and thread-safe once built.
 */
public final class SchemaEngine {
  private static final String PREFIX = "spec/";

  private final ObjectNode document;
  private final List<String> openUnions;
  private final DeclaredProperties.Index declared;
  private final FastPath fastPath;
  // networknt's compiled schema: built in the constructor, or on the first body the fast path does
  // not accept. Only a fully initialized schema is published (its lazy loading is not thread-safe).
  private volatile Schema schema;
  // The execution configuration last built by validate(body, steps, depth, out); immutable.
  private volatile ExecutionConfig lastConfig;

  /**
   * Compiles {@code document}, a normalized JSON Schema 2020-12 document.
   *
   * @param openUnions instance locations of open unions (see {@link UnionKeyword})
   * @throws SpecException when the document cannot be compiled
   */
  public SchemaEngine(ObjectNode document, List<String> openUnions) {
    this(document, openUnions, true, false);
  }

  /**
   * Compiles {@code document}.
   *
   * @param openUnions instance locations of open unions (see {@link UnionKeyword})
   * @param fastPath false to have networknt evaluate every body (for tests that compare the two)
   * @param deferNetworknt true to compile networknt's schema only when the first body needs it (for
   *     a document known to compile, such as the bundled one: a cold start whose first body is
   *     valid then never loads networknt's validators); false to compile it now, so that a document
   *     networknt rejects fails here
   * @throws SpecException when the document cannot be compiled
   */
  public SchemaEngine(
      ObjectNode document, List<String> openUnions, boolean fastPath, boolean deferNetworknt) {
    this.document = document;
    this.openUnions = List.copyOf(openUnions);
    this.declared = new DeclaredProperties.Index(document);
    this.fastPath = fastPath ? FastPath.compileOrNull(document) : null;
    if (!deferNetworknt || this.fastPath == null) {
      this.schema = compile();
    }
  }

  private Schema networknt() {
    Schema compiled = schema;
    if (compiled == null) {
      synchronized (this) {
        compiled = schema;
        if (compiled == null) {
          compiled = compile();
          schema = compiled;
        }
      }
    }
    return compiled;
  }

  private Schema compile() {
    Dialect dialect =
        Dialect.builder(Dialects.getDraft202012())
            .keyword(new UnionKeyword(openUnions))
            .keyword(new StringEnumKeyword())
            .build();
    SchemaRegistry registry = SchemaRegistry.withDialect(dialect);
    try {
      Schema compiled = registry.getSchema(SchemaLocation.of(SchemaNormalizer.SCHEMA_ID), document);
      compiled.initializeValidators();
      return compiled;
    } catch (RuntimeException e) {
      throw new SpecException("the request schema cannot be compiled: " + e.getMessage(), e);
    }
  }

  /** The normalized document this engine validates against (do not modify). */
  public ObjectNode document() {
    return document;
  }

  /** What the schema declares about the objects of {@code body}, for the rules. */
  public DeclaredProperties declaredProperties(JsonNode body) {
    return new DeclaredProperties(declared, body);
  }

  /**
   * Validates {@code body} within {@code maxSteps} evaluation steps and {@code maxDepth} nested
   * evaluations (networknt's {@code maxEvaluationSteps} and {@code maxEvaluationDepth}) and adds
   * what is wrong to {@code out}; a breach adds one {@code input-limit} violation instead of the
   * errors found so far. networknt's {@code ExecutionConfig} is only built when a body needs
   * networknt (building one spins a lambda class, which a cold start whose first body is valid need
   * not pay for).
   */
  public void validate(JsonNode body, long maxSteps, int maxDepth, List<Violation> out) {
    if (fastPath != null && fastPath.accepts(body, maxSteps, maxDepth)) {
      return; // networknt would report nothing (see FastPath)
    }
    ExecutionConfig config = lastConfig;
    if (config == null
        || config.getMaxEvaluationSteps() != maxSteps
        || config.getMaxEvaluationDepth() != maxDepth) {
      config =
          ExecutionConfig.builder()
              .maxEvaluationSteps(maxSteps)
              .maxEvaluationDepth(maxDepth)
              .build();
      lastConfig = config;
    }
    evaluate(body, config, out);
  }

  private void evaluate(JsonNode body, ExecutionConfig config, List<Violation> out) {
    List<Error> errors;
    try {
      errors = networknt().validate(body, context -> context.setExecutionConfig(config));
    } catch (ValidationLimitExceededException e) {
      out.add(limitExceeded(e));
      return;
    }
    for (Error error : errors) {
      out.add(translate(error));
    }
  }

  private static Violation limitExceeded(ValidationLimitExceededException e) {
    String pointer = pointer(e.getInstanceLocation());
    if (e.getLimitKind() == ValidationLimitExceededException.LimitKind.EVALUATION_DEPTH) {
      return InputLimits.breach(
          InputLimits.MAX_EVALUATION_DEPTH,
          pointer,
          "checking the body against the schema nests deeper than the limit of "
              + e.getLimit()
              + " evaluations");
    }
    return InputLimits.breach(
        InputLimits.MAX_EVALUATION_STEPS,
        pointer,
        "checking the body against the schema takes more than the limit of "
            + e.getLimit()
            + " evaluation steps");
  }

  private Violation translate(Error error) {
    String pointer = pointer(error.getInstanceLocation());
    JsonNode value = error.getInstanceNode();
    JsonNode keywordValue = error.getSchemaNode();
    String keyword = error.getKeyword() == null ? "unknown" : error.getKeyword();
    Map<String, Object> details = error.getDetails();
    switch (keyword) {
      case UnionKeyword.NAME:
        return union((Finding) details.get(UnionKeyword.FINDING), pointer, value);
      case "type":
        return violation("type", pointer)
            .message("expected " + typeList(keywordValue) + ", got " + ValueText.describe(value))
            .build();
      case "enum":
        return notInEnum("enum", pointer, value, strings(keywordValue));
      case "const":
        return violation("const", pointer)
            .message(
                "expected " + describeConstant(keywordValue) + ", got " + ValueText.describe(value))
            .build();
      case "required":
        {
          String property = String.valueOf(details.get("property"));
          return violation("required", JsonPointers.append(pointer, property))
              .message("missing required property '" + property + "'")
              .build();
        }
      case "additionalProperties":
        {
          String property = String.valueOf(details.get("property"));
          List<String> known = siblingProperties(error);
          Violation.Builder builder =
              violation("additionalProperties", JsonPointers.append(pointer, property))
                  .message(
                      "unknown property '"
                          + ValueText.truncate(property)
                          + "': "
                          + (known.isEmpty()
                              ? "this object allows no other properties"
                              : "expected one of " + ValueText.list(known)));
          DidYouMean.closest(property, known).ifPresent(builder::suggestion);
          return builder.build();
        }
      case "minItems":
        return limit("minItems", pointer, "at least", keywordValue, "item", value.size());
      case "maxItems":
        return limit("maxItems", pointer, "at most", keywordValue, "item", value.size());
      case "minProperties":
        return limit("minProperties", pointer, "at least", keywordValue, "property", value.size());
      case "maxProperties":
        return limit("maxProperties", pointer, "at most", keywordValue, "property", value.size());
      case "minLength":
        return limit("minLength", pointer, "at least", keywordValue, "character", length(value));
      case "maxLength":
        return limit("maxLength", pointer, "at most", keywordValue, "character", length(value));
      case "minimum":
        return bound("minimum", pointer, "at least", keywordValue, value);
      case "maximum":
        return bound("maximum", pointer, "at most", keywordValue, value);
      case "exclusiveMinimum":
        return bound("exclusiveMinimum", pointer, "greater than", keywordValue, value);
      case "exclusiveMaximum":
        return bound("exclusiveMaximum", pointer, "less than", keywordValue, value);
      case "pattern":
        return violation("pattern", pointer)
            .message(
                "expected a string matching "
                    + ValueText.quote(keywordValue.asString(""))
                    + ", got "
                    + ValueText.describe(value))
            .build();
      default:
        return violation(keyword, pointer)
            .message(ValueText.truncate(String.valueOf(error.getMessage()), 300))
            .build();
    }
  }

  private Violation union(Finding finding, String pointer, JsonNode value) {
    switch (finding.kind) {
      case TYPE:
        return violation("type", pointer)
            .message(
                "expected "
                    + ValueText.alternatives(finding.expected)
                    + ", got "
                    + ValueText.describe(value))
            .build();
      case MISSING_SELECTOR:
        return violation("required", JsonPointers.append(pointer, finding.property))
            .message(
                "missing required property '"
                    + finding.property
                    + "', which selects the kind of object: one of "
                    + ValueText.list(finding.expected))
            .build();
      case SELECTOR_TYPE:
        return violation("type", pointer)
            .message(
                "expected a string, one of "
                    + ValueText.list(finding.expected)
                    + ", got "
                    + ValueText.describe(value))
            .build();
      case UNKNOWN_VARIANT:
        {
          String actual = value.asString();
          Violation.Builder builder =
              violation("unknown-variant", pointer)
                  .message(
                      "unknown "
                          + finding.property
                          + " "
                          + ValueText.quote(actual)
                          + ": expected one of "
                          + ValueText.list(finding.expected)
                          + (finding.open
                              ? "; OpenRouter adds server tools and plugins faster than specs"
                                  + " ship, so this element is not checked further. If it is not"
                                  + " a typo, load a newer spec with"
                                  + " PresetValidator.builder().spec(...)"
                              : ""));
          if (finding.open) {
            builder.severity(Severity.WARNING);
          }
          DidYouMean.closest(actual, finding.expected).ifPresent(builder::suggestion);
          return builder.build();
        }
      case NOT_IN_ENUM:
      default:
        return notInEnum("enum", pointer, value, finding.expected);
    }
  }

  private static Violation notInEnum(
      String keyword, String pointer, JsonNode value, List<String> allowed) {
    Violation.Builder builder =
        violation(keyword, pointer)
            .message(
                "expected one of "
                    + ValueText.list(allowed)
                    + ", got "
                    + ValueText.describe(value));
    if (value != null && value.isString()) {
      DidYouMean.closest(value.stringValue(), allowed).ifPresent(builder::suggestion);
    }
    return builder.build();
  }

  private static Violation limit(
      String keyword, String pointer, String relation, JsonNode bound, String unit, int actual) {
    long expected = bound == null ? 0 : bound.asLong();
    return violation(keyword, pointer)
        .message(
            "expected " + relation + " " + plural(expected, unit) + ", got " + plural(actual, unit))
        .build();
  }

  private static Violation bound(
      String keyword, String pointer, String relation, JsonNode bound, JsonNode value) {
    return violation(keyword, pointer)
        .message(
            "expected a number "
                + relation
                + " "
                + (bound == null ? "?" : bound.asString())
                + ", got "
                + ValueText.describe(value))
        .build();
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : unit.endsWith("y") ? "" : "s");
  }

  private static int length(JsonNode value) {
    if (value == null || !value.isString()) {
      return 0;
    }
    String text = value.stringValue();
    return text.codePointCount(0, text.length());
  }

  private static Violation.Builder violation(String keyword, String pointer) {
    return Violation.builder(PREFIX + keyword).severity(Severity.ERROR).pointer(pointer);
  }

  private static String typeList(JsonNode type) {
    List<String> names = new ArrayList<>();
    if (type != null && type.isArray()) {
      for (JsonNode t : type) {
        names.add(t.asString());
      }
    } else if (type != null) {
      names.add(type.asString());
    }
    if (names.contains("number")) {
      names.remove("integer");
    }
    return ValueText.alternatives(names);
  }

  private static String describeConstant(JsonNode constant) {
    if (constant == null) {
      return "a constant";
    }
    return constant.isString()
        ? ValueText.quote(constant.stringValue())
        : ValueText.truncate(constant.toString());
  }

  private static List<String> strings(JsonNode values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (JsonNode value : values) {
        out.add(value.isString() ? value.stringValue() : value.toString());
      }
    }
    return out;
  }

  /** The properties declared beside the {@code additionalProperties} that reported an error. */
  private List<String> siblingProperties(Error error) {
    List<String> names = new ArrayList<>();
    SchemaLocation location = error.getSchemaLocation();
    if (location == null || location.getFragment() == null) {
      return names;
    }
    String fragment = pointer(location.getFragment());
    int last = fragment.lastIndexOf('/');
    if (last < 0) {
      return names;
    }
    JsonNode parent = document.at(fragment.substring(0, last));
    for (String name : parent.path("properties").propertyNames()) {
      names.add(name);
    }
    return names;
  }

  /** The JSON Pointer of a networknt path. */
  static String pointer(NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer) {
        out.append('/').append(element);
      } else {
        JsonPointers.appendTo(out, String.valueOf(element));
      }
    }
    return out.toString();
  }
}
