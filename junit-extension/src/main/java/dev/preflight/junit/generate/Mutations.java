package dev.preflight.junit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Targeted mutations of a valid body: each breaks one rule (or one schema keyword) at a known place
 * and says so with an {@link ExpectedViolation}. Every built-in rule has one at least.
 */
final class Mutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One mutation: changes the body in place and returns what it must be reported for. */
  record Mutation(String name, BiFunction<ObjectNode, ChoiceSource, ExpectedViolation> apply) {}

  static final List<Mutation> ALL = all();

  private Mutations() {}

  private static List<Mutation> all() {
    List<Mutation> out = new ArrayList<>();
    out.add(
        new Mutation(
            "stop-five-sequences",
            (body, c) -> {
              ArrayNode stop = body.putArray("stop");
              int count = c.between(5, 9);
              for (int i = 0; i < count; i++) {
                stop.add("STOP" + i);
              }
              return expect("stop-five-sequences", "stop-max-sequences", "/stop", "/stop");
            }));
    out.add(
        new Mutation(
            "metadata-seventeen-pairs",
            (body, c) -> {
              ObjectNode metadata = body.putObject("metadata");
              for (int i = 0; i < 17 + c.choose(4); i++) {
                metadata.put("key_" + i, "value " + i);
              }
              return expect(
                  "metadata-seventeen-pairs", "metadata-limits", "/metadata", "/metadata");
            }));
    out.add(
        new Mutation(
            "metadata-bracket-key",
            (body, c) -> {
              ObjectNode metadata = object(body, "metadata");
              while (metadata.size() >= 16) {
                metadata.remove(metadata.propertyNames().iterator().next());
              }
              metadata.put("tags[0]", "vip");
              return expect(
                  "metadata-bracket-key", "metadata-limits", "/metadata/tags[0]", "/metadata");
            }));
    out.add(
        new Mutation(
            "fusion-nine-models",
            (body, c) -> {
              int index = plugin(body, "fusion");
              ArrayNode models =
                  ((ObjectNode) body.get("plugins").get(index)).putArray("analysis_models");
              for (int i = 0; i < 9 + c.choose(3); i++) {
                models.add(Limits.MODELS.get(i % Limits.MODELS.size()));
              }
              String at = "/plugins/" + index + "/analysis_models";
              return expect("fusion-nine-models", "fusion-max-models", at, at);
            }));
    out.add(
        new Mutation(
            "fusion-max-tool-calls-out-of-range",
            (body, c) -> {
              int index = plugin(body, "fusion");
              ((ObjectNode) body.get("plugins").get(index))
                  .put("max_tool_calls", c.flip() ? 0 : c.between(17, 1000));
              String at = "/plugins/" + index + "/max_tool_calls";
              return expect("fusion-max-tool-calls-out-of-range", "fusion-max-tool-calls", at, at);
            }));
    out.add(
        new Mutation(
            "web-plugin-both-domain-filters",
            (body, c) -> {
              int index = plugin(body, "web");
              ObjectNode web = (ObjectNode) body.get("plugins").get(index);
              web.putArray("include_domains").add("example.com");
              web.putArray("exclude_domains").add("spam.example");
              String at = "/plugins/" + index;
              return expect(
                  "web-plugin-both-domain-filters",
                  "web-search-domain-filters",
                  at + "/exclude_domains",
                  at);
            }));
    out.add(
        new Mutation(
            "web-search-tool-both-domain-filters",
            (body, c) -> {
              ArrayNode tools = array(body, "tools");
              ObjectNode tool = tools.addObject().put("type", "openrouter:web_search");
              ObjectNode parameters = tool.putObject("parameters");
              parameters.putArray("allowed_domains").add("example.com");
              parameters.putArray("excluded_domains").add("spam.example");
              String at = "/tools/" + (tools.size() - 1);
              return new ExpectedViolation(
                  "web-search-tool-both-domain-filters",
                  "web-search-domain-filters",
                  at + "/parameters/excluded_domains",
                  List.of(at, "/models"));
            }));
    out.add(
        new Mutation(
            "parameter-out-of-range",
            (body, c) -> {
              String[] fields = {"temperature", "top_p", "frequency_penalty", "presence_penalty"};
              double[] values = {2.5, 1.01, -2.5, 3};
              int i = c.choose(fields.length);
              body.put(fields[i], values[i]);
              return expect(
                  "parameter-out-of-range", "parameter-range", "/" + fields[i], "/" + fields[i]);
            }));
    out.add(
        new Mutation(
            "max-tokens-zero",
            (body, c) -> {
              String field = c.flip() ? "max_tokens" : "max_completion_tokens";
              body.put(field, c.flip() ? 0 : -c.between(1, 100));
              return expect("max-tokens-zero", "max-tokens-minimum", "/" + field, "/" + field);
            }));
    out.add(
        new Mutation(
            "top-logprobs-without-logprobs",
            (body, c) -> {
              body.put("top_logprobs", c.between(0, 20));
              if (c.flip()) {
                body.remove("logprobs");
              } else {
                body.put("logprobs", false);
              }
              return new ExpectedViolation(
                  "top-logprobs-without-logprobs",
                  "top-logprobs-requires-logprobs",
                  "/top_logprobs",
                  List.of("/top_logprobs", "/logprobs"));
            }));
    out.add(
        new Mutation(
            "logit-bias-word-key",
            (body, c) -> {
              object(body, "logit_bias").put("hello", 5);
              return expect(
                  "logit-bias-word-key",
                  "logit-bias-format",
                  "/logit_bias/hello",
                  "/logit_bias/hello");
            }));
    out.add(
        new Mutation(
            "reasoning-effort-and-max-tokens",
            (body, c) -> {
              ObjectNode reasoning = body.putObject("reasoning");
              reasoning.put("effort", "high");
              reasoning.put("max_tokens", c.between(1024, 8192));
              return expect(
                  "reasoning-effort-and-max-tokens",
                  "reasoning-exclusive-options",
                  "/reasoning/max_tokens",
                  "/reasoning");
            }));
    out.add(
        new Mutation(
            "models-four-fallbacks",
            (body, c) -> {
              ArrayNode models = body.putArray("models");
              for (int i = 0; i < 4 + c.choose(3); i++) {
                models.add(Limits.MODELS.get(i));
              }
              return expect("models-four-fallbacks", "models-max-fallbacks", "/models", "/models");
            }));
    out.add(
        new Mutation(
            "function-name-with-spaces",
            (body, c) -> {
              ArrayNode tools = array(body, "tools");
              ObjectNode tool = tools.addObject().put("type", "function");
              tool.putObject("function").put("name", "get order status");
              String at = "/tools/" + (tools.size() - 1);
              return expect(
                  "function-name-with-spaces", "function-name-format", at + "/function/name", at);
            }));
    out.add(
        new Mutation(
            "duplicate-function-name",
            (body, c) -> {
              ArrayNode tools = array(body, "tools");
              List<ObjectNode> functions = Consistency.tools(body, "function");
              ObjectNode copy;
              if (functions.isEmpty()) {
                tools
                    .addObject()
                    .put("type", "function")
                    .putObject("function")
                    .put("name", "lookup");
                copy = (ObjectNode) tools.get(tools.size() - 1).deepCopy();
              } else {
                copy = functions.get(c.choose(functions.size())).deepCopy();
              }
              tools.add(copy);
              String at = "/tools/" + (tools.size() - 1);
              return expect(
                  "duplicate-function-name", "duplicate-function-name", at + "/function/name", at);
            }));
    out.add(
        new Mutation(
            "tool-choice-undeclared",
            (body, c) -> {
              String name = "undeclared_function";
              for (ObjectNode tool : Consistency.tools(body, "function")) {
                if (tool.get("function").get("name").asString().equals(name)) {
                  name = name + "_x";
                }
              }
              ObjectNode choice = body.putObject("tool_choice").put("type", "function");
              choice.putObject("function").put("name", name);
              return expect(
                  "tool-choice-undeclared",
                  "tool-choice-undeclared",
                  "/tool_choice/function/name",
                  "/tool_choice");
            }));
    out.add(
        new Mutation(
            "advisor-duplicate-names",
            (body, c) -> {
              ArrayNode tools = array(body, "tools");
              ObjectNode tool = tools.addObject().put("type", "openrouter:advisor");
              ArrayNode advisors = tool.putObject("parameters").putArray("advisors");
              advisors.addObject().put("name", "architect").put("model", Limits.MODELS.get(0));
              advisors.addObject().put("name", "architect ").put("model", Limits.MODELS.get(1));
              String at = "/tools/" + (tools.size() - 1);
              return new ExpectedViolation(
                  "advisor-duplicate-names",
                  "advisor-names",
                  at + "/parameters/advisors/1/name",
                  List.of(at, "/models"));
            }));
    out.add(
        new Mutation(
            "response-healing-without-json",
            (body, c) -> {
              int index = plugin(body, "response-healing");
              ((ObjectNode) body.get("plugins").get(index)).remove("enabled");
              if (c.flip()) {
                body.remove("response_format");
              } else {
                body.putObject("response_format").put("type", "text");
              }
              return new ExpectedViolation(
                  "response-healing-without-json",
                  "response-healing-requirements",
                  "/plugins/" + index,
                  List.of("/plugins/" + index, "/response_format"));
            }));
    out.add(
        new Mutation(
            "server-tool-with-fallback-models",
            (body, c) -> {
              body.putArray("models").add(Limits.MODELS.get(0)).add(Limits.MODELS.get(2));
              ArrayNode tools = array(body, "tools");
              tools.addObject().put("type", "openrouter:datetime");
              return new ExpectedViolation(
                  "server-tool-with-fallback-models",
                  "server-tools-with-model-fallbacks",
                  "/models",
                  List.of("/models", "/tools/" + (tools.size() - 1)));
            }));
    out.add(
        new Mutation(
            "provider-misspelled",
            (body, c) -> {
              ArrayNode ignore = array(object(body, "provider"), "ignore");
              ignore.add("antropic");
              String at = "/provider/ignore/" + (ignore.size() - 1);
              return expect("provider-misspelled", "provider-name", at, at);
            }));
    out.add(
        new Mutation(
            "provider-only-and-ignore",
            (body, c) -> {
              ObjectNode provider = object(body, "provider");
              array(provider, "only").add("Together");
              ArrayNode ignore = array(provider, "ignore");
              ignore.add("together");
              return new ExpectedViolation(
                  "provider-only-and-ignore",
                  "provider-conflicts",
                  "/provider/ignore/" + (ignore.size() - 1),
                  List.of("/provider/only", "/provider/ignore"));
            }));
    out.add(
        new Mutation(
            "max-price-negative",
            (body, c) -> {
              ObjectNode maxPrice = object(object(body, "provider"), "max_price");
              if (c.flip()) {
                maxPrice.put("prompt", -c.between(1, 100) / 10.0);
              } else {
                maxPrice.put("prompt", "-0.5");
              }
              return expect(
                  "max-price-negative",
                  "max-price-format",
                  "/provider/max_price/prompt",
                  "/provider/max_price/prompt");
            }));
    out.add(
        new Mutation(
            "misspelled-field",
            (body, c) -> {
              String[] names = {"temprature", "max_token", "top-p", "frequencyPenalty", "modle"};
              String name = names[c.choose(names.length)];
              body.put(name, 1);
              return expect("misspelled-field", "unknown-field", "/" + name, "/" + name);
            }));
    out.add(
        new Mutation(
            "field-not-persisted",
            (body, c) -> {
              body.putObject("debug").put("echo_upstream_body", false);
              return expect("field-not-persisted", "preset-not-persisted", "/debug", "/debug");
            }));
    out.add(
        new Mutation(
            "empty-preset",
            (body, c) -> {
              body.removeAll();
              body.putArray("messages")
                  .addObject()
                  .put("role", "user")
                  .put("content", Limits.text(c));
              if (c.flip()) {
                body.put("stream", c.flip());
              }
              return expect("empty-preset", "empty-preset", "", "");
            }));
    out.add(
        new Mutation(
            "second-system-prompt",
            (body, c) -> {
              ArrayNode messages = array(body, "messages");
              boolean present = false;
              for (JsonNode message : messages) {
                String role = message.path("role").asString("");
                present |= role.equals("system") || role.equals("developer");
              }
              int first = messages.size();
              if (!present) {
                messages.addObject().put("role", "system").put("content", "First prompt.");
              }
              messages
                  .addObject()
                  .put("role", c.flip() ? "system" : "developer")
                  .put("content", "Second prompt.");
              List<String> mutated = new ArrayList<>();
              for (int i = first; i < messages.size(); i++) {
                mutated.add("/messages/" + i);
              }
              return new ExpectedViolation(
                  "second-system-prompt",
                  "multiple-system-prompts",
                  "/messages/" + (messages.size() - 1),
                  mutated);
            }));
    out.add(
        new Mutation(
            "model-refers-to-preset",
            (body, c) -> {
              body.put(
                  "model", c.flip() ? "@preset/support-bot" : "openai/gpt-5.4@preset/support-bot");
              return expect("model-refers-to-preset", "preset-self-reference", "/model", "/model");
            }));
    out.add(
        new Mutation(
            "duplicate-plugin",
            (body, c) -> {
              ArrayNode plugins = array(body, "plugins");
              if (plugins.isEmpty()) {
                plugins.addObject().put("id", "moderation");
              }
              plugins.add(plugins.get(c.choose(plugins.size())).deepCopy());
              String at = "/plugins/" + (plugins.size() - 1);
              return new ExpectedViolation(
                  "duplicate-plugin",
                  "duplicate-plugin",
                  at + "/id",
                  List.of(at, "/response_format"));
            }));
    out.add(
        new Mutation(
            "wrong-type",
            (body, c) -> {
              String[] fields = {"temperature", "max_tokens", "stream", "messages"};
              String field = fields[c.choose(fields.length)];
              body.put(field, "not a " + field);
              if (field.equals("messages") && !body.has("model")) {
                body.put("model", Limits.MODELS.get(0));
              }
              return new ExpectedViolation(
                  "wrong-type", "spec/type", "/" + field, List.of("/" + field, "/model"));
            }));
    out.add(
        new Mutation(
            "unknown-role",
            (body, c) -> {
              ArrayNode messages = array(body, "messages");
              if (messages.isEmpty()) {
                messages.addObject().put("role", "user").put("content", "Hello");
              }
              int index = c.choose(messages.size());
              ((ObjectNode) messages.get(index)).put("role", c.flip() ? "robot" : "System");
              if (!body.has("model")) {
                body.put("model", Limits.MODELS.get(0));
              }
              String at = "/messages/" + index;
              return new ExpectedViolation(
                  "unknown-role", "spec/unknown-variant", at + "/role", List.of(at, "/model"));
            }));
    out.add(
        new Mutation(
            "missing-messages",
            (body, c) -> {
              body.remove("messages");
              if (!body.has("model")) {
                body.put("model", Limits.MODELS.get(0));
              }
              return new ExpectedViolation(
                  "missing-messages", "spec/required", "/messages", List.of("/messages", "/model"));
            }));
    out.add(
        new Mutation(
            "unknown-modality",
            (body, c) -> {
              ArrayNode modalities = body.putArray("modalities").add("text");
              modalities.add("smell");
              return expect("unknown-modality", "spec/enum", "/modalities/1", "/modalities");
            }));
    return List.copyOf(out);
  }

  private static ExpectedViolation expect(
      String mutation, String ruleId, String pointer, String mutated) {
    return new ExpectedViolation(mutation, ruleId, pointer, List.of(mutated));
  }

  /** The object member {@code name}, replacing a missing or non-object value. */
  private static ObjectNode object(ObjectNode parent, String name) {
    return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
  }

  /** The array member {@code name}, replacing a missing or non-array value. */
  private static ArrayNode array(ObjectNode parent, String name) {
    return parent.get(name) instanceof ArrayNode existing ? existing : parent.putArray(name);
  }

  /** The index of the plugin {@code id}, added (enabled) when absent. */
  private static int plugin(ObjectNode body, String id) {
    ArrayNode plugins = array(body, "plugins");
    for (int i = 0; i < plugins.size(); i++) {
      if (plugins.get(i).path("id").asString("").equals(id)) {
        return i;
      }
    }
    plugins.addObject().put("id", id);
    return plugins.size() - 1;
  }
}
