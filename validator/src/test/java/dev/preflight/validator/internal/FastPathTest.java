package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Violation;
import dev.preflight.validator.PresetValidator;
import dev.preflight.validator.internal.FastPath.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link FastPath} says VALID only where networknt reports nothing within the limits, and it does
 * say VALID for real bodies (else it would be a fast path to nowhere).
 */
class FastPathTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> OPEN = List.of("/tools/*", "/plugins/*");
  private static final ObjectNode DOCUMENT = BundledSpec.normalized();
  private static final FastPath FAST = FastPath.compile(DOCUMENT);
  private static final SchemaEngine NETWORKNT = new SchemaEngine(DOCUMENT, OPEN, false, false);
  private static final SchemaEngine WITH_FAST_PATH = new SchemaEngine(DOCUMENT, OPEN, true, true);
  private static final long STEPS = 10_000_000;
  private static final int DEPTH = 200;

  private static Verdict verdict(FastPath fast, String json) {
    return fast.verdict(MAPPER.readTree(json), 10_000_000, 200);
  }

  private static FastPath schema(String json) {
    return FastPath.compile(MAPPER.readTree(json));
  }

  private static List<Violation> networknt(
      SchemaEngine engine, JsonNode body, long steps, int depth) {
    List<Violation> out = new ArrayList<>();
    engine.validate(body, steps, depth, out);
    return out;
  }

  /** Every JSON file of the repository's examples and the test bodies, valid or broken. */
  static Stream<Path> bodies() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(root.resolve("src/examples"))) {
      root = root.getParent();
    }
    List<Path> files = new ArrayList<>();
    for (Path dir :
        List.of(
            root.resolve("src/examples"),
            root.resolve("src/examples/broken"),
            root.resolve("validator/src/test/resources/real-bodies"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(50);
    return files.stream();
  }

  /** The body in {@code file}, or null when it is not JSON. */
  private static JsonNode readOrNull(Path file) throws IOException {
    try {
      return MAPPER.readTree(Files.readAllBytes(file));
    } catch (RuntimeException e) {
      return null;
    }
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void agreesWithNetworkntOnEveryRepositoryBody(Path file) throws IOException {
    JsonNode body = readOrNull(file);
    if (body == null) {
      return; // broken on purpose at the syntax level: never reaches the schema
    }
    List<Violation> errors = networknt(NETWORKNT, body, STEPS, DEPTH);
    Verdict verdict = FAST.verdict(body, 10_000_000, 200);
    if (errors.isEmpty()) {
      assertThat(verdict).as(file.toString()).isEqualTo(Verdict.VALID);
    } else {
      assertThat(verdict).as(file + ": " + errors).isNotEqualTo(Verdict.VALID);
    }
  }

  /** The upstream spec uses keywords the bundled one lacks (bounds, lengths, patterns, allOf). */
  @Test
  void agreesWithNetworkntOnTheUpstreamSpec() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(dir.resolve("shared/spec/upstream/openapi.yaml"))) {
      dir = dir.getParent();
    }
    ObjectNode upstream =
        (ObjectNode)
            PresetValidator.builder()
                .spec(dir.resolve("shared/spec/upstream/openapi.yaml"))
                .build()
                .requestSchema();
    FastPath fast = FastPath.compile(upstream);
    SchemaEngine networknt = new SchemaEngine(upstream, OPEN, false, false);
    int valid = 0;
    for (Path file : bodies().toList()) {
      JsonNode body = readOrNull(file);
      if (body == null) {
        continue; // broken on purpose at the syntax level: never reaches the schema
      }
      boolean clean = networknt(networknt, body, STEPS, DEPTH).isEmpty();
      Verdict verdict = fast.verdict(body, 10_000_000, 200);
      assertThat(verdict == Verdict.VALID ? clean : true).as(file.toString()).isTrue();
      assertThat(verdict == Verdict.INVALID ? !clean : true).as(file.toString()).isTrue();
      if (verdict == Verdict.VALID) {
        valid++;
      }
    }
    assertThat(valid).as("bodies the fast path decides on the upstream spec").isGreaterThan(20);
  }

  @ParameterizedTest
  @CsvSource({"5,200", "50,200", "400,200", "10000000,3", "10000000,8", "10000000,20", "800,30"})
  void neverHidesAnEvaluationLimit(long steps, int depth) throws IOException {
    for (Path file : bodies().toList()) {
      JsonNode body = readOrNull(file);
      if (body == null) {
        continue; // broken on purpose at the syntax level: never reaches the schema
      }
      assertThat(networknt(WITH_FAST_PATH, body, steps, depth))
          .as(file.toString())
          .isEqualTo(networknt(NETWORKNT, body, steps, depth));
    }
  }

  /**
   * With networknt deferred, the first invalid bodies compile it; threads arriving together all get
   * the full report, and a document networknt cannot compile still fails when not deferred.
   */
  @Test
  void aDeferredNetworkntIsCompiledOnceForConcurrentFirstBodies() throws Exception {
    SchemaEngine lazy = new SchemaEngine(DOCUMENT, OPEN, true, true);
    JsonNode body =
        MAPPER.readTree("{\"model\":5,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    List<Violation> expected = networknt(NETWORKNT, body, STEPS, DEPTH);
    assertThat(expected).extracting(Violation::ruleId).containsExactly("spec/type");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<List<Violation>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return networknt(lazy, body, STEPS, DEPTH);
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<List<Violation>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDocumentNetworkntRejectsFailsWhenTheEngineIsBuilt() {
    ObjectNode broken = (ObjectNode) MAPPER.readTree("{\"type\": \"object\", \"minimum\": \"x\"}");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new SchemaEngine(broken, OPEN, true, false))
        .isInstanceOf(dev.preflight.validator.SpecException.class)
        .hasMessageStartingWith("the request schema cannot be compiled: ");
  }

  @Test
  void aBodyNearTheLimitsIsLeftToNetworknt() {
    JsonNode body =
        MAPPER.readTree("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    assertThat(FAST.verdict(body, 10_000_000, 200)).isEqualTo(Verdict.VALID);
    assertThat(FAST.verdict(body, 20, 200)).isEqualTo(Verdict.UNSURE);
    assertThat(FAST.verdict(body, 10_000_000, 4)).isEqualTo(Verdict.UNSURE);
  }

  @Test
  void decidesTheKeywordsItCompiles() {
    FastPath fast =
        schema(
            """
            {"type": "object", "required": ["a"], "additionalProperties": false,
             "properties": {
               "a": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "b+"},
               "n": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
               "e": {"enum": ["x", "y"]},
               "c": {"const": true},
               "l": {"type": "array", "items": {"type": "number"}, "minItems": 1, "maxItems": 2},
               "o": {"type": "object", "minProperties": 1, "maxProperties": 1,
                     "additionalProperties": {"type": "boolean"}},
               "f": {"type": "string", "format": "uri", "title": "t", "x-anything": 1}}}
            """);
    assertThat(verdict(fast, "{\"a\":\"ab\"}")).isEqualTo(Verdict.VALID);
    assertThat(verdict(fast, "{\"a\":\"\uD83D\uDE00b\uD83D\uDE00\"}")).isEqualTo(Verdict.VALID);
    assertThat(verdict(fast, "{\"a\":\"ab\",\"n\":null,\"e\":\"y\",\"c\":true,\"l\":[1,2.5]}"))
        .isEqualTo(Verdict.VALID);
    assertThat(verdict(fast, "{\"a\":\"ab\",\"n\":0,\"o\":{\"k\":false},\"f\":\"not a uri\"}"))
        .isEqualTo(Verdict.VALID);
    for (String invalid :
        List.of(
            "{}",
            "[]",
            "{\"a\":\"a\"}",
            "{\"a\":\"abbb\"}",
            "{\"a\":\"aa\"}",
            "{\"a\":\"ab\",\"z\":1}",
            "{\"a\":\"ab\",\"n\":-1}",
            "{\"a\":\"ab\",\"n\":11}",
            "{\"a\":\"ab\",\"n\":1.5}",
            "{\"a\":\"ab\",\"e\":\"z\"}",
            "{\"a\":\"ab\",\"e\":1}",
            "{\"a\":\"ab\",\"c\":false}",
            "{\"a\":\"ab\",\"l\":[]}",
            "{\"a\":\"ab\",\"l\":[1,2,3]}",
            "{\"a\":\"ab\",\"l\":[\"1\"]}",
            "{\"a\":\"ab\",\"o\":{}}",
            "{\"a\":\"ab\",\"o\":{\"k\":1}}")) {
      assertThat(verdict(fast, invalid)).as(invalid).isEqualTo(Verdict.INVALID);
    }
  }

  @Test
  void leavesWhatItCannotDecideToNetworknt() {
    FastPath fast =
        schema(
            """
            {"properties": {
               "i": {"type": "integer"},
               "m": {"minimum": 0.1},
               "u": {"uniqueItems": true},
               "e": {"enum": ["a", 1]}}}
            """);
    assertThat(verdict(fast, "{\"i\":1.0}")).isEqualTo(Verdict.UNSURE);
    assertThat(verdict(fast, "{\"i\":1}")).isEqualTo(Verdict.VALID);
    assertThat(verdict(fast, "{\"m\":0.1}")).isEqualTo(Verdict.UNSURE);
    assertThat(verdict(fast, "{\"m\":0.5}")).isEqualTo(Verdict.VALID);
    assertThat(verdict(fast, "{\"m\":0.05}")).isEqualTo(Verdict.INVALID);
    assertThat(verdict(fast, "{\"u\":[1,1]}")).isEqualTo(Verdict.UNSURE);
    assertThat(verdict(fast, "{\"e\":1}")).isEqualTo(Verdict.UNSURE);
    // a keyword it does not compile costs nothing where no value reaches it
    assertThat(verdict(fast, "{}")).isEqualTo(Verdict.VALID);
    // a pattern the JDK cannot compile (networknt rejects such a document anyway)
    FastPath broken = schema("{\"properties\": {\"p\": {\"pattern\": \"(\"}}}");
    assertThat(verdict(broken, "{\"p\":\"x\"}")).isEqualTo(Verdict.UNSURE);
    assertThat(verdict(broken, "{\"p\":\"x\"}")).isEqualTo(Verdict.UNSURE);
    assertThat(verdict(broken, "{\"p\":1}")).isEqualTo(Verdict.VALID);
  }

  @Test
  void followsReferencesIncludingCycles() {
    FastPath fast =
        schema(
            """
            {"$ref": "#/$defs/node",
             "$defs": {"node": {"type": "object", "additionalProperties": false,
               "properties": {"next": {"$ref": "#/$defs/node"}, "v": {"type": "string"}}}}}
            """);
    assertThat(verdict(fast, "{\"next\":{\"next\":{\"v\":\"x\"}}}")).isEqualTo(Verdict.VALID);
    assertThat(verdict(fast, "{\"next\":{\"next\":{\"v\":1}}}")).isEqualTo(Verdict.INVALID);
    assertThat(verdict(schema("{\"$ref\": \"other.json#/x\"}"), "{}")).isEqualTo(Verdict.UNSURE);
  }

  @Test
  void choosesUnionBranchesAsTheUnionKeywordDoes() {
    assertThat(verdict(FAST, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
        .isEqualTo(Verdict.VALID);
    assertThat(
            verdict(
                FAST,
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\"}]}]}"))
        .isEqualTo(Verdict.VALID);
    // the role selects the branch, and the branch rejects the value
    assertThat(verdict(FAST, "{\"messages\":[{\"role\":\"user\",\"content\":5}]}"))
        .isEqualTo(Verdict.INVALID);
    assertThat(verdict(FAST, "{\"messages\":[{\"role\":\"nobody\",\"content\":\"hi\"}]}"))
        .isEqualTo(Verdict.INVALID);
    assertThat(verdict(FAST, "{\"messages\":[{\"content\":\"hi\"}]}")).isEqualTo(Verdict.INVALID);
    // an unknown server tool is a warning from networknt, so not VALID here
    assertThat(verdict(FAST, "{\"tools\":[{\"type\":\"openrouter:new_thing\"}]}"))
        .isEqualTo(Verdict.INVALID);
  }
}
