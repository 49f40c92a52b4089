package dev.preflight.cli;

import dev.preflight.rules.RuleSet;
import dev.preflight.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the validator always makes, before and beside the lint rules: parsing ({@code
 * json-syntax}, {@code duplicate-key}, {@code input-limit}), the OpenAPI schema ({@code
 * spec/<keyword>}) and the guard around rules ({@code internal-error}). They are not in a {@link
 * RuleSet} and cannot be configured, but users meet their ids in reports and ask what they mean.
 */
final class ValidatorChecks {
  /** Where these checks are documented (a section of {@code docs/cli.md}). */
  static final String HELP_URI =
      RuleDoc.RULE_DOCS_BASE + "cli.md#checks-the-validator-always-makes";

  private static final String SPEC_PREFIX = "spec/";
  private static final String SCHEMA_SOURCE =
      "The request schema of POST /api/v1/presets/{slug}/chat/completions in the OpenRouter"
          + " OpenAPI document (bundled, or given with --spec), with Preflight's errata.";
  private static final String PARSER_SOURCE = "RFC 8259 (JSON) and the validator's input limits.";

  private static final Map<String, RuleDoc> CHECKS = new LinkedHashMap<>();

  static {
    add(
        "json-syntax",
        "The body is a JSON object in UTF-8.",
        "The body must parse as JSON (no trailing commas, comments or single quotes), be UTF-8 text,"
            + " and be an object at the top level. A binary or otherwise non-UTF-8 file is"
            + " reported here too, with the offset of the first bad byte.",
        PARSER_SOURCE,
        "{\"model\": \"openai/gpt-4o\", \"messages\": []}",
        "{\"model\": \"openai/gpt-4o\",}");
    add(
        "duplicate-key",
        "No object has the same key twice.",
        "JSON parsers keep the last of two equal keys, so the earlier value is silently lost;"
            + " OpenRouter would see only one of them.",
        PARSER_SOURCE,
        "{\"model\": \"openai/gpt-4o\", \"messages\": []}",
        "{\"model\": \"openai/gpt-4o\", \"model\": \"anthropic/claude-sonnet-4\", \"messages\": []}");
    add(
        "input-limit",
        "The body is within the size and nesting limits.",
        "Bodies larger than 10 MiB or nested deeper than 500 levels are not parsed, so that a"
            + " hostile or broken file cannot exhaust memory or the stack.",
        PARSER_SOURCE,
        "",
        "");
    add(
        RuleSet.INTERNAL_ERROR,
        "A lint rule failed while checking the body.",
        "A rule threw an exception. What it found before is kept and the other rules still ran,"
            + " but its findings for this body are incomplete. Report it to the rule's author, or"
            + " turn the rule off with --rule ID=off.",
        "Preflight.",
        "",
        "");
    add(
        SPEC_PREFIX + "type",
        "Each value has the JSON type the spec declares.",
        "A number where the spec declares a number, a string where it declares a string, and so"
            + " on; OpenRouter rejects the body otherwise.",
        SCHEMA_SOURCE,
        "{\"messages\": [], \"temperature\": 0.7}",
        "{\"messages\": [], \"temperature\": \"hot\"}");
    add(
        SPEC_PREFIX + "enum",
        "Each value is one of those the spec allows.",
        "Where the spec lists the allowed values (provider.sort, reasoning.effort, ...), the"
            + " value must be one of them, spelled exactly; the finding suggests the closest.",
        SCHEMA_SOURCE,
        "{\"messages\": [], \"provider\": {\"sort\": \"price\"}}",
        "{\"messages\": [], \"provider\": {\"sort\": \"cheapest\"}}");
    add(
        SPEC_PREFIX + "required",
        "Every property the spec requires is present.",
        "The body needs messages, a message needs its role and content, and so on. The finding"
            + " points at the missing property.",
        SCHEMA_SOURCE,
        "{\"model\": \"openai/gpt-4o\", \"messages\": [{\"role\": \"system\", \"content\": \"hi\"}]}",
        "{\"model\": \"openai/gpt-4o\", \"messages\": [{\"role\": \"system\"}]}");
    add(
        SPEC_PREFIX + "additionalProperties",
        "An object closed by the spec has no other properties.",
        "Where the spec declares additionalProperties: false, or a schema for the extra"
            + " properties of a map, each property must be declared or match that schema. The"
            + " finding points at the unknown property and suggests the closest declared one.",
        SCHEMA_SOURCE,
        "",
        "");
    add(
        SPEC_PREFIX + "unknown-variant",
        "The value that selects a kind of object (a message's role, a tool's type) is a known one.",
        "Messages are selected by role, content parts and response formats by type, plugins by"
            + " id. An unknown value is an error with a did-you-mean; for tools and plugins it is"
            + " a warning, because OpenRouter adds them faster than specs ship, and the element"
            + " is not checked further.",
        SCHEMA_SOURCE,
        "{\"model\": \"openai/gpt-4o\", \"messages\": [{\"role\": \"developer\", \"content\": \"hi\"}]}",
        "{\"model\": \"openai/gpt-4o\", \"messages\": [{\"role\": \"developper\", \"content\": \"hi\"}]}");
  }

  private ValidatorChecks() {}

  private static void add(
      String id,
      String summary,
      String description,
      String source,
      String validExample,
      String invalidExample) {
    CHECKS.put(
        id,
        new RuleDoc(
            id,
            Severity.ERROR,
            summary,
            description,
            source,
            validExample,
            invalidExample,
            HELP_URI,
            false));
  }

  /** The documented checks, in a stable order. */
  static List<RuleDoc> all() {
    return List.copyOf(CHECKS.values());
  }

  /** The documented check {@code id}. */
  static Optional<RuleDoc> find(String id) {
    return Optional.ofNullable(CHECKS.get(id));
  }

  /**
   * What to say about an id met in a report: the documented check, or, for a schema keyword that a
   * newer spec uses and this list does not know yet, a generic description.
   */
  static Optional<RuleDoc> describe(String id) {
    Optional<RuleDoc> known = find(id);
    if (known.isPresent() || !id.startsWith(SPEC_PREFIX)) {
      return known;
    }
    String keyword = id.substring(SPEC_PREFIX.length());
    return Optional.of(
        new RuleDoc(
            id,
            Severity.ERROR,
            "The body satisfies the spec's '" + keyword + "' constraint.",
            "The value breaks the JSON Schema keyword '" + keyword + "' of the request schema.",
            SCHEMA_SOURCE,
            "",
            "",
            HELP_URI,
            false));
  }
}
