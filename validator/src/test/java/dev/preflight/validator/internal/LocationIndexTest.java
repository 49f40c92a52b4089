package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Violation;
import dev.preflight.validator.PresetValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * The scan for texts read whole ({@link WellFormedScan}) locates exactly as the Jackson scan of
 * {@link LocationIndex} does: same lines and columns, names and values, the later of duplicate
 * keys, nearest existing ancestors of missing pointers.
 */
class LocationIndexTest {
  private static final InputLimits LIMITS =
      new InputLimits(
          PresetValidator.DEFAULT_MAX_DOCUMENT_LENGTH,
          PresetValidator.DEFAULT_MAX_NESTING_DEPTH,
          PresetValidator.DEFAULT_MAX_STRING_LENGTH,
          PresetValidator.DEFAULT_MAX_NUMBER_LENGTH,
          PresetValidator.DEFAULT_MAX_TOKEN_COUNT);
  private static final BodyReader READER = new BodyReader(LIMITS);
  private static final LocationIndex INDEX =
      new LocationIndex(JsonFactory.builder().streamReadConstraints(LIMITS.constraints()).build());

  private static final List<String> RULES =
      List.of("spec/type", "unknown-field", "spec/additionalProperties", "some-rule");

  private static final List<String> NAMES =
      List.of(
          "a",
          "b",
          "model",
          "0",
          "1",
          "01",
          "",
          "a/b",
          "a~b",
          "~1",
          "\u00e9t\u00e9",
          "\u4e16",
          "\ud83d\ude00x",
          "q\"uote",
          "back\\slash",
          "tab\there",
          "new\nline");

  @Test
  void theScanOfAWholeTextLocatesAsJacksonDoes() {
    Random random = new Random(8);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(10) == 0) {
        text.append('\uFEFF');
      }
      space(text, random);
      object(text, random, 0);
      space(text, random);
      ParsedBody parsed = READER.read(text.toString());
      assertThat(parsed.root())
          .as(() -> parsed.violations() + text.toString().replace("\r", "<CR>"))
          .isNotNull();
      List<String> pointers = new ArrayList<>();
      pointers(parsed.root(), "", pointers);
      pointers.add("/missing");
      pointers.add("/a/missing/deeper");
      pointers.add("/a/~2");
      pointers.add("/a/01");
      pointers.add("/a/0/");
      pointers.add("/");
      List<Violation> violations = new ArrayList<>(parsed.violations());
      for (String pointer : pointers) {
        if (random.nextInt(3) == 0) {
          violations.add(
              Violation.builder(RULES.get(random.nextInt(RULES.size())))
                  .pointer(pointer)
                  .message("m")
                  .build());
        }
      }
      if (random.nextInt(5) == 0) {
        violations.add(Violation.builder("positioned").pointer("/a").message("m").build().at(1, 1));
      }
      String description = text + " " + violations;
      List<Violation> expected = INDEX.locate(text.toString(), violations);
      assertThat(WellFormedScan.locate(text.toString(), violations))
          .as(description)
          .isEqualTo(expected);
      assertThat(INDEX.locate(text.toString(), violations, true))
          .as(description)
          .isEqualTo(expected);
    }
  }

  @Test
  void wideObjectsAndArraysAreMatchedAsNarrowOnesAre() {
    // Past a few dozen wanted members, a target finds its children by hashing.
    StringBuilder text = new StringBuilder("{\"list\": [");
    for (int i = 0; i < 120; i++) {
      text.append(i == 0 ? "" : ", ").append(i);
    }
    text.append("]");
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      text.append(",\n \"m").append(i).append(i % 7 == 0 ? "\\u0041" : "").append("\": ").append(i);
      violations.add(Violation.builder("x").pointer("/m" + i + (i % 7 == 0 ? "A" : "")).build());
      violations.add(Violation.builder("unknown-field").pointer("/m" + i).build());
      violations.add(Violation.builder("x").pointer("/list/" + (i * 3 % 130)).build());
    }
    violations.add(Violation.builder("x").pointer("/list/007").build());
    text.append("}");
    List<Violation> located = WellFormedScan.locate(text.toString(), violations);
    assertThat(located).isEqualTo(INDEX.locate(text.toString(), violations));
    assertThat(located.get(0).line()).hasValue(2);
    assertThat(located.get(3 * 7).line()).hasValue(9);
  }

  @Test
  void positionsCountCharactersAndEveryKindOfLineEnd() {
    String text =
        "\ufeff{\"\ud83d\ude00\": 1,\r\n\t\"b\": \r [\r\n\n 2, {\"c\"  :\"\u00e9\"}], \"d\": 3}";
    List<Violation> violations =
        List.of(
            Violation.builder("x").pointer("/b/1/c").message("m").build(),
            Violation.builder("unknown-field").pointer("/b").message("m").build(),
            Violation.builder("x").pointer("/d").message("m").build(),
            Violation.builder("x").pointer("/b/1/missing").message("m").build());
    List<Violation> located = WellFormedScan.locate(text, violations);
    assertThat(located)
        .extracting(v -> v.line().getAsInt() + ":" + v.column().getAsInt())
        .containsExactly("5:12", "2:2", "5:24", "5:5");
    assertThat(located).isEqualTo(INDEX.locate(text, violations));
  }

  @Test
  void theLaterOfDuplicateKeysWinsAndOtherwiseTheFirstIsEnough() {
    String text = "{\"a\": {\"x\": 1},\n\"a\": {\"y\": 2}}";
    Violation duplicate = Violation.builder(BodyReader.DUPLICATE_KEY).pointer("/a").build();
    Violation y = Violation.builder("x").pointer("/a/y").message("m").build();
    assertThat(WellFormedScan.locate(text, List.of(duplicate, y)))
        .extracting(v -> v.line().getAsInt() + ":" + v.column().getAsInt())
        .containsExactly("2:1", "2:12");
    // Without a duplicate-key finding, the scan stops at the first occurrence.
    assertThat(WellFormedScan.locate(text, List.of(Violation.builder("x").pointer("/a").build())))
        .extracting(v -> v.line().getAsInt() + ":" + v.column().getAsInt())
        .containsExactly("1:7");
  }

  @Test
  void whatTheScanCannotReadIsLeftToJackson() {
    List<Violation> violations = List.of(Violation.builder("x").pointer("/a").build());
    assertThat(WellFormedScan.locate("{\"a\": ", violations)).isNull();
    assertThat(WellFormedScan.locate("[1]", violations)).isNull();
    // (A pointer without its leading slash cannot be built: Violation.Builder refuses it.)
    // A partial text, located through the fallback, keeps what the Jackson scan finds.
    assertThat(INDEX.locate("{\"a\": 1, \"b\": tru", violations, true))
        .extracting(v -> v.line().getAsInt() + ":" + v.column().getAsInt())
        .containsExactly("1:7");
  }

  private static void pointers(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        pointers(member.getValue(), JsonPointers.append(pointer, member.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), JsonPointers.append(pointer, i), out);
      }
    }
  }

  private static void object(StringBuilder out, Random random, int depth) {
    out.append('{');
    int members = random.nextInt(depth == 0 ? 6 : 4);
    for (int i = 0; i < members; i++) {
      if (i > 0) {
        out.append(',');
      }
      space(out, random);
      name(out, NAMES.get(random.nextInt(depth == 0 ? 4 : NAMES.size())), random);
      space(out, random);
      out.append(':');
      space(out, random);
      value(out, random, depth + 1);
      space(out, random);
    }
    out.append('}');
  }

  private static void value(StringBuilder out, Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 5 : 7);
    switch (kind) {
      case 0:
        out.append(random.nextBoolean() ? "-12.5e3" : "7");
        break;
      case 1:
        out.append(random.nextBoolean() ? "true" : "null");
        break;
      case 2:
        out.append("false");
        break;
      case 3:
      case 4:
        name(out, NAMES.get(random.nextInt(NAMES.size())) + " [{,}]", random);
        break;
      case 5:
        object(out, random, depth);
        break;
      default:
        out.append('[');
        int elements = random.nextInt(4);
        for (int i = 0; i < elements; i++) {
          if (i > 0) {
            out.append(',');
          }
          space(out, random);
          value(out, random, depth + 1);
          space(out, random);
        }
        out.append(']');
    }
  }

  /** A JSON string of {@code name}, with some characters escaped at random. */
  private static void name(StringBuilder out, String name, Random random) {
    out.append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append(random.nextBoolean() ? "\\t" : "\\u0009");
      } else if (c == '/' && random.nextBoolean()) {
        out.append("\\/");
      } else if (Character.isHighSurrogate(c) && random.nextBoolean()) {
        // Both halves of a pair escaped, or neither: Jackson rejects a half escaped alone.
        out.append(String.format("\\u%04x\\u%04X", (int) c, (int) name.charAt(++i)));
      } else if (random.nextInt(8) == 0 && !Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (Character.isHighSurrogate(c)) {
        out.append(c).append(name.charAt(++i));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static void space(StringBuilder out, Random random) {
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(6)) {
        case 0:
          out.append('\n');
          break;
        case 1:
          out.append("\r\n");
          break;
        case 2:
          out.append('\r');
          break;
        case 3:
          out.append('\t');
          break;
        default:
          out.append(' ');
      }
    }
  }
}
