package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code provider-conflicts}: no provider is both in {@code only} and {@code ignore}, and {@code
 * sort} is not set together with {@code order}.
 */
public final class ProviderConflictsRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("provider-conflicts")
          .defaultSeverity(Severity.WARNING)
          .summary("provider preferences do not contradict each other")
          .description(
              """
              A provider listed in both `provider.only` and `provider.ignore` is ignored, so \
              listing it in `only` has no effect; usually one of the two lists is stale. \
              `provider.sort` applies only when `provider.order` is not set: with both, the \
              sort is ignored.""")
          .source(
              "OpenAPI spec, ProviderPreferences.sort: \"The sorting strategy to use for this"
                  + " request, if \\\"order\\\" is not specified\"; OpenRouter provider routing guide"
                  + " (https://openrouter.ai/docs/guides/routing/provider-selection)")
          .validExample(
              """
              {
                "model": "meta-llama/llama-3.3-70b-instruct",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "provider": {"only": ["Together", "DeepInfra"], "sort": "price"}
              }
              """)
          .invalidExample(
              """
              {
                "model": "meta-llama/llama-3.3-70b-instruct",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "provider": {"only": ["Together", "DeepInfra"], "ignore": ["deepinfra"]}
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    Located located = BodyParts.provider(context.body());
    if (located == null) {
      return;
    }
    Map<String, String> onlyPointers = new HashMap<>();
    for (Located entry : BodyParts.elements(located.member("only"))) {
      if (entry.node().isString()) {
        onlyPointers.putIfAbsent(identity(entry.node().stringValue()), entry.pointer());
      }
    }
    for (Located entry : BodyParts.elements(located.member("ignore"))) {
      if (!entry.node().isString()) {
        continue;
      }
      String inOnly = onlyPointers.get(identity(entry.node().stringValue()));
      if (inOnly != null) {
        context.report(
            entry.pointer(),
            "provider '"
                + entry.node().stringValue()
                + "' is in both provider.ignore and provider.only (at "
                + inOnly
                + "); it is ignored",
            "remove it from one of the two lists");
      }
    }
    Located order = located.member("order");
    Located sort = located.member("sort");
    if (order != null && order.node().isArray() && !order.node().isEmpty() && sort != null) {
      context.report(
          sort.pointer(),
          "provider.sort is ignored because provider.order is set",
          "remove provider.sort, or remove provider.order to sort all providers");
    }
  }

  /** Names and slugs of one provider compare equal; unknown names compare ignoring case. */
  private static String identity(String provider) {
    return ProviderNames.canonical(provider).orElse(provider.toLowerCase(Locale.ROOT));
  }
}
