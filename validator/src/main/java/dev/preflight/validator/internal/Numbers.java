package dev.preflight.validator.internal;

import dev.preflight.rules.Severity;
import dev.preflight.rules.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads numbers exactly as written, and says where a 64-bit floating-point number, the only number
 * JavaScript's {@code JSON.parse} and many other parsers know, would read one differently: {@code
 * 1e400} becomes Infinity (an error), {@code 1e-400} becomes 0, {@code 99999999999999999999}
 * becomes {@code 100000000000000000000} and {@code 2.00000000000000000001} becomes {@code 2}
 * (warnings). Values that a double holds exactly stay doubles in the tree; the others are kept as
 * {@link BigInteger} or {@link BigDecimal}, so that the schema and the rules compare the value
 * written, and messages show it unrounded.
 */
final class Numbers {
  static final String NUMBER_RANGE = "number-range";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** 2^53 - 1: the largest integer from which a double holds every smaller one exactly. */
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private static final BigInteger MAX_SAFE = BigInteger.valueOf(MAX_SAFE_INTEGER);

  private Numbers() {}

  /** A number as read: its node, and what to report about it (at the number's pointer). */
  static final class Read {
    /** The value; null when it cannot be represented at all, which the finding then says. */
    final JsonNode node;

    /** The finding's severity, or null when there is nothing to report. */
    final Severity severity;

    final String message;

    private Read(JsonNode node) {
      this(node, null, null);
    }

    private Read(JsonNode node, Severity severity, String message) {
      this.node = node;
      this.severity = severity;
      this.message = message;
    }

    /** The finding at {@code pointer}, or null when there is nothing to report. */
    Violation.Builder finding(String pointer) {
      return severity == null
          ? null
          : Violation.builder(NUMBER_RANGE).severity(severity).pointer(pointer).message(message);
    }
  }

  /** Reads the number token the parser is on. */
  static Read read(JsonParser parser, JsonToken token) {
    try {
      return token == JsonToken.VALUE_NUMBER_INT ? integer(parser) : decimal(parser);
    } catch (JacksonException | ArithmeticException | NumberFormatException e) {
      return new Read(
          null,
          Severity.ERROR,
          "number "
              + ValueText.truncate(parser.getString())
              + " cannot be represented: its exponent is out of any usable range");
    }
  }

  /** An integer; its text is read only for a value a double does not hold exactly. */
  private static Read integer(JsonParser parser) {
    switch (parser.getNumberType()) {
      case INT:
        return new Read(NODES.numberNode(parser.getIntValue()));
      case LONG:
        {
          long value = parser.getLongValue();
          JsonNode node = NODES.numberNode(value);
          return Math.abs(value) > MAX_SAFE_INTEGER
              ? unsafe(node, parser.getString())
              : new Read(node);
        }
      default:
        {
          BigInteger value = parser.getBigIntegerValue();
          JsonNode node = NODES.numberNode(value);
          return value.abs().compareTo(MAX_SAFE) > 0
              ? unsafe(node, parser.getString())
              : new Read(node);
        }
    }
  }

  private static Read unsafe(JsonNode node, String text) {
    String rounded = new BigDecimal(new BigDecimal(text).doubleValue()).toPlainString();
    return new Read(
        node,
        Severity.WARNING,
        "integer "
            + ValueText.truncate(text)
            + " is beyond 2^53 - 1 ("
            + MAX_SAFE_INTEGER
            + "), the largest that a 64-bit floating-point number holds exactly;"
            + " JSON parsers that use one, as JavaScript's does, read it as "
            + ValueText.truncate(rounded));
  }

  private static Read decimal(JsonParser parser) {
    String text = parser.getString();
    BigDecimal exact = parser.getDecimalValue();
    double value = parser.getDoubleValue();
    if (Double.isInfinite(value)) {
      return new Read(
          NODES.numberNode(exact),
          Severity.ERROR,
          "number "
              + ValueText.truncate(text)
              + " is beyond the range of a 64-bit floating-point number (about"
              + " 1.8e308); JSON parsers that use one, as JavaScript's does, read it"
              + " as Infinity, which is not a JSON value");
    }
    if (value == 0.0 && exact.signum() != 0) {
      return new Read(
          NODES.numberNode(exact),
          Severity.WARNING,
          "number "
              + ValueText.truncate(text)
              + " is closer to zero than a 64-bit floating-point number can be; JSON"
              + " parsers that use one, as JavaScript's does, read it as 0");
    }
    String shortest = Double.toString(value);
    if (exact.compareTo(new BigDecimal(shortest)) != 0) {
      return new Read(
          NODES.numberNode(exact),
          Severity.WARNING,
          "number "
              + ValueText.truncate(text)
              + " has more digits than a 64-bit floating-point number holds; JSON"
              + " parsers that use one, as JavaScript's does, read it as "
              + shortest);
    }
    return new Read(NODES.numberNode(value));
  }
}
