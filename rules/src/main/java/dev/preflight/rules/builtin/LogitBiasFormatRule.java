package dev.preflight.rules.builtin;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code logit-bias-format}: {@code logit_bias} maps token ids to biases from -100 to 100. */
public final class LogitBiasFormatRule implements Rule {
  private static final NumericRange BIAS = NumericRange.between("-100", "100");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("logit-bias-format")
          .defaultSeverity(Severity.ERROR)
          .summary("`logit_bias` keys are token ids and values are from -100 to 100")
          .description(
              """
              `logit_bias` maps tokenizer token ids, written as decimal integers in the JSON \
              keys, to a bias from -100 (ban the token) to 100 (force it). Words are not token \
              ids: look the ids up with the model's tokenizer.""")
          .source(
              "OpenRouter parameters guide (https://openrouter.ai/docs/api/reference/parameters):"
                  + " logit_bias \"maps tokens (specified by their token ID in the tokenizer) to"
                  + " an associated bias value from -100 to 100\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Never use the word 'delve'."}],
                "logit_bias": {"50256": -100, "1734": 5}
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4",
                "messages": [{"role": "system", "content": "Never use the word 'delve'."}],
                "logit_bias": {"delve": -100}
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode bias = context.body().get("logit_bias");
    if (bias == null || !bias.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : bias.properties()) {
      String pointer = JsonPointers.append("/logit_bias", entry.getKey());
      if (!isTokenId(entry.getKey())) {
        context.report(
            pointer,
            "logit_bias key '" + entry.getKey() + "' is not a token id (a decimal integer)",
            "use the token id from the model's tokenizer");
      }
      JsonNode value = entry.getValue();
      if (value.isNumber() && !BIAS.contains(value)) {
        context.report(pointer, "logit_bias value is " + value + "; it must be " + BIAS.describe());
      }
    }
  }

  /**
   * Whether {@code key} matches {@code [0-9]+}: one or more ASCII digits. Hand-written rather than
   * a {@code Pattern} so that building rules does not load {@code java.util.regex} at start-up.
   */
  static boolean isTokenId(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
