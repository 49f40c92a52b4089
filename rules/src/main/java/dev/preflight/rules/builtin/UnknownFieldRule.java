package dev.preflight.rules.builtin;

import dev.preflight.rules.DidYouMean;
import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.SchemaView;
import dev.preflight.rules.Severity;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * {@code unknown-field}: every property is declared by the spec or documented in OpenRouter's
 * guides.
 */
public final class UnknownFieldRule implements Rule {
  /**
   * Properties that OpenRouter's guides and its published OpenAPI document describe but the bundled
   * seed spec lacks, by location (array indices written as {@code *}).
   */
  static final Map<String, Set<String>> DOCUMENTED_EXTRAS =
      Map.of(
          "",
          Set.of(
              "preset",
              "prompt",
              "top_k",
              "min_p",
              "top_a",
              "repetition_penalty",
              "reasoning_effort",
              "include_reasoning",
              "verbosity",
              "prediction",
              "prompt_cache_key",
              "prompt_cache_options",
              "web_search_options",
              "usage",
              "transforms"),
          "/reasoning",
          Set.of("max_tokens", "exclude", "enabled"),
          "/plugins/*",
          Set.of(
              "cost_tier",
              "excluded_models",
              "pin_model",
              "preset",
              "tools",
              "mode",
              "max_price",
              "price_source"),
          "/tools/*",
          Set.of("max_characters", "max_uses", "mode"),
          "/tools/*/parameters",
          Set.of("max_characters", "max_uses", "mode", "name", "stream"));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("unknown-field")
          .defaultSeverity(Severity.WARNING)
          .summary("every property is one the spec or OpenRouter's guides document")
          .description(
              """
              OpenRouter ignores properties it does not know, so a misspelled one \
              (`temprature`, `provider.sortt`) silently does nothing. This rule reports \
              properties that neither the OpenAPI spec declares at their place nor OpenRouter's \
              guides document, with the closest known name. Names are compared after Unicode \
              NFKC normalization, so a name typed with look-alike characters (fullwidth \
              `ｔｅｍｐｅｒａｔｕｒｅ`) is reported with the name it imitates. Free-form objects \
              (`metadata`, function `parameters`, JSON schemas) are not checked. Fields the \
              guides document beyond the spec are known: `preset`, `prompt`, `top_k`, `min_p`, \
              `top_a`, `repetition_penalty`, `reasoning_effort`, `include_reasoning`, \
              `verbosity`, `prediction`, `prompt_cache_key`, `prompt_cache_options`, \
              `web_search_options`, `usage`, `transforms`, and `reasoning.max_tokens`, \
              `reasoning.exclude`, `reasoning.enabled`.""")
          .source(
              "The properties of the OpenAPI spec's request schema; OpenRouter's API reference"
                  + " (https://openrouter.ai/docs/api/reference/parameters) and reasoning tokens"
                  + " guide (https://openrouter.ai/docs/guides/best-practices/reasoning-tokens)"
                  + " for the documented fields missing from the spec")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "temperature": 0.7,
                "top_k": 40
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "temprature": 0.7
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    walk(context, context.schema().root(), context.body(), new StringBuilder(64));
  }

  /**
   * Checks the object or array {@code node} at {@code at}, then its children. Runs on every body,
   * so the walk steps through {@link SchemaView.Position}s, building a pointer only for a property
   * it reports; scalars are skipped before their positions are made, and the set of known names is
   * only assembled for a name that is not declared. {@code location} (the pointer with array
   * indices written as {@code *}) is one buffer for the whole walk, restored after each child: it
   * is made a String only to look up the documented extras of an object with an undeclared name.
   */
  private static void walk(
      RuleContext context, SchemaView.Position at, JsonNode node, StringBuilder location) {
    if (!at.describes()) {
      return; // free-form below here: no object in it can have an unknown property
    }
    int length = location.length();
    if (node.isArray()) {
      location.append("/*");
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (element.isContainer()) {
          walk(context, at.element(i), element, location);
        }
      }
      location.setLength(length);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Optional<Set<String>> declared = at.declaredProperties();
    if (declared.isPresent()) {
      Set<String> extras = null;
      Set<String> known = null;
      String pointer = null;
      for (String name : node.propertyNames()) {
        if (declared.get().contains(name)) {
          continue;
        }
        if (extras == null) {
          extras = DOCUMENTED_EXTRAS.getOrDefault(location.toString(), Set.of());
        }
        if (!extras.contains(name)) {
          if (known == null) {
            known = new TreeSet<>(declared.get());
            known.addAll(extras);
            pointer = at.pointer();
          }
          report(context, JsonPointers.append(pointer, name), name, known);
        }
      }
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (member.getValue().isContainer()) {
        JsonPointers.appendTo(location, member.getKey());
        walk(context, at.property(member.getKey()), member.getValue(), location);
        location.setLength(length);
      }
    }
  }

  private static void report(RuleContext context, String pointer, String name, Set<String> known) {
    String normalized = normalize(name);
    if (known.contains(normalized)) {
      context.report(
          pointer,
          "unknown property '"
              + name
              + "': it looks like '"
              + normalized
              + "' but is written with look-alike Unicode characters",
          normalized);
      return;
    }
    context.report(
        pointer,
        "unknown property '"
            + name
            + "': neither the spec nor OpenRouter's guides document it here",
        DidYouMean.closest(normalized, known).orElse(null));
  }

  /** NFKC-normalized, without invisible format characters (zero-width spaces and joiners). */
  static String normalize(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
