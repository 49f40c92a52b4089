package dev.preflight.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The request bodies the benchmarks validate, as the UTF-8 bytes a caller would hand over. */
public enum Body {
  /** The example of the seed spec's reference page: a system and a user message. */
  SEED {
    @Override
    byte[] load() {
      return resource("seed.json");
    }
  },
  /**
   * A typical preset of about 2 KB, valid and without findings: a system prompt only (a preset
   * keeps nothing else of the conversation), and no {@code models} list, because server tools with
   * model fallbacks draw the server-tools-with-model-fallbacks warning.
   */
  TYPICAL {
    @Override
    byte[] load() {
      return resource("typical.json");
    }
  },
  /**
   * About 100 KB: a long conversation and many function tools, valid and without errors or warnings
   * (one info: the conversation is not persisted in a preset, which is located like any finding).
   */
  LARGE {
    @Override
    byte[] load() {
      return large();
    }
  },
  /** The typical preset with 12 findings of different kinds (schema, rules, a duplicate key). */
  INVALID {
    @Override
    byte[] load() {
      return resource("invalid.json");
    }
  };

  abstract byte[] load();

  /** The body's bytes; a fresh copy each time. */
  public byte[] bytes() {
    return load();
  }

  /** The lower-case name used as the JMH parameter value. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Body of(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  private static byte[] resource(String name) {
    try (InputStream in = Body.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark body " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generated rather than checked in: deterministic, so every run validates the same bytes, and the
   * shape (how many turns, how many tools) is visible here rather than buried in 100 KB of JSON.
   */
  private static byte[] large() {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode body = mapper.createObjectNode();
    body.put("model", "openai/gpt-5.4");
    ArrayNode messages = body.putArray("messages");
    messages
        .addObject()
        .put("role", "system")
        .put(
            "content",
            "You are the operations assistant of a logistics company. Use the tools to look up"
                + " shipments, warehouses and carriers; never invent identifiers.");
    for (int turn = 0; turn < 90; turn++) {
      messages
          .addObject()
          .put("role", "user")
          .put("content", sentence("Question " + turn + ": where is shipment SHP-" + turn, 4));
      messages
          .addObject()
          .put("role", "assistant")
          .put("content", sentence("Answer " + turn + ": shipment SHP-" + turn + " is", 6));
    }
    ArrayNode tools = body.putArray("tools");
    for (int i = 0; i < 40; i++) {
      ObjectNode function = tools.addObject().put("type", "function").putObject("function");
      function.put("name", "lookup_record_" + i);
      function.put("description", sentence("Looks up record kind " + i + ";", 2));
      ObjectNode parameters = function.putObject("parameters").put("type", "object");
      ObjectNode properties = parameters.putObject("properties");
      properties.putObject("id").put("type", "string").put("pattern", "^[A-Z]{3}-[0-9]+$");
      properties.putObject("limit").put("type", "integer").put("minimum", 1).put("maximum", 100);
      properties
          .putObject("status")
          .put("type", "string")
          .putArray("enum")
          .add("open")
          .add("closed")
          .add("pending");
      properties.putObject("include_history").put("type", "boolean");
      parameters.putArray("required").add("id");
    }
    body.put("tool_choice", "auto");
    body.put("temperature", 0.4);
    body.put("max_completion_tokens", 4096);
    return mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
  }

  private static String sentence(String start, int repeats) {
    StringBuilder text = new StringBuilder(start);
    for (int i = 0; i < repeats; i++) {
      text.append(
          " The parcel left the regional hub this morning and is expected to arrive on time.");
    }
    return text.toString();
  }
}
