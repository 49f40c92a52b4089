package dev.preflight.rules.builtin;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code max-price-format}: the prices of {@code provider.max_price} are non-negative decimal
 * numbers, as JSON numbers or numeric strings.
 */
public final class MaxPriceFormatRule implements Rule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("max-price-format")
          .defaultSeverity(Severity.ERROR)
          .summary("`provider.max_price` values are non-negative decimal numbers")
          .description(
              """
              `provider.max_price` caps what a request may cost, in USD per million tokens \
              (`prompt`, `completion`, `audio`, `image`) or per request (`request`). Each value \
              is a number, or a string holding a decimal number (`"0.5"`), and cannot be \
              negative: OpenRouter rejects `"$1"`, `"1,5"` or `-1`.""")
          .source(
              "OpenAPI spec, ProviderPreferencesMaxPrice: \"USD price per million tokens\";"
                  + " OpenRouter provider routing guide"
                  + " (https://openrouter.ai/docs/guides/routing/provider-selection), max_price")
          .validExample(
              """
              {
                "model": "meta-llama/llama-3.3-70b-instruct",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "provider": {"max_price": {"prompt": 1, "completion": "2.5"}}
              }
              """)
          .invalidExample(
              """
              {
                "model": "meta-llama/llama-3.3-70b-instruct",
                "messages": [{"role": "system", "content": "You are a helpful assistant."}],
                "provider": {"max_price": {"prompt": -1, "completion": "2.5"}}
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    JsonNode maxPrice = context.body().path("provider").get("max_price");
    if (maxPrice == null || !maxPrice.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : maxPrice.properties()) {
      String pointer = JsonPointers.append("/provider/max_price", entry.getKey());
      JsonNode price = entry.getValue();
      if (price.isNumber() && price.decimalValue().signum() < 0) {
        context.report(
            pointer,
            "max_price." + entry.getKey() + " is " + price + "; a price cannot be negative");
      } else if (price.isString() && !isNonNegativeDecimal(price.stringValue())) {
        context.report(
            pointer,
            "max_price."
                + entry.getKey()
                + " is "
                + price
                + "; a price must be a non-negative decimal number",
            "write it as a number, e.g. 0.5");
      }
    }
  }

  /**
   * Whether {@code text} matches {@code (?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?}
   * (ASCII digits only): {@code 1}, {@code 1.}, {@code 1.5}, {@code .5}, each optionally followed
   * by an exponent such as {@code e-3}. Hand-written rather than a {@code Pattern} so that building
   * rules does not load {@code java.util.regex} at start-up.
   */
  static boolean isNonNegativeDecimal(String text) {
    int length = text.length();
    int i = skipDigits(text, 0);
    int mantissaDigits = i;
    if (i < length && text.charAt(i) == '.') {
      int fractionStart = i + 1;
      i = skipDigits(text, fractionStart);
      mantissaDigits += i - fractionStart;
    }
    if (mantissaDigits == 0) {
      return false;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentStart = i;
      i = skipDigits(text, exponentStart);
      if (i == exponentStart) {
        return false;
      }
    }
    return i == length;
  }

  /** The index of the first char at or after {@code from} that is not an ASCII digit. */
  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
