package dev.preflight.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One finding about a request body: which rule, how serious, where (a JSON Pointer and, for text
 * input, line and column) and what to do about it.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #builder(String)}.
 *
 * <p>A report never echoes an unbounded input: messages and suggestions longer than {@value
 * #MAX_TEXT_LENGTH} characters are shortened in the middle, and {@link #toString()} shortens long
 * pointer segments, whatever rule made them. {@link #pointer()} itself stays exact.
 */
public final class Violation {
  /** The longest message or suggestion kept whole. */
  public static final int MAX_TEXT_LENGTH = 1000;

  /** The longest pointer segment {@link #toString()} shows whole. */
  static final int MAX_SHOWN_SEGMENT = 80;

  private final String ruleId;
  private final Severity severity;
  private final String pointer;
  private final String message;
  private final String suggestion;
  private final int line;
  private final int column;

  private Violation(Builder builder) {
    this.ruleId = builder.ruleId;
    this.severity = builder.severity;
    this.pointer = builder.pointer;
    this.message = builder.message;
    this.suggestion = builder.suggestion;
    this.line = builder.line;
    this.column = builder.column;
  }

  /** Starts a violation of the rule {@code ruleId}; severity defaults to {@link Severity#ERROR}. */
  public static Builder builder(String ruleId) {
    return new Builder(ruleId);
  }

  /** Shorthand for a violation without suggestion and position. */
  public static Violation of(String ruleId, Severity severity, String pointer, String message) {
    return builder(ruleId).severity(severity).pointer(pointer).message(message).build();
  }

  /** The stable, kebab-case id of the rule; schema violations are {@code spec/<keyword>}. */
  public String ruleId() {
    return ruleId;
  }

  public Severity severity() {
    return severity;
  }

  /**
   * The RFC 6901 JSON Pointer of the offending value; for a missing or unknown property, the
   * pointer of that property. The empty string is the whole body.
   */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, naming the expected and the actual. */
  public String message() {
    return message;
  }

  /** A fix to try: a did-you-mean, the allowed values. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  /** The 1-based line of the offending value, when the input was text. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column of the offending value, when the input was text. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The line, 0 when unknown; for sorting without an {@code OptionalInt}. */
  int rawLine() {
    return line;
  }

  /** The column, 0 when unknown. */
  int rawColumn() {
    return column;
  }

  /** A builder initialised with this violation's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(ruleId);
    builder.severity = severity;
    builder.pointer = pointer;
    builder.message = message;
    builder.suggestion = suggestion;
    builder.line = line;
    builder.column = column;
    return builder;
  }

  /** This violation with another severity. */
  public Violation withSeverity(Severity newSeverity) {
    return newSeverity == severity ? this : toBuilder().severity(newSeverity).build();
  }

  /** This violation at a position in the input text. */
  public Violation at(int newLine, int newColumn) {
    return toBuilder().position(newLine, newColumn).build();
  }

  /**
   * {@code line:col severity rule-id message (suggestion)}; without position, the pointer is shown
   * instead.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (line > 0) {
      out.append(line).append(':').append(column).append(' ');
    }
    out.append(severity.label()).append(' ').append(ruleId).append(' ');
    out.append(pointer.isEmpty() ? "(root)" : shownPointer(pointer)).append(' ').append(message);
    if (suggestion != null) {
      out.append(" (").append(suggestion).append(')');
    }
    return out.toString();
  }

  /** The pointer with segments longer than {@value #MAX_SHOWN_SEGMENT} characters shortened. */
  static String shownPointer(String pointer) {
    if (pointer.length() <= MAX_SHOWN_SEGMENT) {
      return pointer;
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < pointer.length()) {
      int end = pointer.indexOf('/', start + 1);
      if (end < 0) {
        end = pointer.length();
      }
      if (end - start > MAX_SHOWN_SEGMENT + 1) {
        out.append(pointer, start, start + MAX_SHOWN_SEGMENT + 1)
            .append("... (")
            .append(end - start - 1)
            .append(" characters)");
      } else {
        out.append(pointer, start, end);
      }
      start = end;
    }
    return out.toString();
  }

  /** Text cut in the middle when longer than {@value #MAX_TEXT_LENGTH} characters. */
  private static String bounded(String text) {
    if (text == null || text.length() <= MAX_TEXT_LENGTH) {
      return text;
    }
    int head = MAX_TEXT_LENGTH * 2 / 3;
    int tail = MAX_TEXT_LENGTH / 4;
    if (Character.isHighSurrogate(text.charAt(head - 1))) {
      head--;
    }
    if (Character.isLowSurrogate(text.charAt(text.length() - tail))) {
      tail--;
    }
    return text.substring(0, head)
        + " ... ("
        + (text.length() - head - tail)
        + " characters cut) ... "
        + text.substring(text.length() - tail);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return line == that.line
        && column == that.column
        && ruleId.equals(that.ruleId)
        && severity == that.severity
        && pointer.equals(that.pointer)
        && message.equals(that.message)
        && Objects.equals(suggestion, that.suggestion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, pointer, message, suggestion, line, column);
  }

  /** Builds a {@link Violation}. Not thread-safe; the built violation is. */
  public static final class Builder {
    private final String ruleId;
    private Severity severity = Severity.ERROR;
    private String pointer = "";
    private String message = "";
    private String suggestion;
    private int line;
    private int column;

    private Builder(String ruleId) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * The JSON Pointer of the offending value ({@code ""} for the whole body).
     *
     * @throws IllegalArgumentException when {@code pointer} is neither empty nor starts with {@code
     *     /} (a rule that reports such a pointer gets an {@code internal-error} finding instead)
     */
    public Builder pointer(String pointer) {
      Objects.requireNonNull(pointer, "pointer");
      if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
        throw new IllegalArgumentException(
            "not a JSON Pointer: '"
                + (pointer.length() > 200 ? pointer.substring(0, 200) + "..." : pointer)
                + "' (a pointer is empty or starts with '/')");
      }
      this.pointer = pointer;
      return this;
    }

    /** What is wrong; cut in the middle when longer than {@value #MAX_TEXT_LENGTH} characters. */
    public Builder message(String message) {
      this.message = bounded(Objects.requireNonNull(message, "message"));
      return this;
    }

    /**
     * A fix to try, or null for none; cut in the middle when longer than {@value #MAX_TEXT_LENGTH}
     * characters.
     */
    public Builder suggestion(String suggestion) {
      this.suggestion = bounded(suggestion);
      return this;
    }

    /** The 1-based line and column in the input text; 0 for unknown. */
    public Builder position(int line, int column) {
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column are 1-based, or 0 for unknown");
      }
      this.line = line;
      this.column = column;
      return this;
    }

    public Violation build() {
      return new Violation(this);
    }
  }
}
