package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.SchemaView.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeclaredPropertiesTest {
  private static final SchemaEngine ENGINE =
      new SchemaEngine(BundledSpec.normalized(), List.of("/tools/*", "/plugins/*"));

  private static final JsonNode BODY =
      JsonMapper.builder()
          .build()
          .readTree(
              """
              {"model": "m",
               "messages": [{"role": "user", "content": "hi"}],
               "metadata": {"team": "a"},
               "tools": [{"type": "function", "function": {"name": "f",
                 "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}]}
              """);

  @Test
  void describedValuesAreThoseTheSchemaWalksInto() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    assertThat(view.describes("")).isTrue();
    assertThat(view.describes("/messages")).isTrue();
    assertThat(view.describes("/messages/0")).isTrue();
    assertThat(view.describes("/tools/0/function")).isTrue();
  }

  @Test
  void nothingBelowAFreeFormValueIsDescribed() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    // parameters allows any member, each of them free-form: the schema's reach ends there.
    assertThat(view.describes("/tools/0/function/parameters")).isTrue();
    for (String pointer :
        List.of(
            "/tools/0/function/parameters/properties",
            "/tools/0/function/parameters/properties/q",
            "/tools/0/function/parameters/properties/q/type")) {
      assertThat(view.describes(pointer)).as(pointer).isFalse();
      assertThat(view.declaredProperties(pointer)).as(pointer).isEmpty();
    }
    assertThat(view.describes("/metadata/team")).isFalse();
  }

  @Test
  void aMissingValueIsNotDescribed() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    assertThat(view.describes("/provider")).isFalse();
    assertThat(view.describes("/messages/5")).isFalse();
  }

  @Test
  void positionsStepWithoutPointers() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    Position message = view.root().property("messages").element(0);
    assertThat(message.pointer()).isEqualTo("/messages/0");
    assertThat(message.describes()).isTrue();
    assertThat(message.declaredProperties().orElseThrow()).contains("role", "content");
    Position parameters =
        view.root().property("tools").element(0).property("function").property("parameters");
    assertThat(parameters.describes()).isTrue();
    assertThat(parameters.property("properties").describes()).isFalse();
    assertThat(view.root().property("metadata").declaredProperties()).isEmpty();
    assertThat(view.root().property("provider").describes()).isFalse();
    assertThat(view.root().property("messages").element(5).describes()).isFalse();
    assertThat(view.root().property("messages").element(5).property("a/b").pointer())
        .isEqualTo("/messages/5/a~1b");
  }

  /** The example presets and broken examples that parse, with one body of awkward names. */
  static Stream<Path> exampleBodies() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("src/examples/broken"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("src/examples above the working directory").isNotNull();
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(dir.resolve("src/examples"), dir.resolve("src/examples/broken"))) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(20);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("exampleBodies")
  void positionsAgreeWithPointersOnExamples(Path file) throws IOException {
    JsonNode body;
    try {
      body = JsonMapper.builder().build().readTree(Files.readString(file));
    } catch (JacksonException e) {
      return; // json-syntax examples: no body to walk
    }
    assertAgree(body);
  }

  @Test
  void positionsAgreeWithPointersOnAwkwardNames() {
    assertAgree(
        JsonMapper.builder()
            .build()
            .readTree(
                """
                {"model": "m", "a/b": {"c~d": [1, {"~1": {}}]}, "": {"": []},
                 "messages": [{"role": "user", "content": [{"type": "text", "text": "x",
                   "0": {"01": [[{}]]}}]}],
                 "provider": {"order": ["a"], "sort": {"by": "price", "x/y": {}}},
                 "metadata": {"~0": {"/": 1}},
                 "image_config": {"0": [{}], "x/y": ["a"], "1": 2},
                 "tools": [{"type": "function", "function": {"name": "f",
                   "parameters": {"properties": {"q~/": {"type": "string"}}}}},
                   {"type": "openrouter:web_search", "parameters": {"max_results": 3}}],
                 "plugins": [{"id": "web", "max_results": 2}, []]}
                """));
  }

  /**
   * Walks every value of {@code body} and a few absent ones with positions of one view, and asks a
   * second view (with caches of its own) the same questions by pointer, in the same order.
   */
  private static void assertAgree(JsonNode body) {
    DeclaredProperties positions = ENGINE.declaredProperties(body);
    DeclaredProperties pointers = ENGINE.declaredProperties(body);
    int[] counts = new int[3]; // places compared, described, with declared names
    compare(positions.root(), pointers, body, "", counts);
    assertThat(counts[0]).isGreaterThan(1);
    assertThat(counts[1]).as("described places").isGreaterThan(0);
    assertThat(counts[2]).as("places with declared names").isGreaterThan(0);
  }

  private static void compare(
      Position at, DeclaredProperties pointers, JsonNode value, String pointer, int[] counts) {
    assertThat(at.pointer()).isEqualTo(pointer);
    boolean describes = at.describes();
    assertThat(describes).as("describes %s", pointer).isEqualTo(pointers.describes(pointer));
    assertThat(at.declaredProperties())
        .as("declaredProperties %s", pointer)
        .isEqualTo(pointers.declaredProperties(pointer));
    counts[0]++;
    counts[1] += describes ? 1 : 0;
    counts[2] += at.declaredProperties().isPresent() ? 1 : 0;
    if (value == null || !value.isContainer()) {
      return;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        compare(at.element(i), pointers, value.get(i), pointer + "/" + i, counts);
      }
      compare(at.element(value.size()), pointers, null, pointer + "/" + value.size(), counts);
      // As in a pointer, a name that reads as an index is the element.
      if (!value.isEmpty()) {
        compare(at.property("0"), pointers, value.get(0), pointer + "/0", counts);
      }
      compare(at.property("01"), pointers, null, pointer + "/01", counts);
      return;
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      String name = member.getKey();
      String token = name.replace("~", "~0").replace("/", "~1");
      compare(at.property(name), pointers, member.getValue(), pointer + "/" + token, counts);
    }
    compare(at.property("no such name"), pointers, null, pointer + "/no such name", counts);
    compare(at.element(0), pointers, value.get("0"), pointer + "/0", counts);
  }
}
