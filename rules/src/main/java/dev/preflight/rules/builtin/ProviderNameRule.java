package dev.preflight.rules.builtin;

import dev.preflight.rules.DidYouMean;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.List;

/** {@code provider-name}: {@code provider.order / only / ignore} name known providers. */
public final class ProviderNameRule implements Rule {
  static final List<String> LISTS = List.of("order", "only", "ignore");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("provider-name")
          .defaultSeverity(Severity.WARNING)
          .summary("`provider.order`, `only` and `ignore` name known providers")
          .description(
              """
              Provider routing matches the entries of `provider.order`, `provider.only` and \
              `provider.ignore` against OpenRouter's providers. A misspelled provider matches \
              nothing and is silently skipped: `order` falls back to the default routing, `only` \
              can leave no provider at all, `ignore` ignores nothing. Entries may be names \
              (`Anthropic`, `Amazon Bedrock`) or slugs (`anthropic`, `amazon-bedrock`, \
              `deepinfra/turbo`). This is a warning because OpenRouter adds providers faster \
              than specs ship.""")
          .source(
              "The ProviderName enum of the bundled OpenAPI spec (components.schemas.ProviderName,"
                  + " embedded in the rule as data); OpenRouter provider routing guide"
                  + " (https://openrouter.ai/docs/guides/routing/provider-selection)")
          .validExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "provider": {"order": ["Anthropic", "amazon-bedrock"]}
              }
              """)
          .invalidExample(
              """
              {
                "model": "anthropic/claude-sonnet-4.5",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "provider": {"order": ["antropic", "amazon-bedrock"]}
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
    for (String list : LISTS) {
      for (Located entry : BodyParts.elements(located.member(list))) {
        if (!entry.node().isString()) {
          continue;
        }
        String name = entry.node().stringValue();
        if (ProviderNames.canonical(name).isEmpty()) {
          context.report(
              entry.pointer(),
              "provider." + list + " names '" + name + "', which is not a known provider",
              DidYouMean.closest(name, ProviderNames.NAMES).orElse(null));
        }
      }
    }
  }
}
