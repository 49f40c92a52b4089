package dev.preflight.validator.internal;

import dev.preflight.validator.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The normalized request schema of the bundled spec and its errata. Parsing the 90 KB YAML spec and
 * normalizing it takes most of a second in a fresh JVM, so the build does it once ({@link #main},
 * run in {@code process-classes}) and writes the result as JSON beside the spec; the validator
 * reads that and falls back to normalizing when it is absent (a build that skipped the step, a
 * classpath without it). A test checks that the precomputed document equals the runtime
 * normalization, so it cannot go stale.
 */
public final class BundledSpec {
  /** Classpath folder of the bundled spec, its errata and the precomputed schema. */
  public static final String FOLDER = "/dev/preflight/validator/spec/";

  public static final String SPEC = "openrouter-create-preset-from-chat-completions.openapi.yaml";
  public static final String ERRATA = "errata.overlay.yaml";
  public static final String NORMALIZED = "chat-request.normalized.json";

  private static final String SPEC_NAME = "the bundled spec";

  private BundledSpec() {}

  /** The normalized schema: the precomputed one when the classpath has it, else normalized now. */
  public static ObjectNode normalized() {
    ObjectNode precomputed = precomputed();
    return precomputed != null ? precomputed : normalize();
  }

  /** The precomputed normalized schema, or null when the classpath does not have it. */
  public static ObjectNode precomputed() {
    try (InputStream in = BundledSpec.class.getResourceAsStream(FOLDER + NORMALIZED)) {
      if (in == null) {
        return null;
      }
      // Read with the streaming parser, not a JsonMapper: building a mapper costs a fresh JVM
      // about 300 ms of CPU, more than the rest of standard() together. Default stream limits:
      // the document is the build's own output, and the validator's limits are for bodies.
      try (JsonParser parser = new JsonFactory().createParser(in)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new SpecException("the precomputed " + NORMALIZED + " is not a JSON object");
        }
        return (ObjectNode) tree(parser, JsonToken.START_OBJECT);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The value whose first token the parser is on, with the node types {@code JsonMapper.readTree}
   * gives by default (ints by size, other numbers as doubles), so that the tree equals what a
   * mapper would read; {@code BundledSpecTest} compares it with the runtime normalization.
   * Recursive: the document is the build's own and shallow.
   */
  private static JsonNode tree(JsonParser parser, JsonToken token) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT:
        {
          ObjectNode object = nodes.objectNode();
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            object.set(name, tree(parser, parser.nextToken()));
          }
          return object;
        }
      case START_ARRAY:
        {
          ArrayNode array = nodes.arrayNode();
          JsonToken next;
          while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            array.add(tree(parser, next));
          }
          return array;
        }
      case VALUE_STRING:
        return nodes.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return nodes.numberNode(parser.getIntValue());
          case LONG:
            return nodes.numberNode(parser.getLongValue());
          default:
            return nodes.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new SpecException("unexpected " + token + " in the precomputed " + NORMALIZED);
    }
  }

  /** Reads the bundled YAML spec, applies the errata and normalizes the request schema. */
  public static ObjectNode normalize() {
    JsonNode document = SpecDocuments.read(resource(SPEC), SPEC_NAME);
    document =
        SpecDocuments.applyOverlay(
            document,
            SpecDocuments.read(resource(ERRATA), "the bundled errata"),
            "the bundled errata");
    return SchemaNormalizer.normalize(document, SpecDocuments.requestSchema(document, SPEC_NAME));
  }

  /** The raw bytes of a bundled file ({@link #SPEC} or {@link #ERRATA}). */
  public static byte[] resource(String name) {
    try (InputStream in = BundledSpec.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new SpecException("the bundled " + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the normalized schema to the file given as the only argument; the build runs this after
   * compiling, with the bundled spec already among the classes' resources.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BundledSpec <output file>");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, JsonMapper.builder().build().writeValueAsBytes(normalize()));
  }
}
