package dev.preflight.validator;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.PresetFields;
import dev.preflight.rules.Violation;
import dev.preflight.validator.internal.ParsedBody;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a preset created from a body will contain: the configuration that preset creation persists,
 * the system prompt taken from the system (or developer) message, and the fields it silently drops.
 * The split is {@link PresetFields}, the same one the {@code preset-not-persisted} and {@code
 * empty-preset} rules use.
 *
 * <p>A preview says nothing about whether the body is valid; {@link PresetValidator#validate} does.
 * Instances are immutable and thread-safe: {@link #config()} returns fresh copies on every call.
 */
public final class PresetPreview {
  private final ObjectNode config;
  private final String systemPrompt;
  private final List<String> ignoredFields;

  private PresetPreview(ObjectNode config, String systemPrompt, List<String> ignoredFields) {
    this.config = config;
    this.systemPrompt = systemPrompt;
    this.ignoredFields = ignoredFields;
  }

  /** The preview of a parsed body (a JSON object), which is not modified. */
  static PresetPreview of(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException(
          "a preset is created from a JSON object, got "
              + (body == null
                  ? "nothing"
                  : body.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    List<String> ignored = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (PresetFields.isPersisted(field.getKey())) {
        config.set(field.getKey(), field.getValue().deepCopy());
      } else {
        ignored.add(JsonPointers.append("", field.getKey()));
      }
    }
    return new PresetPreview(config, PresetFields.systemPrompt(body), List.copyOf(ignored));
  }

  /**
   * The preview of a body read by {@link PresetValidator}: text that is not a JSON object has none.
   */
  static PresetPreview of(ParsedBody parsed) {
    if (parsed.root() == null) {
      StringBuilder why = new StringBuilder("the body is not a JSON object, so it has no preview");
      for (Violation violation : parsed.violations()) {
        why.append("; ").append(violation);
      }
      throw new IllegalArgumentException(why.toString());
    }
    return of(parsed.root());
  }

  /**
   * The fields preset creation persists, in body order: an unmodifiable map from field name to a
   * deep copy of its value, fresh on every call. Empty when the body has nothing to persist. A map,
   * so that AssertJ's map assertions apply: {@code
   * assertThat(preview.config()).containsKey("model")}; as a JSON object: {@code
   * mapper.createObjectNode().setAll(preview.config())}.
   */
  public Map<String, JsonNode> config() {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : config.properties()) {
      copy.put(field.getKey(), field.getValue().deepCopy());
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The system prompt: the text of the first system or developer message (string content, or its
   * text parts joined by blank lines); empty when the body has none.
   */
  public Optional<String> systemPrompt() {
    return Optional.ofNullable(systemPrompt);
  }

  /**
   * JSON Pointers of the top-level fields the body has but preset creation drops (such as {@code
   * /messages}, {@code /stream}), in body order; unmodifiable.
   */
  public List<String> ignoredFields() {
    return ignoredFields;
  }

  /** True when a preset created from the body would have neither configuration nor prompt. */
  public boolean isEmpty() {
    return config.isEmpty() && systemPrompt == null;
  }

  /**
   * The preview as a JSON object: {@code config}, {@code system_prompt}, {@code ignored_fields}.
   */
  @Override
  public String toString() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.set("config", config.deepCopy());
    json.put("system_prompt", systemPrompt);
    ArrayNode ignored = json.putArray("ignored_fields");
    ignoredFields.forEach(ignored::add);
    return json.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PresetPreview)) {
      return false;
    }
    PresetPreview that = (PresetPreview) other;
    return config.equals(that.config)
        && Objects.equals(systemPrompt, that.systemPrompt)
        && ignoredFields.equals(that.ignoredFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, systemPrompt, ignoredFields);
  }
}
