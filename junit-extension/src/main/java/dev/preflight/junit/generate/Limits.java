package dev.preflight.junit.generate;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The value spaces the schema does not state and the built-in rules do, by instance location
 * ({@code *} for an array index or a map key): every value drawn here lies inside the limits, so
 * that a generated body gets no error. The rule each limit comes from is named beside it.
 */
final class Limits {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Integer ranges, {min, max}. */
  private static final Map<String, long[]> INTEGERS =
      Map.ofEntries(
          // max-tokens-minimum: at least 1, and 16 for some providers
          Map.entry("/max_tokens", new long[] {16, 8192}),
          Map.entry("/max_completion_tokens", new long[] {16, 8192}),
          // parameter-range
          Map.entry("/top_logprobs", new long[] {0, 20}),
          Map.entry("/seed", new long[] {-9007199254740991L, 9007199254740991L}),
          Map.entry("/plugins/*/cost_quality_tradeoff", new long[] {0, 10}),
          Map.entry("/tools/*/parameters/max_results", new long[] {1, 20}),
          // fusion-max-tool-calls
          Map.entry("/plugins/*/max_tool_calls", new long[] {1, 16}));

  /** Number ranges, {min, max}. */
  private static final Map<String, double[]> NUMBERS =
      Map.ofEntries(
          // parameter-range
          Map.entry("/temperature", new double[] {0, 2}),
          Map.entry("/top_p", new double[] {0, 1}),
          Map.entry("/frequency_penalty", new double[] {-2, 2}),
          Map.entry("/presence_penalty", new double[] {-2, 2}),
          Map.entry("/plugins/*/min_coding_score", new double[] {0, 1}),
          // logit-bias-format
          Map.entry("/logit_bias/*", new double[] {-100, 100}),
          // max-price-format
          Map.entry("/provider/max_price/*", new double[] {0, 100}));

  /** Array lengths, {min, max}; others get 0 to {@link Generation#maxLength()}. */
  private static final Map<String, int[]> LENGTHS =
      Map.ofEntries(
          // stop-max-sequences
          Map.entry("/stop", new int[] {0, 4}),
          // models-max-fallbacks
          Map.entry("/models", new int[] {0, 3}),
          // fusion-max-models
          Map.entry("/plugins/*/analysis_models", new int[] {1, 8}),
          Map.entry("/messages", new int[] {1, 6}));

  /** Entry counts of maps, {min, max}. */
  private static final Map<String, int[]> ENTRIES =
      Map.ofEntries(
          // metadata-limits
          Map.entry("/metadata", new int[] {0, 16}));

  static final List<String> MODELS =
      List.of(
          "openai/gpt-5.4",
          "openai/gpt-5.4-mini",
          "anthropic/claude-sonnet-4.5",
          "anthropic/claude-opus-4.1",
          "google/gemini-2.5-pro",
          "meta-llama/llama-3.3-70b-instruct",
          "mistralai/mistral-large",
          "deepseek/deepseek-r1:free",
          "x-ai/grok-4");

  private static final List<String> MODEL_LOCATIONS =
      List.of(
          "/model",
          "/models/*",
          "/plugins/*/analysis_models/*",
          "/plugins/*/model",
          "/plugins/*/allowed_models/*",
          "/tools/*/parameters/model",
          "/tools/*/parameters/advisors/*/model");

  /** Locations of names that must match ^[a-zA-Z0-9_-]{1,64}$ (function-name-format). */
  private static final List<String> FUNCTION_NAMES =
      List.of(
          "/tools/*/function/name",
          "/tool_choice/function/name",
          "/response_format/json_schema/name");

  /** Provider slugs that are not spelled as in the ProviderName enum (provider-name). */
  static final List<String> PROVIDER_SLUGS =
      List.of(
          "anthropic",
          "openai",
          "amazon-bedrock",
          "google-vertex",
          "deepinfra/turbo",
          "together",
          "fireworks",
          "groq",
          "mistral",
          "azure");

  private static final List<String> WORDS =
      List.of(
          "order", "status", "lookup", "weather", "invoice", "search", "user", "ticket", "refund",
          "summary", "route", "draft", "price", "city", "report");

  /** Text fragments: plain words, punctuation JSON must escape, non-ASCII, astral code points. */
  private static final List<String> FRAGMENTS =
      List.of(
          "You are a helpful assistant.",
          "Answer in French",
          "Résumé",
          "日本語で答えて",
          "emoji 🚀",
          "quote \" and backslash \\",
          "line\nbreak",
          "tab\there",
          "  padded  ",
          "<b>markup</b>",
          "{\"json\": \"inside\"}",
          "مرحبا",
          "x",
          "END");

  private Limits() {}

  static long integer(String location, ChoiceSource c) {
    long[] range = INTEGERS.get(location);
    if (range == null) {
      return c.between(1, 64);
    }
    if (range[1] - range[0] > Integer.MAX_VALUE - 1) {
      // seeds: edges and small values as often as anything
      switch (c.choose(4)) {
        case 0:
          return range[0];
        case 1:
          return range[1];
        default:
          return c.between(-1_000_000, 1_000_000);
      }
    }
    return range[0] + c.choose((int) (range[1] - range[0] + 1));
  }

  static double number(String location, ChoiceSource c) {
    double[] range = NUMBERS.get(location);
    double min = range == null ? 0 : range[0];
    double max = range == null ? 1 : range[1];
    // edges, integers and two-decimal fractions
    switch (c.choose(5)) {
      case 0:
        return min;
      case 1:
        return max;
      default:
        int steps = (int) Math.round((max - min) * 100);
        return min + c.choose(steps + 1) / 100.0;
    }
  }

  static int length(String location, Generation g) {
    int[] range = LENGTHS.get(location);
    if (range == null) {
      return g.choices().choose(g.maxLength() + 1);
    }
    int max = Math.min(range[1], Math.max(range[0], g.maxLength() + (range[1] > 4 ? 2 : 0)));
    return g.choices().between(range[0], max);
  }

  static int entries(String location, Generation g) {
    int[] range = ENTRIES.get(location);
    int max = g.maxLength() + 1;
    if (range != null) {
      max = Math.min(range[1], Math.max(range[0], g.size() / 6));
      return g.choices().between(range[0], max);
    }
    return g.choices().choose(max + 1);
  }

  /** A key for the {@code index}-th entry of the map at {@code location}; distinct per index. */
  static String key(String location, int index, ChoiceSource c) {
    if (location.equals("/logit_bias")) {
      // logit-bias-format: token ids
      return Integer.toString(c.between(0, 50_000) * 16 + index % 16);
    }
    if (location.equals("/image_config")) {
      return List.of("aspect_ratio", "image_size", "quality", "style").get(index % 4)
          + (index < 4 ? "" : "_" + index);
    }
    // metadata-limits: at most 64 characters, no [ or ]
    return WORDS.get(c.choose(WORDS.size())) + "_" + index;
  }

  static String string(String location, ChoiceSource c) {
    if (MODEL_LOCATIONS.contains(location)) {
      return MODELS.get(c.choose(MODELS.size()));
    }
    if (FUNCTION_NAMES.contains(location)) {
      return identifier(c);
    }
    if (location.equals("/tools/*/parameters/advisors/*/name")) {
      // advisor-names: [a-zA-Z0-9 _-]{1,64}
      return WORDS.get(c.choose(WORDS.size())) + (c.flip() ? " reviewer" : "-advisor");
    }
    if (location.equals("/provider/order/*")
        || location.equals("/provider/only/*")
        || location.equals("/provider/ignore/*")) {
      return PROVIDER_SLUGS.get(c.choose(PROVIDER_SLUGS.size()));
    }
    if (location.endsWith("_domains/*")) {
      return List.of("example.com", "openrouter.ai", "docs.example.org", "*.wikipedia.org")
          .get(c.choose(4));
    }
    if (location.equals("/tools/*/parameters/timezone")) {
      return List.of("Europe/Berlin", "UTC", "America/New_York").get(c.choose(3));
    }
    return text(c);
  }

  /** Text of one to three fragments; never blank. */
  static String text(ChoiceSource c) {
    StringBuilder out = new StringBuilder(FRAGMENTS.get(c.choose(FRAGMENTS.size())));
    int more = c.choose(3);
    for (int i = 0; i < more; i++) {
      out.append(' ').append(FRAGMENTS.get(c.choose(FRAGMENTS.size())));
    }
    return out.toString();
  }

  /** A function name: ^[a-zA-Z0-9_-]{1,64}$. */
  static String identifier(ChoiceSource c) {
    String name = WORDS.get(c.choose(WORDS.size())) + "_" + WORDS.get(c.choose(WORDS.size()));
    return c.flip() ? name : name.replace('_', '-') + c.choose(100);
  }

  /** A string matching {@code pattern}; decimal numbers (max-price-format) and identifiers. */
  static String matching(Pattern pattern, String location, ChoiceSource c) {
    List<String> candidates =
        List.of(
            c.choose(1000) + "",
            c.choose(100) + "." + c.choose(1000),
            c.between(1, 9) + "e-" + c.between(1, 6),
            c.choose(10) + "." + c.choose(10) + "E+" + c.choose(3),
            identifier(c),
            text(c));
    int start = c.choose(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      String candidate = candidates.get((start + i) % candidates.size());
      if (pattern.matcher(candidate).find()) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot generate a string matching " + pattern + " at " + location);
  }

  /** A value for a schema that accepts anything ({@code route}). */
  static JsonNode anyValue(String location, ChoiceSource c) {
    switch (c.choose(3)) {
      case 0:
        return NODES.stringNode(List.of("fallback", "sort").get(c.choose(2)));
      case 1:
        return NODES.numberNode(c.choose(10));
      default:
        return NODES.nullNode();
    }
  }
}
