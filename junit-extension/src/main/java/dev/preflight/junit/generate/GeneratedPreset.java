package dev.preflight.junit.generate;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * One body made by a {@link PresetGenerator}: its JSON, how to make it again (seed and size), and
 * for a mutated body the violation it must get. Immutable: {@link #tree()} returns a copy. Its
 * {@link #toString()}, which JUnit shows as the display name of a {@link GeneratedPresets}
 * invocation, names the seed and size to replay it with.
 */
public final class GeneratedPreset {
  private final OptionalLong seed;
  private final int size;
  private final ObjectNode tree;
  private final String json;
  private final ExpectedViolation expected;

  GeneratedPreset(OptionalLong seed, int size, ObjectNode tree, ExpectedViolation expected) {
    this.seed = Objects.requireNonNull(seed, "seed");
    this.size = size;
    this.tree = tree.deepCopy();
    this.json = tree.toString();
    this.expected = expected;
  }

  /** The seed that reproduces this body with {@link PresetGenerator#valid(long, int)}, if any. */
  public OptionalLong seed() {
    return seed;
  }

  /** The size it was generated with, from 1 (few fields) to 100 (almost all). */
  public int size() {
    return size;
  }

  /** The body as compact JSON text. */
  public String json() {
    return json;
  }

  /** The body as a tree; a new copy each call, free to modify. */
  public ObjectNode tree() {
    return tree.deepCopy();
  }

  /** For a mutated body, the violation it must be reported for; empty for a valid body. */
  public Optional<ExpectedViolation> expectedViolation() {
    return Optional.ofNullable(expected);
  }

  /** Whether the body was made to be valid. */
  public boolean isValid() {
    return expected == null;
  }

  /** {@code seed=42 size=17}, plus {@code invalid: <rule> at <pointer>} for a mutated body. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (seed.isPresent()) {
      out.append("seed=").append(seed.getAsLong()).append(' ');
    }
    out.append("size=").append(size);
    if (expected != null) {
      out.append(" invalid: ").append(expected);
    }
    return out.toString();
  }
}
