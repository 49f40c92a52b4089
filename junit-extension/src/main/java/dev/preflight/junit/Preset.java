package dev.preflight.junit;

import dev.preflight.rules.PresetFields;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetPreview;
import dev.preflight.validator.PresetValidator;
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
 *
 * <pre>{@code
 * assertThat(preset.preview().config()).containsKey("model");
 * assertThat(preset.preview().ignoredFields()).contains("/messages");
 * }</pre>
 */
public final class Preset {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String location;
  private final String json;
  private final JsonNode tree;
  private final ValidationReport report;
  private final PresetPreview preview;

  private Preset(
      String location, String json, JsonNode tree, ValidationReport report, PresetPreview preview) {
    this.location = location;
    this.json = json;
    this.tree = tree;
    this.report = report;
    this.preview = preview;
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
    JsonNode tree = parse(json);
    return new Preset(
        location,
        json,
        tree,
        validator.validate(json).withSource(location),
        tree.isObject() ? validator.preview(tree) : null);
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
   * What a preset created from this body would contain, as the validator that checked it sees it:
   * the persisted configuration, the system prompt and the ignored fields.
   *
   * @throws IllegalStateException when the body is not a JSON object (its report says why), since
   *     no preset can be created from it
   */
  public PresetPreview preview() {
    if (preview == null) {
      throw new IllegalStateException(
          location + " is not a JSON object, so it has no preview:\n" + report);
    }
    return preview;
  }

  /**
   * The configuration a preset created from this body would keep ({@code preview().config()}): the
   * body without the fields preset creation ignores ({@link PresetFields#IGNORED}: the messages,
   * streaming switches...), as an unmodifiable map of field name to a copy of its value, in body
   * order. Empty when the body is not a JSON object.
   */
  public Map<String, JsonNode> config() {
    return preview == null ? Map.of() : preview.config();
  }

  /**
   * The system prompt a preset created from this body would get ({@code preview().systemPrompt()}),
   * if any.
   */
  public Optional<String> systemPrompt() {
    return preview == null ? Optional.empty() : preview.systemPrompt();
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
