package dev.preflight.cli;

import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the rules in {@code tool.driver.rules} with a help
 * URI to their documentation, and a result per finding with its file (relative to the working
 * directory), line and column, its JSON Pointer as logical location, and a fingerprint that
 * survives edits elsewhere in the file.
 */
final class SarifReport implements ReportWriter {
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/preflight-dev/preflight";

  /** The partial fingerprint key; the version changes if the hashed fields ever change. */
  static final String FINGERPRINT_KEY = "preflightFindingHash/v1";

  private static final JsonMapper JSON = ReportJson.MAPPER;

  private final RuleCatalog catalog;

  SarifReport(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void write(LintResults results, PrintWriter out) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<RuleDoc> rules = rulesOf(results, ruleIndex);

    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "preflight");
    driver.put("version", VersionProvider.version());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode ruleNodes = driver.putArray("rules");
    for (RuleDoc rule : rules) {
      ObjectNode node = ruleNodes.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription")
          .put("text", rule.summary().isEmpty() ? rule.id() : rule.summary());
      if (!rule.description().isEmpty()) {
        node.putObject("fullDescription").put("text", rule.description());
      }
      node.put("helpUri", rule.helpUri());
      node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode resultNodes = run.putArray("results");
    for (FileResult file : results.files()) {
      for (Violation violation : file.violations()) {
        resultNodes.add(result(file.input(), violation, ruleIndex.get(violation.ruleId())));
      }
    }
    out.println(JSON.writeValueAsString(root));
  }

  /** The enabled lint rules, then every other id the results mention, sorted. */
  private List<RuleDoc> rulesOf(LintResults results, Map<String, Integer> index) {
    List<RuleDoc> rules = new ArrayList<>(catalog.lintRules());
    TreeSet<String> others = new TreeSet<>();
    for (FileResult file : results.files()) {
      for (Violation violation : file.violations()) {
        others.add(violation.ruleId());
      }
    }
    for (RuleDoc rule : rules) {
      others.remove(rule.id());
    }
    for (String id : others) {
      rules.add(catalog.describe(id));
    }
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    return rules;
  }

  private static ObjectNode result(LintInput input, Violation violation, int ruleIndex) {
    ObjectNode result = JSON.createObjectNode();
    result.put("ruleId", violation.ruleId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(violation.severity()));
    result.putObject("message").put("text", TextReport.describe(violation));
    ObjectNode location = result.putArray("locations").addObject();
    if (!input.isStdin()) {
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", input.uri());
      if (!input.uri().startsWith("file:")) {
        artifact.put("uriBaseId", "%SRCROOT%");
      }
      if (violation.line().isPresent()) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", violation.line().getAsInt());
        region.put("startColumn", violation.column().orElse(1));
      }
    }
    ObjectNode logical = location.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", violation.pointer());
    logical.put("kind", "value");
    result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(input, violation));
    return result;
  }

  /**
   * A hash of the file, rule and JSON Pointer: the same finding keeps its fingerprint when lines
   * are added above it, so code scanning does not reopen it as new.
   */
  static String fingerprint(LintInput input, Violation violation) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String key = input.displayName() + '\0' + violation.ruleId() + '\0' + violation.pointer();
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
