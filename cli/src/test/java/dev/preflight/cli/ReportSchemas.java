package dev.preflight.cli;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas the machine formats must satisfy: the JSON format's own ({@code
 * lint-report.schema.json}, documented in {@code docs/cli-json-format.md}) and the official SARIF
 * 2.1.0 schema ({@code sarif-schema-2.1.0.json}, vendored unchanged from the OASIS sarif-spec
 * repository, {@code sarif-2.1/schema/sarif-schema-2.1.0.json}). Each schema's {@code $schema}
 * selects its draft.
 */
final class ReportSchemas {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static final Schema LINT_REPORT = load("lint-report.schema.json");
  static final Schema SARIF = load("sarif-schema-2.1.0.json");

  private ReportSchemas() {}

  static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    return JSON.writeValueAsString(text);
  }

  /** The schema errors of {@code json}, as readable strings. */
  static List<String> errors(Schema schema, String json) {
    return schema.validate(parse(json)).stream().map(Error::toString).toList();
  }

  private static Schema load(String resource) {
    try (InputStream in = ReportSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Schema schema = REGISTRY.getSchema(JSON.readTree(in));
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
