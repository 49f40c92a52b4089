package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code web-search-domain-filters}: one web search configuration does not both allow and exclude
 * domains.
 */
public final class WebSearchDomainFiltersRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("web-search-domain-filters")
          .defaultSeverity(Severity.ERROR)
          .summary("web search does not combine an allow list with an exclude list of domains")
          .description(
              """
              A web search either restricts results to some domains or excludes some domains, \
              not both. The `openrouter:web_search` tool's `parameters` and the `web_search*` \
              shorthand tools (whose own fields and `parameters` form one configuration) take \
              `allowed_domains` or `excluded_domains`; the `web` plugin takes `include_domains` \
              or `exclude_domains`. To search a few sites, list only those; to avoid a few \
              sites, list only those.""")
          .source(
              "OpenAPI spec, WebSearchConfig and ChatWebSearchShorthand: allowed_domains \"Cannot"
                  + " be used with excluded_domains\", excluded_domains \"Cannot be used with"
                  + " allowed_domains\"; web plugin include_domains/exclude_domains")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Cite the official documentation."}],
                "tools": [
                  {
                    "type": "openrouter:web_search",
                    "parameters": {"allowed_domains": ["docs.python.org", "peps.python.org"]}
                  }
                ]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Cite the official documentation."}],
                "tools": [
                  {
                    "type": "openrouter:web_search",
                    "parameters": {
                      "allowed_domains": ["docs.python.org"],
                      "excluded_domains": ["stackoverflow.com"]
                    }
                  }
                ]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    for (Located tool : BodyParts.tools(context.body(), BodyParts.WEB_SEARCH_TOOL)) {
      Located parameters = BodyParts.parameters(tool);
      if (parameters != null) {
        check(context, List.of(parameters), "allowed_domains", "excluded_domains");
      }
    }
    for (Located tool : BodyParts.webSearchShorthandTools(context.body())) {
      List<Located> configuration = new ArrayList<>(List.of(tool));
      Located parameters = BodyParts.parameters(tool);
      if (parameters != null) {
        configuration.add(parameters);
      }
      check(context, configuration, "allowed_domains", "excluded_domains");
    }
    for (Located plugin : BodyParts.plugins(context.body(), "web")) {
      check(context, List.of(plugin), "include_domains", "exclude_domains");
    }
  }

  /** Reports the exclusion list when one configuration (spread over some objects) has both. */
  private static void check(
      RuleContext context, List<Located> configuration, String allowed, String excluded) {
    Located allowList = null;
    Located excludeList = null;
    for (Located part : configuration) {
      allowList = allowList != null ? allowList : part.member(allowed);
      excludeList = excludeList != null ? excludeList : part.member(excluded);
    }
    if (allowList != null && excludeList != null) {
      context.report(
          excludeList.pointer(),
          excluded
              + " cannot be used together with "
              + allowed
              + " (at "
              + allowList.pointer()
              + ") in one web search",
          "keep only " + allowed + " to restrict results, or only " + excluded + " to filter some");
    }
  }
}
