package dev.preflight.validator.internal;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.EnumValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * networknt's {@code enum} keyword, with enums of strings checked without networknt's {@code
 * EnumValidator}. That class formats its error text when the schema is compiled, with {@code
 * JsonNode.toString()}, which in Jackson 3 builds a whole {@code JsonMapper}: about two thirds of
 * the CPU time of a cold start went to it, for a message that is only read when a value is wrong.
 * Here the text is formatted only if someone asks for the error's message.
 *
 * <p>For an enum of strings networknt's comparison ({@code JsonNodeValue}: same node type, then
 * equal) is string equality against string values, which is what this does; any other enum, or a
 * registry with type loosening or the {@code nullable} keyword, gets networknt's own validator.
 */
final class StringEnumKeyword implements Keyword {
  @Override
  public String getValue() {
    return KeywordType.ENUM.getValue();
  }

  @Override
  public KeywordValidator newValidator(
      SchemaLocation schemaLocation,
      JsonNode schemaNode,
      Schema parentSchema,
      SchemaContext schemaContext) {
    if (allStrings(schemaNode)
        && !schemaContext.getSchemaRegistryConfig().isTypeLoose()
        && !schemaContext.isNullableKeywordEnabled()) {
      return new Validator(schemaLocation, schemaNode, parentSchema, schemaContext);
    }
    return new EnumValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
  }

  private static boolean allStrings(JsonNode schemaNode) {
    if (schemaNode == null || !schemaNode.isArray()) {
      return false;
    }
    for (JsonNode value : schemaNode) {
      if (!value.isString()) {
        return false;
      }
    }
    return true;
  }

  static final class Validator extends BaseKeywordValidator {
    private final Set<String> values = new HashSet<>();
    private final Object allowed;

    Validator(
        SchemaLocation schemaLocation,
        JsonNode schemaNode,
        Schema parentSchema,
        SchemaContext schemaContext) {
      super(KeywordType.ENUM, schemaNode, schemaLocation, parentSchema, schemaContext);
      for (JsonNode value : schemaNode) {
        values.add(value.stringValue());
      }
      this.allowed = new AllowedText(schemaNode);
    }

    @Override
    public void validate(
        ExecutionContext executionContext,
        JsonNode node,
        JsonNode rootNode,
        NodePath instanceLocation) {
      if (node.isString() && values.contains(node.stringValue())) {
        return;
      }
      executionContext.addError(
          error()
              .instanceNode(node)
              .instanceLocation(instanceLocation)
              .evaluationPath(executionContext.getEvaluationPath())
              .locale(executionContext.getExecutionConfig().getLocale())
              .arguments(allowed)
              .build());
    }
  }

  /** The message argument networknt's validator gives, {@code ["a","b"]}, formatted on demand. */
  private static final class AllowedText {
    private final JsonNode values;
    private volatile String text;

    AllowedText(JsonNode values) {
      this.values = values;
    }

    @Override
    public String toString() {
      String result = text;
      if (result == null) {
        StringBuilder out = new StringBuilder("[");
        String separator = "";
        for (JsonNode value : values) {
          out.append(separator).append(value.toString());
          separator = ",";
        }
        result = out.append(']').toString();
        text = result;
      }
      return result;
    }
  }
}
