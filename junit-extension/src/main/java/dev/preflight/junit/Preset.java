package dev.preflight.junit;

import dev.preflight.rules.PresetFields;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * One preset file and what Preflight found in it: where it came from, its JSON text, the parsed
 * tree, the validation report, and what a preset created from it would persist.
 *
 * <p>{@link ValidPreset @ValidPreset} parameters and {@link PresetSource @PresetSource} arguments
 * are of this type. Instances are immutable and thread-safe: {@link #tree()} and {@link #config()}
 * return copies.
 */
public final class Preset {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String location;
  private final String json;
  private final JsonNode tree;
  private final ValidationReport report;

  private Preset(String location, String json, JsonNode tree, ValidationReport report) {
    this.location = location;
    this.json = json;
    this.tree = tree;
    this.report = report;
  }

  /**
   * Validates {@code json} with {@code validator}; the report names {@code location} as its source.
   *
   * @param location where the body comes from, as shown in reports ({@code
   *     presets/support-bot.json})
   */
  public static Preset of(String location, String json, PresetValidator validator) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(validator, "validator");
    return new Preset(location, json, parse(json), validator.validate(json).withSource(location));
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode parsed = JSON.readTree(json);
      return parsed == null ? MissingNode.getInstance() : parsed;
    } catch (JacksonException e) {
      // the report already holds the json-syntax violation; the tree is simply absent
      return MissingNode.getInstance();
    }
  }

  /** Where the preset came from: a classpath resource name or a path, as shown in the report. */
  public String location() {
    return location;
  }

  /** The JSON text, exactly as read. */
  public String json() {
    return json;
  }

  /** A copy of the parsed body; a {@link MissingNode} when the text is not JSON. */
  public JsonNode tree() {
    return tree.deepCopy();
  }

  /** The validation report, naming {@link #location()} as its source. */
  public ValidationReport report() {
    return report;
  }

  /**
   * The configuration a preset created from this body would keep: a copy of the body without the
   * fields preset creation ignores ({@link PresetFields#IGNORED}: the messages, streaming
   * switches...), as an unmodifiable map of field name to a copy of its value, in body order. Empty
   * when the body is not a JSON object.
   */
  public Map<String, JsonNode> config() {
    Map<String, JsonNode> config = new LinkedHashMap<>();
    if (tree.isObject()) {
      for (Map.Entry<String, JsonNode> field : tree.properties()) {
        if (PresetFields.isPersisted(field.getKey())) {
          config.put(field.getKey(), field.getValue().deepCopy());
        }
      }
    }
    return Collections.unmodifiableMap(config);
  }

  /** The system prompt a preset created from this body would get, if any. */
  public Optional<String> systemPrompt() {
    return Optional.ofNullable(PresetFields.systemPrompt(tree));
  }

  /** The location; parameterized tests show it as the invocation's name. */
  @Override
  public String toString() {
    return location;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Preset
        && location.equals(((Preset) other).location)
        && json.equals(((Preset) other).json)
        && report.equals(((Preset) other).report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, json, report);
  }
}
