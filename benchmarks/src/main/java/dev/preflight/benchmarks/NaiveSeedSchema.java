package dev.preflight.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The naive baseline: networknt on the literal seed spec. The spec's components become the {@code
 * $defs} of a plain JSON Schema 2020-12 document whose root is the request schema; nothing else
 * changes (no union rewriting, no nullable handling), which is what a team would get by pointing
 * networknt at the spec. It rejects some valid bodies; it is here for its cost, not its verdicts.
 */
final class NaiveSeedSchema {
  private static final String SPEC =
      "/dev/preflight/validator/spec/openrouter-create-preset-from-chat-completions.openapi.yaml";

  private NaiveSeedSchema() {}

  static Schema compile() {
    JsonNode spec;
    try (InputStream in = NaiveSeedSchema.class.getResourceAsStream(SPEC)) {
      if (in == null) {
        throw new IllegalStateException("the bundled spec is missing: " + SPEC);
      }
      spec = YAMLMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode document = (ObjectNode) spec.path("components").path("schemas").deepCopy();
    rewriteRefs(document);
    ObjectNode root = document.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://preflight.dev/benchmarks/naive-seed.json");
    root.put("$ref", "#/$defs/ChatRequest");
    root.set("$defs", document);
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012());
    Schema schema = registry.getSchema(SchemaLocation.of(root.get("$id").asString()), root);
    schema.initializeValidators();
    return schema;
  }

  private static void rewriteRefs(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (name.equals("$ref") && value.isString()) {
          object.put(name, value.asString().replace("#/components/schemas/", "#/$defs/"));
        } else {
          rewriteRefs(value);
        }
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        rewriteRefs(element);
      }
    }
  }
}
