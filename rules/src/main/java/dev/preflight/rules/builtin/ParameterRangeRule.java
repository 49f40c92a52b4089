package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code parameter-range}: numeric parameters lie in their documented ranges. */
public final class ParameterRangeRule implements Rule {
  /** The largest integer a JavaScript number holds exactly, 2^53 - 1. */
  static final String MAX_SAFE_INTEGER = "9007199254740991";

  static final int MAX_SESSION_ID_LENGTH = 256;

  /** Top-level sampling parameters and their ranges. */
  private static final List<Limit> TOP_LEVEL =
      List.of(
          new Limit("temperature", NumericRange.between("0", "2"), false),
          new Limit("top_p", NumericRange.between("0", "1"), false),
          new Limit("frequency_penalty", NumericRange.between("-2", "2"), false),
          new Limit("presence_penalty", NumericRange.between("-2", "2"), false),
          new Limit("repetition_penalty", NumericRange.between("0", "2"), false),
          new Limit("min_p", NumericRange.between("0", "1"), false),
          new Limit("top_a", NumericRange.between("0", "1"), false),
          new Limit("top_k", NumericRange.atLeast("0"), false),
          new Limit("top_logprobs", NumericRange.between("0", "20"), true),
          new Limit("seed", NumericRange.between("-" + MAX_SAFE_INTEGER, MAX_SAFE_INTEGER), true));

  private static final Limit COST_QUALITY_TRADEOFF =
      new Limit("cost_quality_tradeoff", NumericRange.between("0", "10"), false);
  private static final Limit MIN_CODING_SCORE =
      new Limit("min_coding_score", NumericRange.between("0", "1"), false);
  private static final Limit SEARCH_MODELS_MAX_RESULTS =
      new Limit("max_results", NumericRange.between("1", "20"), false);
  private static final Limit WEB_SEARCH_MAX_RESULTS =
      new Limit("max_results", NumericRange.atLeast("1"), false);

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("parameter-range")
          .defaultSeverity(Severity.ERROR)
          .summary("numeric parameters lie in their documented ranges")
          .description(
              """
              OpenRouter documents a range for most numeric parameters; a value outside it is \
              rejected or silently clamped, depending on the provider. Checked: `temperature` 0 \
              to 2; `top_p` 0 to 1; `frequency_penalty` and `presence_penalty` -2 to 2; \
              `repetition_penalty` 0 to 2; `min_p` and `top_a` 0 to 1; `top_k` at least 0; \
              `top_logprobs` an integer from 0 to 20; `seed` a safe integer (at most 2^53 - 1 in \
              magnitude, the largest integer JavaScript holds exactly); the `auto-router` \
              plugin's `cost_quality_tradeoff` 0 to 10; the `pareto-router` plugin's \
              `min_coding_score` 0 to 1; the `openrouter:experimental__search_models` tool's \
              `max_results` 1 to 20; web search `max_results` at least 1 (the \
              `openrouter:web_search` tool, the `web_search*` shorthand tools and the `web` \
              plugin); `session_id` at most 256 characters.""")
          .source(
              "OpenAPI spec descriptions: ChatRequest temperature \"(0-2)\", top_p \"(0-1)\","
                  + " frequency_penalty and presence_penalty \"(-2.0 to 2.0)\", top_logprobs"
                  + " \"(0-20)\", session_id \"Maximum of 256 characters\"; auto-router"
                  + " cost_quality_tradeoff \"(0–10)\"; pareto-router min_coding_score \"between 0"
                  + " and 1\"; SearchModelsServerToolConfig.max_results \"max 20\"; OpenRouter's"
                  + " parameters guide (https://openrouter.ai/docs/api/reference/parameters) for"
                  + " repetition_penalty, min_p, top_a and top_k")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Write short, precise answers."}],
                "temperature": 2,
                "top_p": 0.9,
                "frequency_penalty": -2
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Write short, precise answers."}],
                "temperature": 2.5
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode body = context.body();
    Located root = BodyParts.root(body);
    for (Limit limit : TOP_LEVEL) {
      limit.check(context, root);
    }
    for (Located plugin : BodyParts.plugins(body, "auto-router")) {
      COST_QUALITY_TRADEOFF.check(context, plugin);
    }
    for (Located plugin : BodyParts.plugins(body, "pareto-router")) {
      MIN_CODING_SCORE.check(context, plugin);
    }
    for (Located tool : BodyParts.tools(body, "openrouter:experimental__search_models")) {
      SEARCH_MODELS_MAX_RESULTS.check(context, BodyParts.parameters(tool));
    }
    for (Located tool : BodyParts.tools(body, BodyParts.WEB_SEARCH_TOOL)) {
      WEB_SEARCH_MAX_RESULTS.check(context, BodyParts.parameters(tool));
    }
    for (Located tool : BodyParts.webSearchShorthandTools(body)) {
      WEB_SEARCH_MAX_RESULTS.check(context, tool);
      WEB_SEARCH_MAX_RESULTS.check(context, BodyParts.parameters(tool));
    }
    for (Located plugin : BodyParts.plugins(body, "web")) {
      WEB_SEARCH_MAX_RESULTS.check(context, plugin);
    }
    checkSessionId(context, body);
  }

  private static void checkSessionId(RuleContext context, JsonNode body) {
    JsonNode sessionId = body.get("session_id");
    if (sessionId == null || !sessionId.isString()) {
      return;
    }
    String text = sessionId.stringValue();
    int length = text.codePointCount(0, text.length());
    if (length > MAX_SESSION_ID_LENGTH) {
      context.report(
          "/session_id",
          "session_id has "
              + length
              + " characters; at most "
              + MAX_SESSION_ID_LENGTH
              + " are allowed");
    }
  }

  /** One numeric member of an object and its range; {@code integerOnly} skips fractions. */
  private record Limit(String name, NumericRange range, boolean integerOnly) {
    void check(RuleContext context, Located owner) {
      if (owner == null || !owner.node().isObject()) {
        return;
      }
      Located value = owner.member(name);
      if (value == null
          || !value.node().isNumber()
          || (integerOnly && !value.node().isIntegralNumber())) {
        return; // a wrong type is the schema's finding
      }
      if (!range.contains(value.node())) {
        context.report(
            value.pointer(), name + " is " + value.node() + "; it must be " + range.describe());
      }
    }
  }
}
