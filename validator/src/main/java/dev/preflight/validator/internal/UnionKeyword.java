package dev.preflight.validator.internal;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import dev.preflight.validator.internal.SchemaNormalizer.JsonType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@value #NAME} keyword that {@link SchemaNormalizer} puts where the spec has a {@code oneOf}
 * or {@code anyOf}: the value is valid when it matches at least one branch. The branch is chosen by
 * the value's JSON type and, among object branches, by a discriminating property; only the chosen
 * branch's errors are reported. Where several branches remain, the first that matches wins, and
 * when none does, the errors of the closest one are reported (or one merged error when each branch
 * only rejected the value's enum).
 *
 * <p>Unions found at the instance locations given as open (by default {@code /tools/*} and {@code
 * /plugins/*}, which OpenRouter extends faster than specs ship) report an unknown discriminator
 * value as a warning and do not check that element further.
 */
public final class UnionKeyword implements Keyword {
  public static final String NAME = "x-preflight-union";

  /** The key under which a finding is attached to a networknt {@link Error}'s details. */
  static final String FINDING = "preflight-finding";

  private final List<String[]> openLocations;

  /**
   * @param openLocations instance locations of open unions, as JSON Pointers where {@code *}
   *     matches any one segment
   */
  public UnionKeyword(List<String> openLocations) {
    this.openLocations = new ArrayList<>();
    for (String location : openLocations) {
      this.openLocations.add(location.isEmpty() ? new String[0] : location.substring(1).split("/"));
    }
  }

  @Override
  public String getValue() {
    return NAME;
  }

  @Override
  public KeywordValidator newValidator(
      SchemaLocation schemaLocation,
      JsonNode schemaNode,
      Schema parentSchema,
      SchemaContext schemaContext) {
    return new Validator(this, schemaLocation, schemaNode, parentSchema, schemaContext);
  }

  boolean isOpen(NodePath location) {
    outer:
    for (String[] pattern : openLocations) {
      if (pattern.length != location.getNameCount()) {
        continue;
      }
      for (int i = 0; i < pattern.length; i++) {
        if (!pattern[i].equals("*") && !pattern[i].equals(location.getName(i))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** What a union found wrong, attached to the {@link Error} it reports. */
  static final class Finding {
    enum Kind {
      /** The value's type matches no branch. */
      TYPE,
      /** An object without the discriminating property. */
      MISSING_SELECTOR,
      /** The discriminating property is not a string. */
      SELECTOR_TYPE,
      /** The discriminating property has a value no branch has. */
      UNKNOWN_VARIANT,
      /** Every remaining branch rejected the value for not being one of its values. */
      NOT_IN_ENUM
    }

    final Kind kind;
    final List<String> expected;
    final String property;
    final boolean open;

    Finding(Kind kind, List<String> expected, String property, boolean open) {
      this.kind = kind;
      this.expected = List.copyOf(expected);
      this.property = property;
      this.open = open;
    }
  }

  static final class Validator extends BaseKeywordValidator {
    private final UnionKeyword keyword;
    private final List<Schema> branches = new ArrayList<>();
    private final Map<JsonType, int[]> candidates = new EnumMap<>(JsonType.class);
    private final List<String> expected = new ArrayList<>();
    private final String selector;
    private final Map<String, Integer> mapping = new LinkedHashMap<>();

    Validator(
        UnionKeyword keyword,
        SchemaLocation schemaLocation,
        JsonNode schemaNode,
        Schema parentSchema,
        SchemaContext schemaContext) {
      super(keyword, schemaNode, schemaLocation, parentSchema, schemaContext);
      this.keyword = keyword;
      JsonNode branchNodes = schemaNode.path("branches");
      for (int i = 0; i < branchNodes.size(); i++) {
        branches.add(
            schemaContext.newSchema(
                schemaLocation.append("branches").append(i), branchNodes.get(i), parentSchema));
      }
      for (Map.Entry<String, JsonNode> entry : schemaNode.path("types").properties()) {
        JsonType type = JsonType.named(entry.getKey());
        int[] indices = new int[entry.getValue().size()];
        for (int i = 0; i < indices.length; i++) {
          indices[i] = entry.getValue().get(i).intValue();
        }
        candidates.put(type, indices);
      }
      for (JsonNode name : schemaNode.path("expected")) {
        expected.add(name.asString());
      }
      JsonNode discriminator = schemaNode.get("discriminator");
      if (discriminator != null) {
        selector = discriminator.path("property").asString();
        for (Map.Entry<String, JsonNode> entry : discriminator.path("mapping").properties()) {
          mapping.put(entry.getKey(), entry.getValue().intValue());
        }
      } else {
        selector = null;
      }
    }

    @Override
    public void preloadSchema() {
      preloadSchemas(branches);
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      JsonType type = JsonType.of(node);
      if (type == JsonType.OBJECT && selector != null) {
        dispatch(context, node, rootNode, instanceLocation);
        return;
      }
      int[] indices = candidates.get(type);
      if (indices == null) {
        report(
            context, node, instanceLocation, new Finding(Finding.Kind.TYPE, expected, null, false));
        return;
      }
      if (indices.length == 1) {
        run(context, indices[0], node, rootNode, instanceLocation);
        return;
      }
      firstMatch(context, indices, node, rootNode, instanceLocation);
    }

    private void dispatch(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      JsonNode value = node.get(selector);
      if (value == null) {
        report(
            context,
            node,
            instanceLocation,
            new Finding(Finding.Kind.MISSING_SELECTOR, allowed(), selector, false));
        return;
      }
      if (!value.isString()) {
        report(
            context,
            value,
            instanceLocation.append(selector),
            new Finding(Finding.Kind.SELECTOR_TYPE, allowed(), selector, false));
        return;
      }
      Integer branch = mapping.get(value.stringValue());
      if (branch == null) {
        report(
            context,
            value,
            instanceLocation.append(selector),
            new Finding(
                Finding.Kind.UNKNOWN_VARIANT,
                allowed(),
                selector,
                keyword.isOpen(instanceLocation)));
        return;
      }
      run(context, branch, node, rootNode, instanceLocation);
    }

    /** The discriminator values, for a finding; made only when one is reported. */
    private List<String> allowed() {
      return new ArrayList<>(mapping.keySet());
    }

    private void run(
        ExecutionContext context, int branch, JsonNode node, JsonNode root, NodePath location) {
      context.evaluationPathAddLast(branch);
      try {
        branches.get(branch).validate(context, node, root, location);
      } finally {
        context.evaluationPathRemoveLast();
      }
    }

    /** Tries the branches in order; the first without errors wins. */
    private void firstMatch(
        ExecutionContext context,
        int[] indices,
        JsonNode node,
        JsonNode rootNode,
        NodePath instanceLocation) {
      List<Error> outer = context.getErrors();
      boolean failFast = context.isFailFast();
      List<List<Error>> failures = new ArrayList<>(indices.length);
      try {
        context.setFailFast(false);
        for (int index : indices) {
          List<Error> errors = new ArrayList<>();
          context.setErrors(errors);
          run(context, index, node, rootNode, instanceLocation);
          if (errors.isEmpty()) {
            return;
          }
          failures.add(errors);
        }
      } finally {
        context.setErrors(outer);
        context.setFailFast(failFast);
      }
      List<String> merged = mergedEnum(failures, instanceLocation);
      if (merged != null) {
        report(
            context,
            node,
            instanceLocation,
            new Finding(Finding.Kind.NOT_IN_ENUM, merged, null, false));
        return;
      }
      outer.addAll(closest(failures));
    }

    /** When each branch failed only on its enum at this very value, all their values; else null. */
    private static List<String> mergedEnum(List<List<Error>> failures, NodePath location) {
      Set<String> values = new LinkedHashSet<>();
      for (List<Error> errors : failures) {
        if (errors.size() != 1
            || !"enum".equals(errors.get(0).getKeyword())
            || !location.equals(errors.get(0).getInstanceLocation())) {
          return null;
        }
        JsonNode allowed = errors.get(0).getSchemaNode();
        if (allowed == null || !allowed.isArray()) {
          return null;
        }
        for (JsonNode value : allowed) {
          values.add(value.isString() ? value.stringValue() : value.toString());
        }
      }
      return new ArrayList<>(values);
    }

    /**
     * The errors of the branch that got furthest: the deepest error location, then the fewest
     * errors, then the first branch.
     */
    private static List<Error> closest(List<List<Error>> failures) {
      List<Error> best = failures.get(0);
      int bestDepth = depth(best);
      for (List<Error> errors : failures) {
        int depth = depth(errors);
        if (depth > bestDepth || depth == bestDepth && errors.size() < best.size()) {
          best = errors;
          bestDepth = depth;
        }
      }
      return best;
    }

    private static int depth(List<Error> errors) {
      int max = 0;
      for (Error error : errors) {
        int depth =
            error.getInstanceLocation() == null ? 0 : error.getInstanceLocation().getNameCount();
        if ("required".equals(error.getKeyword())
            || "additionalProperties".equals(error.getKeyword())) {
          depth++;
        }
        max = Math.max(max, depth);
      }
      return max;
    }

    private void report(
        ExecutionContext context, JsonNode node, NodePath location, Finding finding) {
      Map<String, Object> details = new HashMap<>();
      details.put(FINDING, finding);
      if (finding.property != null) {
        details.put("property", finding.property);
      }
      context.addError(
          Error.builder()
              .keyword(NAME)
              .instanceLocation(location)
              .instanceNode(node)
              .schemaNode(schemaNode)
              .schemaLocation(schemaLocation)
              .evaluationPath(context.getEvaluationPath())
              .details(details)
              .messageSupplier(() -> finding.kind + " " + finding.expected)
              .build());
    }
  }
}
