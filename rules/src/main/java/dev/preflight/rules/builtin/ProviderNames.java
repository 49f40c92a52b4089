package dev.preflight.rules.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provider names OpenRouter routes to, and the slugs that stand for them.
 *
 * <p>The names are the {@code ProviderName} enum of the bundled OpenAPI spec ({@code
 * src/spec/openrouter-create-preset-from-chat-completions.openapi.yaml}, {@code
 * components.schemas.ProviderName}), copied here as data because the rules module does not read the
 * spec. Refresh the list when the bundled spec changes.
 *
 * <p>OpenRouter's provider routing guide writes providers as slugs ({@code "openai"}, {@code
 * "amazon-bedrock"}, {@code "deepinfra/turbo"} for an endpoint variant), so a value is known when
 * it equals a name, or matches one ignoring case and punctuation, or is such a slug.
 */
final class ProviderNames {
  /** The {@code ProviderName} enum of the bundled spec, in its order. */
  static final List<String> NAMES =
      List.of(
          "AkashML",
          "AI21",
          "AionLabs",
          "Alibaba",
          "Ambient",
          "Baidu",
          "Amazon Bedrock",
          "Amazon Nova",
          "Anthropic",
          "Arcee AI",
          "AtlasCloud",
          "Avian",
          "Azure",
          "BaseTen",
          "BytePlus",
          "Black Forest Labs",
          "Cerebras",
          "Chutes",
          "Cirrascale",
          "Clarifai",
          "Cloudflare",
          "Cohere",
          "Crucible",
          "Crusoe",
          "Darkbloom",
          "DeepInfra",
          "DeepSeek",
          "DekaLLM",
          "DigitalOcean",
          "Featherless",
          "Fireworks",
          "Friendli",
          "GMICloud",
          "Google",
          "Google AI Studio",
          "Groq",
          "Inception",
          "Inceptron",
          "InferenceNet",
          "Ionstream",
          "Infermatic",
          "Io Net",
          "Inflection",
          "Liquid",
          "Mara",
          "Mancer 2",
          "Minimax",
          "ModelRun",
          "Mistral",
          "Modular",
          "Moonshot AI",
          "Morph",
          "NCompass",
          "Nebius",
          "Nex AGI",
          "NextBit",
          "Novita",
          "Nvidia",
          "OpenAI",
          "OpenInference",
          "Parasail",
          "Poolside",
          "Perceptron",
          "Perplexity",
          "Phala",
          "Recraft",
          "Reka",
          "Relace",
          "SambaNova",
          "Seed",
          "SiliconFlow",
          "Sourceful",
          "StepFun",
          "Stealth",
          "StreamLake",
          "Switchpoint",
          "Together",
          "Upstage",
          "Venice",
          "WandB",
          "Xiaomi",
          "xAI",
          "Z.AI",
          "FakeProvider");

  /** Documented slugs that do not follow from a name by dropping case and punctuation. */
  private static final Map<String, String> ALIASES =
      Map.of("googlevertex", "Google", "mancer", "Mancer 2");

  private static final Map<String, String> BY_KEY = new HashMap<>();

  static {
    for (String name : NAMES) {
      BY_KEY.put(key(name), name);
    }
    BY_KEY.putAll(ALIASES);
  }

  private ProviderNames() {}

  /**
   * The provider name {@code value} stands for: itself, a spelling of it that differs only in case
   * and punctuation, or its slug (with an optional {@code /variant}).
   */
  static Optional<String> canonical(String value) {
    String base = value.indexOf('/') > 0 ? value.substring(0, value.indexOf('/')) : value;
    return Optional.ofNullable(BY_KEY.get(key(base)));
  }

  /**
   * Lower case, letters and digits only: {@code Amazon Bedrock} and {@code amazon-bedrock} agree.
   */
  private static String key(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
