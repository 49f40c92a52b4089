package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code max-price-format}: the prices of {@code provider.max_price} are non-negative decimal
 * numbers, as JSON numbers or numeric strings.
 */
public final class MaxPriceFormatRule implements Rule {
  private static final Pattern DECIMAL =
      Pattern.compile("(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

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

  private static boolean isNonNegativeDecimal(String text) {
    return DECIMAL.matcher(text).matches();
  }
}
