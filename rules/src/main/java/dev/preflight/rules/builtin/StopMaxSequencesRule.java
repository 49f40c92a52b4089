package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import tools.jackson.databind.JsonNode;

/** {@code stop-max-sequences}: the {@code stop} array has at most 4 entries. */
public final class StopMaxSequencesRule implements Rule {
  /** The most stop sequences OpenRouter accepts. */
  static final int MAX_SEQUENCES = 4;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("stop-max-sequences")
          .defaultSeverity(Severity.ERROR)
          .summary("`stop` has at most 4 sequences")
          .description(
              """
              `stop` is a single string or an array of up to 4 strings; generation stops when the \
              model produces one of them. OpenRouter rejects an array with more entries, and so \
              do the providers it routes to. A single string is always fine.""")
          .source(
              "OpenAPI spec, ChatRequest.stop: \"Stop sequences (up to 4)\"; OpenRouter's published"
                  + " schema declares maxItems: 4")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Answer in one paragraph."}],
                "stop": ["\\n\\n", "END", "###", "Q:"]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Answer in one paragraph."}],
                "stop": ["\\n\\n", "END", "###", "Q:", "A:"]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode stop = context.body().get("stop");
    if (stop != null && stop.isArray() && stop.size() > MAX_SEQUENCES) {
      context.report(
          "/stop",
          "stop has " + stop.size() + " sequences; at most " + MAX_SEQUENCES + " are allowed",
          "keep the " + MAX_SEQUENCES + " most important stop sequences");
    }
  }
}
