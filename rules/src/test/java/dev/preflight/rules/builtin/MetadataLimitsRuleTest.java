package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class MetadataLimitsRuleTest {
  private final RuleTester tester = RuleTester.of(new MetadataLimitsRule());

  private static String pairs(int count) {
    StringJoiner out = new StringJoiner(", ", "{'metadata': {", "}}");
    for (int i = 0; i < count; i++) {
      out.add("'k" + i + "': 'v'");
    }
    return out.toString();
  }

  @Test
  void sixteenPairsAreAllowedSeventeenAreNot() {
    tester.accepts(pairs(16));
    tester.rejects(
        pairs(17), Severity.ERROR, "/metadata", "metadata has 17 pairs; at most 16 are allowed");
  }

  @Test
  void keysHaveAtMost64Characters() {
    tester.accepts("{'metadata': {'" + text(64, 'k') + "': 'v'}}");
    tester.rejects(
        "{'metadata': {'" + text(65, 'k') + "': 'v'}}",
        Severity.ERROR,
        "/metadata/" + text(65, 'k'),
        "metadata key has 65 characters; at most 64 are allowed");
  }

  @Test
  void valuesHaveAtMost512Characters() {
    tester.accepts("{'metadata': {'note': '" + text(512, 'v') + "'}}");
    tester.rejects(
        "{'metadata': {'note': '" + text(513, 'v') + "'}}",
        Severity.ERROR,
        "/metadata/note",
        "metadata value has 513 characters; at most 512 are allowed");
  }

  @Test
  void charactersAreCountedAsCodePoints() {
    // 512 emoji are 1024 UTF-16 units but 512 characters
    tester.accepts("{'metadata': {'note': '" + "\uD83D\uDE00".repeat(512) + "'}}");
  }

  @Test
  void keysMustNotContainBrackets() {
    assertThat(
            tester
                .rejects(
                    "{'metadata': {'tags[0]': 'billing'}}",
                    Severity.ERROR,
                    "/metadata/tags[0]",
                    "'tags[0]'",
                    "'[' or ']'")
                .suggestion())
        .contains("rename it to 'tags_0'");
    tester.rejects("{'metadata': {'a]': 'b'}}", Severity.ERROR, "/metadata/a]", "'a]'");
  }

  @Test
  void pointersEscapeSlashesAndTildes() {
    tester.rejects(
        "{'metadata': {'a/b~[': 'v'}}", Severity.ERROR, "/metadata/a~1b~0[", "'[' or ']'");
  }

  @Test
  void skipsValuesOfTheWrongType() {
    tester.accepts("{'metadata': 'not an object'}");
    tester.accepts("{'metadata': {'count': 5, 'list': [1, 2]}}");
  }
}
