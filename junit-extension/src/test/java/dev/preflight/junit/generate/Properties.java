package dev.preflight.junit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import dev.preflight.validator.PresetValidator;
import dev.preflight.validator.internal.BundledSpec;
import dev.preflight.validator.internal.FastPath;
import dev.preflight.validator.internal.SchemaEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The properties every generated body must have, shared by the JUnit and the Jazzer tests. */
final class Properties {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final ObjectNode DOCUMENT = BundledSpec.normalized();
  private static final FastPath FAST_PATH = FastPath.compile(DOCUMENT);
  private static final SchemaEngine NETWORKNT =
      new SchemaEngine(DOCUMENT, List.of("/tools/*", "/plugins/*"), false, false);

  private Properties() {}

  /**
   * The validator's fast path agrees with networknt on {@code body}: VALID only where networknt
   * reports nothing, INVALID only where it reports something. Returns the verdict.
   */
  static FastPath.Verdict checkFastPathAgrees(JsonNode body) {
    FastPath.Verdict verdict =
        FAST_PATH.verdict(
            body,
            PresetValidator.DEFAULT_MAX_EVALUATION_STEPS,
            PresetValidator.DEFAULT_MAX_EVALUATION_DEPTH);
    List<Violation> errors = new ArrayList<>();
    NETWORKNT.validate(
        body,
        PresetValidator.DEFAULT_MAX_EVALUATION_STEPS,
        PresetValidator.DEFAULT_MAX_EVALUATION_DEPTH,
        errors);
    if (verdict == FastPath.Verdict.VALID) {
      assertThat(errors).as("fast path said VALID for %s", body).isEmpty();
    } else if (verdict == FastPath.Verdict.INVALID) {
      assertThat(errors).as("fast path said INVALID for %s", body).isNotEmpty();
    }
    return verdict;
  }

  /**
   * A report's findings without positions, in a stable order: what the entry points must agree on.
   */
  static List<String> findings(ValidationReport report) {
    return report.violations().stream()
        .map(v -> v.severity() + " " + v.ruleId() + " " + v.pointer() + " " + v.message())
        .sorted()
        .toList();
  }

  /**
   * Validates {@code body} as a tree, as compact text, as pretty-printed text and as bytes: the
   * findings agree, and the tree is not modified. Returns the report of the tree.
   */
  static ValidationReport checkConsistent(PresetValidator validator, ObjectNode body) {
    ObjectNode before = body.deepCopy();
    ValidationReport fromTree = validator.validate((JsonNode) body);
    assertThat(body).as("validation modified its input tree").isEqualTo(before);
    String compact = body.toString();
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
    List<String> expected = findings(fromTree);
    assertThat(findings(validator.validate(compact)))
        .as("text vs tree: %s", compact)
        .isEqualTo(expected);
    assertThat(findings(validator.validate(pretty)))
        .as("re-serialized: %s", compact)
        .isEqualTo(expected);
    assertThat(findings(validator.validate(compact.getBytes(StandardCharsets.UTF_8))))
        .as("bytes vs tree: %s", compact)
        .isEqualTo(expected);
    return fromTree;
  }

  /**
   * A mutated body gets its violation at its pointer, and no error outside the mutated part.
   * Returns its report.
   */
  static ValidationReport checkMutation(PresetValidator validator, GeneratedPreset preset) {
    ExpectedViolation expected = preset.expectedViolation().orElseThrow();
    ValidationReport report = validator.validate(preset.json());
    assertThat(report.violations())
        .as("%s: expected %s in %s", preset, expected, preset.json())
        .anyMatch(
            v -> v.ruleId().equals(expected.ruleId()) && v.pointer().equals(expected.pointer()));
    List<Violation> stray =
        report.violations().stream()
            .filter(v -> v.severity() == Severity.ERROR && !expected.isInMutatedPart(v.pointer()))
            .toList();
    assertThat(stray)
        .as("%s: errors outside the mutated part of %s", preset, preset.json())
        .isEmpty();
    return report;
  }
}
