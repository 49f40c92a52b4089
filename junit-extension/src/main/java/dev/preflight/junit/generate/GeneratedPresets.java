package dev.preflight.junit.generate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a parameterized test {@link #count()} bodies made by a {@link PresetGenerator} over the
 * bundled spec: valid ones, or with {@link #invalid()} bodies broken by one labelled mutation each.
 * The parameter is a {@link GeneratedPreset}; invocation {@code i} uses the seed {@code seed() +
 * i}, and its display name shows that seed and its size, so a failure is replayed with {@code count
 * = 1} and that {@code seed} (and the same {@code size}), or with {@link
 * PresetGenerator#valid(long, int)}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GeneratedPresets(count = 500, size = 60)
 * void myPipelineAcceptsEveryValidBody(GeneratedPreset preset) {
 *   assertThat(myPipeline.accepts(preset.json())).isTrue();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GeneratedPresetsProvider.class)
public @interface GeneratedPresets {
  /** How many bodies (invocations); at least 1. */
  int count() default 200;

  /** The seed of the first body; body {@code i} has seed {@code seed + i}. */
  long seed() default 0x5EED;

  /**
   * The largest size, 1 to 100: each body's size is derived from its seed, between 1 and this, so
   * that a run mixes small bodies with large ones.
   */
  int size() default PresetGenerator.MAX_SIZE;

  /** Mutated bodies, each with the violation it must get, instead of valid ones. */
  boolean invalid() default false;
}
