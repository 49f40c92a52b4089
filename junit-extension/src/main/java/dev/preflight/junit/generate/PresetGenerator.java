package dev.preflight.junit.generate;

import dev.preflight.validator.PresetValidator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates chat-request bodies from the normalized request schema of a {@link PresetValidator}:
 * valid ones, which reach every property, union branch, plugin id and tool type the schema knows
 * and keep inside the limits the built-in rules enforce (so that they validate without error), and
 * invalid ones, each a valid body broken by one labelled mutation.
 *
 * <p>Every decision comes from a {@link ChoiceSource}: a seed reproduces a body exactly ({@link
 * #valid(long, int)}), and a fuzzer can drive the generator through its own source, so that fuzzing
 * explores the structure of bodies rather than their bytes. The size, from 1 to 100, sets how many
 * optional fields a body gets (few at 1, almost all at 100) and how long its arrays grow.
 *
 * <pre>{@code
 * PresetGenerator generator = PresetGenerator.from(PresetValidator.standard());
 * GeneratedPreset preset = generator.valid(42L, 50);
 * ObjectNode body = generator.valid(ChoiceSource.of(new SplittableRandom(7)), 80);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link ChoiceSource}s are not, so use one per thread.
 */
public final class PresetGenerator {
  /** The smallest size: required fields and a few others. */
  public static final int MIN_SIZE = 1;

  /** The largest size: almost every field. */
  public static final int MAX_SIZE = 100;

  private final SchemaWalker walker;

  private PresetGenerator(JsonNode schema) {
    this.walker = new SchemaWalker(schema);
    if (!walker.root().has("properties")) {
      throw new IllegalArgumentException("the request schema has no properties to generate");
    }
  }

  /** A generator for the request schema that {@code validator} checks against. */
  public static PresetGenerator from(PresetValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return new PresetGenerator(validator.requestSchema());
  }

  /** A valid body, made from {@code seed} (the same seed and size give the same body). */
  public GeneratedPreset valid(long seed, int size) {
    return new GeneratedPreset(OptionalLong.of(seed), size, valid(choices(seed), size), null);
  }

  /** A valid body, made from the choices of {@code source}. */
  public ObjectNode valid(ChoiceSource source, int size) {
    Objects.requireNonNull(source, "source");
    checkSize(size);
    Generation g = new Generation(source, size);
    ObjectNode body = (ObjectNode) walker.generate(walker.root(), "", g);
    Consistency.apply(body, source);
    return body;
  }

  /** An invalid body made from {@code seed}: a valid one broken by one mutation. */
  public GeneratedPreset invalid(long seed, int size) {
    return invalid(choices(seed), size, OptionalLong.of(seed), null);
  }

  /** An invalid body made from the choices of {@code source}. */
  public GeneratedPreset invalid(ChoiceSource source, int size) {
    return invalid(source, size, OptionalLong.empty(), null);
  }

  /**
   * An invalid body made from {@code seed} and broken by the named mutation.
   *
   * @throws IllegalArgumentException when no mutation has that name; see {@link #mutations()}
   */
  public GeneratedPreset invalid(long seed, int size, String mutation) {
    Objects.requireNonNull(mutation, "mutation");
    return invalid(choices(seed), size, OptionalLong.of(seed), mutation);
  }

  /** The names of the mutations invalid bodies are made with, e.g. {@code stop-five-sequences}. */
  public List<String> mutations() {
    return Mutations.ALL.stream().map(Mutations.Mutation::name).toList();
  }

  private GeneratedPreset invalid(
      ChoiceSource source, int size, OptionalLong seed, String mutationName) {
    Mutations.Mutation mutation;
    if (mutationName == null) {
      mutation = Mutations.ALL.get(source.choose(Mutations.ALL.size()));
    } else {
      mutation =
          Mutations.ALL.stream()
              .filter(m -> m.name().equals(mutationName))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no mutation '" + mutationName + "'; known: " + mutations()));
    }
    ObjectNode body = valid(source, size);
    ExpectedViolation expected = mutation.apply().apply(body, source);
    return new GeneratedPreset(seed, size, body, expected);
  }

  private static ChoiceSource choices(long seed) {
    return ChoiceSource.of(new SplittableRandom(seed));
  }

  private static void checkSize(int size) {
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be from " + MIN_SIZE + " to " + MAX_SIZE + ", got " + size);
    }
  }
}
