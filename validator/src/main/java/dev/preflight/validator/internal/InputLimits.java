package dev.preflight.validator.internal;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Violation;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * The limits bodies are read and checked under, named as the options of {@code
 * PresetValidator.Builder} that set them, and the {@code input-limit} violations a breach gives.
 * Immutable and thread-safe.
 */
public final class InputLimits {
  public static final String INPUT_LIMIT = "input-limit";

  public static final String MAX_DOCUMENT_LENGTH = "maxDocumentLength";
  public static final String MAX_NESTING_DEPTH = "maxNestingDepth";
  public static final String MAX_STRING_LENGTH = "maxStringLength";
  public static final String MAX_NUMBER_LENGTH = "maxNumberLength";
  public static final String MAX_TOKEN_COUNT = "maxTokenCount";
  public static final String MAX_EVALUATION_STEPS = "maxEvaluationSteps";
  public static final String MAX_EVALUATION_DEPTH = "maxEvaluationDepth";

  /**
   * Jackson's wording of a breach: {@code <what> (<actual>) exceeds the maximum allowed (<max>}.
   */
  /** Compiled when a limit is first breached, not by every cold start. */
  private static final class Breach {
    static final Pattern JACKSON_BREACH =
        Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  }

  final long maxDocumentLength;
  final int maxNestingDepth;
  final int maxStringLength;
  final int maxNumberLength;
  final long maxTokenCount;

  public InputLimits(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      long maxTokenCount) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxTokenCount = maxTokenCount;
  }

  /** Jackson's constraints for these limits; property names are bounded like string values. */
  public StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxTokenCount(maxTokenCount)
        .build();
  }

  /**
   * The violation for a limit {@code option} breached at {@code pointer}: {@code what} is the
   * message without the option's name, which is appended.
   */
  public static Violation breach(String option, String pointer, String what) {
    return Violation.builder(INPUT_LIMIT)
        .pointer(pointer)
        .message(what + " (" + option + ")")
        .suggestion("raise the limit with PresetValidator.builder()." + option + "(...)")
        .build();
  }

  /** The violation for a breach Jackson reported while reading, at {@code pointer}. */
  Violation breach(StreamConstraintsException e, String pointer) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher matcher = Breach.JACKSON_BREACH.matcher(message);
    String kind = matcher.find() ? matcher.group(1) : "";
    switch (kind) {
      case "String value length":
        return breach(
            MAX_STRING_LENGTH,
            pointer,
            "the string is longer than the limit of " + maxStringLength + " characters");
      case "Name length":
        return breach(
            MAX_STRING_LENGTH,
            pointer,
            "a property name is longer than the limit of " + maxStringLength + " characters");
      case "Number value length":
        return breach(
            MAX_NUMBER_LENGTH,
            pointer,
            "the number has "
                + matcher.group(2)
                + " characters, more than the limit of "
                + maxNumberLength);
      case "Document nesting depth":
        return breach(
            MAX_NESTING_DEPTH,
            pointer,
            "objects and arrays are nested deeper than the limit of " + maxNestingDepth);
      case "Token count":
        return tooManyTokens(pointer);
      case "Document length":
        return breach(
            MAX_DOCUMENT_LENGTH,
            pointer,
            "the body is longer than the limit of " + maxDocumentLength + " characters");
      default:
        return Violation.builder(INPUT_LIMIT)
            .pointer(pointer)
            .message(ValueText.truncate(message, 300))
            .build();
    }
  }

  Violation tooManyTokens(String pointer) {
    return breach(
        MAX_TOKEN_COUNT,
        pointer,
        "the body has more than the limit of "
            + maxTokenCount
            + " tokens (each value, property name and bracket counts one)");
  }

  /**
   * Checks a tree given as such (not read from text, so Jackson did not bound it) against the
   * nesting, string, number and token limits, iteratively, so that no depth overflows the stack.
   * Tokens are counted as reading the tree's text would: each value, property name and bracket
   * counts one.
   *
   * @return the first breach, or null
   */
  public Violation check(JsonNode root) {
    ArrayDeque<Frame> frames = new ArrayDeque<>();
    long tokens = 2;
    frames.push(new Frame(root));
    while (!frames.isEmpty()) {
      Frame frame = frames.peek();
      if (!frame.hasNext()) {
        frames.pop();
        continue;
      }
      String name = frame.next();
      JsonNode value = frame.value;
      tokens += name == null ? 1 : 2;
      if (name != null && name.length() > maxStringLength) {
        return breach(
            MAX_STRING_LENGTH,
            pointerOf(frames),
            "a property name is longer than the limit of " + maxStringLength + " characters");
      }
      if (value.isContainer()) {
        tokens++;
        if (frames.size() + 1 > maxNestingDepth) {
          return breach(
              MAX_NESTING_DEPTH,
              pointerOf(frames),
              "objects and arrays are nested deeper than the limit of " + maxNestingDepth);
        }
        frames.push(new Frame(value));
      } else if (value.isString() && value.stringValue().length() > maxStringLength) {
        return breach(
            MAX_STRING_LENGTH,
            pointerOf(frames),
            "the string is longer than the limit of " + maxStringLength + " characters");
      } else if (value.isBigDecimal() || value.isBigInteger()) {
        int length = value.asString().length();
        if (length > maxNumberLength) {
          return breach(
              MAX_NUMBER_LENGTH,
              pointerOf(frames),
              "the number has "
                  + length
                  + " characters, more than the limit of "
                  + maxNumberLength);
        }
      }
      if (maxTokenCount > 0 && tokens > maxTokenCount) {
        return tooManyTokens(pointerOf(frames));
      }
    }
    return null;
  }

  /** The pointer of the value the innermost frame's {@link Frame#next()} returned last. */
  private static String pointerOf(ArrayDeque<Frame> frames) {
    StringBuilder pointer = new StringBuilder();
    Iterator<Frame> outermostFirst = frames.descendingIterator();
    while (outermostFirst.hasNext()) {
      Frame frame = outermostFirst.next();
      if (frame.name != null) {
        JsonPointers.appendTo(pointer, frame.name);
      } else if (frame.index >= 0) {
        pointer.append('/').append(frame.index);
      }
    }
    return pointer.toString();
  }

  /** An object or array being walked: its members in order, and the pointer token of the last. */
  private static final class Frame {
    private final Iterator<Map.Entry<String, JsonNode>> members;
    private final Iterator<JsonNode> elements;
    int index = -1;
    String name;
    JsonNode value;

    Frame(JsonNode container) {
      this.members = container.isObject() ? container.properties().iterator() : null;
      this.elements = container.isObject() ? null : container.values().iterator();
    }

    boolean hasNext() {
      return members != null ? members.hasNext() : elements.hasNext();
    }

    /** Moves to the next member; returns its property name, or null for an array element. */
    String next() {
      if (members != null) {
        Map.Entry<String, JsonNode> member = members.next();
        value = member.getValue();
        name = member.getKey();
        return name;
      }
      value = elements.next();
      index++;
      return null;
    }
  }
}
