package dev.preflight.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule settings of a {@code preflight.json}:
 *
 * <pre>{@code
 * {"rules": {"stop-max-sequences": "warning", "unknown-field": "off"}}
 * }</pre>
 *
 * Each value is {@code off}, {@code info}, {@code warning} or {@code error}. Immutable.
 */
public final class RuleConfig {
  /** The conventional file name. */
  public static final String FILE_NAME = "preflight.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> LEVELS = List.of("off", "info", "warning", "error");

  private final String source;
  private final Map<String, Optional<Severity>> rules;

  private RuleConfig(String source, Map<String, Optional<Severity>> rules) {
    this.source = source;
    this.rules = rules;
  }

  /**
   * Reads a configuration file.
   *
   * @throws ConfigException when the file cannot be read or is not a valid configuration
   */
  public static RuleConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("cannot read the config " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Parses configuration text; {@code source} names it in error messages.
   *
   * @throws ConfigException when the text is not a valid configuration
   */
  public static RuleConfig parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new ConfigException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(source + ": expected a JSON object like {\"rules\": {...}}");
    }
    for (String key : root.propertyNames()) {
      if (!key.equals("rules")) {
        throw new ConfigException(
            source
                + ": unknown key '"
                + key
                + "'"
                + DidYouMean.closest(key, List.of("rules"))
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("; the only key is 'rules'"));
      }
    }
    Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
    JsonNode section = root.get("rules");
    if (section != null && !section.isObject()) {
      throw new ConfigException(source + ": 'rules' must be an object of rule id to severity");
    }
    if (section != null) {
      for (Map.Entry<String, JsonNode> entry : section.properties()) {
        String id = entry.getKey();
        JsonNode value = entry.getValue();
        String level =
            value.isString() ? value.stringValue().trim().toLowerCase(java.util.Locale.ROOT) : null;
        if (level == null || !LEVELS.contains(level)) {
          String hint =
              value.isString()
                  ? DidYouMean.closest(value.stringValue(), LEVELS)
                      .map(s -> "; did you mean '" + s + "'?")
                      .orElse("")
                  : "";
          throw new ConfigException(
              source
                  + ": rules."
                  + id
                  + ": unknown severity "
                  + value
                  + ", expected one of off, info, warning, error"
                  + hint);
        }
        rules.put(id, level.equals("off") ? Optional.empty() : Severity.fromLabel(level));
      }
    }
    return new RuleConfig(source, Map.copyOf(rules));
  }

  /** Where this configuration came from (a file path). */
  public String source() {
    return source;
  }

  /** Rule id to severity; an empty value means "off". */
  public Map<String, Optional<Severity>> rules() {
    return rules;
  }

  /**
   * Applies these settings to a rule set under construction.
   *
   * @param knownIds the ids of the rules that exist, to reject misspelled ones
   * @throws ConfigException when a setting names a rule that does not exist
   */
  public void applyTo(RuleSet.Builder builder, Collection<String> knownIds) {
    for (Map.Entry<String, Optional<Severity>> entry : rules.entrySet()) {
      String id = entry.getKey();
      if (!knownIds.contains(id)) {
        throw new ConfigException(
            source
                + ": rules."
                + id
                + ": unknown rule id '"
                + id
                + "'"
                + DidYouMean.closest(id, knownIds)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("; 'preflight rules' lists them"));
      }
      if (entry.getValue().isPresent()) {
        builder.severity(id, entry.getValue().get());
      } else {
        builder.disable(id);
      }
    }
  }
}
