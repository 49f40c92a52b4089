package dev.preflight.rules.builtin;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * A closed range of numbers with an optional upper bound, compared exactly (as decimals) so that
 * huge integers and fractions near a bound are judged right.
 */
final class NumericRange {
  private final BigDecimal min;
  private final BigDecimal max;
  // The bounds rounded to doubles, for deciding clear cases without a BigDecimal.
  private final double minDouble;
  private final double maxDouble;

  private NumericRange(BigDecimal min, BigDecimal max) {
    this.min = min;
    this.max = max;
    this.minDouble = min.doubleValue();
    this.maxDouble = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
  }

  /** From {@code min} to {@code max}, both included. */
  static NumericRange between(String min, String max) {
    return new NumericRange(new BigDecimal(min), new BigDecimal(max));
  }

  /** {@code min} or more. */
  static NumericRange atLeast(String min) {
    return new NumericRange(new BigDecimal(min), null);
  }

  /** Whether {@code number} (a numeric node) lies in the range. */
  boolean contains(JsonNode number) {
    if (number.isDouble()) {
      // A double's decimalValue() formats it to a string first. Rounding to double is monotonic,
      // so a double strictly inside the rounded bounds has its decimal inside the exact ones;
      // only values at a rounded bound need the exact comparison.
      double d = number.doubleValue();
      if (d > minDouble && d < maxDouble) {
        return true;
      }
    }
    BigDecimal value = number.decimalValue();
    return value.compareTo(min) >= 0 && (max == null || value.compareTo(max) <= 0);
  }

  /** The range in words: {@code from 0 to 2}, {@code at least 1}. */
  String describe() {
    return max == null
        ? "at least " + min.toPlainString()
        : "from " + min.toPlainString() + " to " + max.toPlainString();
  }
}
