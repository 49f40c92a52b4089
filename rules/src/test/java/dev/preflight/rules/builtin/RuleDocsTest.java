package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule documentation in {@code docs/} is what {@link RuleDocs} generates from the rules'
 * metadata: no page missing, none stale. Run with {@code -Dpreflight.docs.write=true} to
 * regenerate.
 */
class RuleDocsTest {
  static final String REGENERATE =
      "regenerate with: mvn -B -o -q verify -pl rules -Dpreflight.docs.write=true";

  @Test
  void docsMatchTheRulesMetadata() throws IOException {
    Path root = repositoryRoot();
    Map<Path, String> expected = expectedFiles(root);
    if (Boolean.getBoolean("preflight.docs.write")) {
      write(root, expected);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Path, String> file : expected.entrySet()) {
      Path path = file.getKey();
      if (!Files.exists(path)) {
        problems.add("missing: " + root.relativize(path));
      } else if (!Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
        problems.add("out of date: " + root.relativize(path));
      }
    }
    try (Stream<Path> pages = Files.list(root.resolve("docs/rules"))) {
      pages
          .filter(page -> !expected.containsKey(page))
          .forEach(page -> problems.add("no rule documents this page: " + root.relativize(page)));
    }
    assertThat(problems).as("rule docs differ from the metadata; " + REGENERATE).isEmpty();
  }

  @Test
  void everyPageShowsBothExamples() {
    for (Rule rule : BuiltInRules.all()) {
      RuleMetadata metadata = rule.metadata();
      String page = RuleDocs.page(metadata);
      assertThat(page)
          .startsWith("# " + metadata.id() + "\n")
          .contains("**Default severity:** " + metadata.defaultSeverity().label())
          .contains(metadata.validExample().strip())
          .contains(metadata.invalidExample().strip())
          .contains(metadata.source().strip());
    }
  }

  @Test
  void readmeTableHasARowPerRule() {
    List<RuleMetadata> rules = metadata();
    String table = RuleDocs.readmeTable(rules);
    assertThat(table.lines()).hasSize(rules.size() + 2);
    assertThat(table)
        .contains(
            "| [stop-max-sequences](docs/rules/stop-max-sequences.md) | error | `stop` has at most"
                + " 4 sequences |");
  }

  static Map<Path, String> expectedFiles(Path root) {
    List<RuleMetadata> rules = metadata();
    Map<Path, String> files = new TreeMap<>();
    Path pages = root.resolve("docs/rules");
    for (RuleMetadata rule : rules) {
      files.put(pages.resolve(RuleDocs.fileName(rule)), RuleDocs.page(rule));
    }
    files.put(pages.resolve("README.md"), RuleDocs.index(rules));
    files.put(root.resolve("docs/rules-table.md"), RuleDocs.readmeTable(rules));
    return files;
  }

  private static List<RuleMetadata> metadata() {
    return BuiltInRules.all().stream().map(Rule::metadata).toList();
  }

  private static void write(Path root, Map<Path, String> files) throws IOException {
    Path pages = root.resolve("docs/rules");
    Files.createDirectories(pages);
    try (Stream<Path> existing = Files.list(pages)) {
      for (Path page : existing.toList()) {
        if (!files.containsKey(page)) {
          Files.delete(page);
        }
      }
    }
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The checkout's root: the nearest directory up from here that holds {@code src/spec}. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("src/spec")) && Files.isDirectory(dir.resolve("rules"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "cannot find the repository root above " + Path.of("").toAbsolutePath());
  }
}
