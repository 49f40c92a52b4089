package dev.preflight.validator.internal;

import dev.preflight.rules.JsonPointers;
import dev.preflight.rules.Violation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads request bodies strictly: UTF-8 only, one JSON object, no duplicate keys, bounded nesting.
 * Builds the tree iteratively, so no input depth can overflow the stack, and turns every problem
 * into a violation instead of an exception. Thread-safe.
 */
public final class BodyReader {
  public static final String JSON_SYNTAX = "json-syntax";
  public static final String DUPLICATE_KEY = "duplicate-key";
  public static final String INPUT_LIMIT = InputLimits.INPUT_LIMIT;
  public static final String NUMBER_RANGE = Numbers.NUMBER_RANGE;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory;
  private final InputLimits limits;

  public BodyReader(InputLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder().streamReadConstraints(limits.constraints()).build();
  }

  /** Reads UTF-8 bytes; a leading byte-order mark is skipped. */
  public ParsedBody read(byte[] bytes) {
    ParsedBody direct = readValid(bytes);
    return direct != null ? direct : readDecoded(bytes);
  }

  /**
   * Reads a body straight from its bytes with Jackson's UTF-8 parser, without decoding it to a
   * String first, when that is sure to give what {@link #readDecoded} gives: the bytes are strict
   * UTF-8 and the whole object is read. Anything that stops reading (invalid UTF-8, a syntax error,
   * a limit, a number that cannot be represented, trailing content) returns null, and the body is
   * read again as text, because those findings carry positions, which are reported in characters
   * while Jackson counts a byte source's columns in bytes. Duplicate keys and representable number
   * findings carry only a pointer, so they are kept: the location index places them later in the
   * text, which is decoded only then.
   */
  private ParsedBody readValid(byte[] bytes) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (!Utf8.isStrictWithoutNul(bytes, start)) {
      return null;
    }
    List<Violation> violations = new ArrayList<>(0);
    try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode root = NODES.objectNode();
      if (!build(parser, root, violations)) {
        return null;
      }
      return parser.nextToken() == null
          ? ParsedBody.ofUtf8(root, bytes, List.copyOf(violations))
          : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** Decodes strictly, then reads the text: reports invalid UTF-8 at its line and column. */
  private ParsedBody readDecoded(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return invalidUtf8(bytes, in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      return invalidUtf8(bytes, in.position());
    }
    out.flip();
    return read(out.toString());
  }

  private static ParsedBody invalidUtf8(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // Column in characters: count the code points between the line start and the bad byte.
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int column = prefix.codePointCount(0, prefix.length()) + 1;
    String message =
        String.format(
            "invalid UTF-8: byte 0x%02X at offset %d is not valid UTF-8; save the file as UTF-8",
            bytes[offset] & 0xFF, offset);
    return failed(Violation.builder(JSON_SYNTAX).message(message).position(line, column).build());
  }

  /** Reads text; a leading byte-order mark is skipped. */
  public ParsedBody read(String text) {
    String json = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    if (json.isBlank()) {
      return failed(
          Violation.builder(JSON_SYNTAX)
              .message("empty input: expected a JSON object, got nothing")
              .position(1, 1)
              .build());
    }
    List<Violation> violations = new ArrayList<>(0);
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return failed(
            Violation.builder(JSON_SYNTAX)
                .message(
                    "expected a JSON object at the top level, got " + describeToken(first, parser))
                .position(line(at), column(at))
                .build());
      }
      ObjectNode root = NODES.objectNode();
      if (!build(parser, root, violations)) {
        return new ParsedBody(null, text, List.copyOf(violations));
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        violations.add(
            Violation.builder(JSON_SYNTAX)
                .message(
                    "unexpected content after the JSON object: "
                        + describeToken(trailing, parser)
                        + "; a body is exactly one object")
                .position(line(at), column(at))
                .build());
        return new ParsedBody(null, text, List.copyOf(violations));
      }
      return new ParsedBody(root, text, List.copyOf(violations));
    } catch (StreamConstraintsException e) {
      // A breach before the first object or after it: the pointer is the whole body.
      violations.add(at(limits.breach(e, ""), e.getLocation()));
      return new ParsedBody(null, text, List.copyOf(violations));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      violations.add(
          Violation.builder(JSON_SYNTAX)
              .message(cleanMessage(e))
              .position(line(at), column(at))
              .build());
      return new ParsedBody(null, text, List.copyOf(violations));
    }
  }

  /**
   * Builds the members of the object whose START_OBJECT the parser is on, iteratively. Duplicate
   * keys are reported at the pointer of the later occurrence; its value wins, as in Jackson.
   *
   * @return false when a limit was breached or a number cannot be represented, which {@code
   *     violations} then says; the tree is incomplete and must not be used
   */
  private boolean build(JsonParser parser, ObjectNode root, List<Violation> violations) {
    ArrayDeque<JsonNode> containers = new ArrayDeque<>();
    ArrayDeque<String> names = new ArrayDeque<>();
    containers.push(root);
    String name = null;
    JsonToken token;
    try {
      while ((token = parser.nextToken()) != null) {
        JsonNode parent = containers.peek();
        JsonNode value;
        switch (token) {
          case PROPERTY_NAME:
            name = parser.currentName();
            continue;
          case START_OBJECT:
            value = NODES.objectNode();
            break;
          case START_ARRAY:
            value = NODES.arrayNode();
            break;
          case END_OBJECT:
          case END_ARRAY:
            containers.pop();
            if (containers.isEmpty()) {
              return true;
            }
            name = null;
            names.pop();
            continue;
          case VALUE_STRING:
            value = NODES.stringNode(parser.getString());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            {
              Numbers.Read number = Numbers.read(parser, token);
              if (number.severity != null) {
                Violation finding = number.finding(pointerHere(containers, names, name)).build();
                if (number.node == null) {
                  violations.add(at(finding, parser.currentTokenLocation()));
                  return false;
                }
                violations.add(finding);
              }
              value = number.node;
              break;
            }
          case VALUE_TRUE:
            value = NODES.booleanNode(true);
            break;
          case VALUE_FALSE:
            value = NODES.booleanNode(false);
            break;
          case VALUE_NULL:
            value = NODES.nullNode();
            break;
          default:
            throw new IllegalStateException("unexpected token " + token);
        }
        if (parent instanceof ObjectNode) {
          JsonNode previous = ((ObjectNode) parent).replace(name, value);
          if (previous != null) {
            violations.add(duplicate(containers, names, name));
          }
        } else {
          ((ArrayNode) parent).add(value);
        }
        if (value.isContainer()) {
          containers.push(value);
          names.push(name == null ? "" : name);
        }
        name = null;
      }
    } catch (StreamConstraintsException e) {
      violations.add(at(limits.breach(e, breachPointer(parser)), parser.currentLocation()));
      return false;
    }
    return true;
  }

  /**
   * The pointer of the value about to be read: the current property of the innermost object, or the
   * next element of the innermost array; the object itself while its property name is unread.
   */
  private static String pointerHere(
      ArrayDeque<JsonNode> containers, ArrayDeque<String> names, String name) {
    if (containers.isEmpty()) {
      return "";
    }
    String pointer = pointerOf(containers, names);
    JsonNode parent = containers.peek();
    if (parent.isArray()) {
      return JsonPointers.append(pointer, parent.size());
    }
    return name == null ? pointer : JsonPointers.append(pointer, name);
  }

  /**
   * Where the parser was when it stopped at a limit. Jackson reads a property's value together with
   * its name, so its own context, not the tokens returned so far, knows the property.
   */
  private static String breachPointer(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Violation at(Violation violation, TokenStreamLocation location) {
    return violation.at(line(location), column(location));
  }

  private static Violation duplicate(
      ArrayDeque<JsonNode> containers, ArrayDeque<String> names, String name) {
    // No position here: the location index places it at the later key's name, as it does for
    // every violation, without tracking locations while reading.
    String pointer = JsonPointers.append(pointerOf(containers, names), name);
    return Violation.builder(DUPLICATE_KEY)
        .message(
            "duplicate key '"
                + ValueText.truncate(name)
                + "': the object already has it, and this later value would silently replace"
                + " the earlier one")
        .suggestion("remove one of the two")
        .pointer(pointer)
        .build();
  }

  /** The pointer of the innermost container, from the stacks of containers and their names. */
  private static String pointerOf(ArrayDeque<JsonNode> containers, ArrayDeque<String> names) {
    JsonNode[] path = containers.toArray(new JsonNode[0]); // innermost first
    String[] keys = names.toArray(new String[0]);
    StringBuilder pointer = new StringBuilder();
    for (int i = path.length - 2; i >= 0; i--) {
      JsonNode parent = path[i + 1];
      if (parent.isArray()) {
        pointer.append('/').append(parent.size() - 1);
      } else {
        JsonPointers.appendTo(pointer, keys[i]);
      }
    }
    return pointer.toString();
  }

  private static String describeToken(JsonToken token, JsonParser parser) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "string " + ValueText.quote(parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + ValueText.truncate(parser.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "another object";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private static String cleanMessage(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return "malformed JSON";
    }
    // Jackson appends hints meant for Java callers; keep the first sentence-like part.
    int hint = message.indexOf("\n");
    if (hint > 0) {
      message = message.substring(0, hint);
    }
    message = message.replace("(for Object starting at", "(for the object starting at");
    return ValueText.truncate(message, 300);
  }

  private static ParsedBody failed(Violation violation) {
    return new ParsedBody(null, (String) null, List.of(violation));
  }

  private static int line(TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
  }

  /** The column of a location; a stripped byte-order mark does not count as a column. */
  private static int column(TokenStreamLocation at) {
    return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
  }
}
