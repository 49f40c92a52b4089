package dev.preflight.junit.generate;

import dev.preflight.validator.PresetValidator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;

/** Implements {@link GeneratedPresets}; checks its settings before the first invocation. */
final class GeneratedPresetsProvider
    implements ArgumentsProvider, AnnotationConsumer<GeneratedPresets> {
  private GeneratedPresets settings;

  @Override
  public void accept(GeneratedPresets annotation) {
    this.settings = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    String where = "@GeneratedPresets on " + parameters.getSourceElementDescription();
    if (settings.count() < 1) {
      throw new PreconditionViolationException(
          where + " has count = " + settings.count() + "; it must be at least 1");
    }
    if (settings.size() < PresetGenerator.MIN_SIZE || settings.size() > PresetGenerator.MAX_SIZE) {
      throw new PreconditionViolationException(
          where + " has size = " + settings.size() + "; it must be from 1 to 100");
    }
    ParameterDeclaration first =
        parameters
            .getFirst()
            .orElseThrow(
                () ->
                    new PreconditionViolationException(
                        where
                            + " has no parameter to feed; declare one: (GeneratedPreset preset)"));
    if (!first.getParameterType().isAssignableFrom(GeneratedPreset.class)) {
      throw new PreconditionViolationException(
          where
              + " feeds a GeneratedPreset, but the first parameter is a "
              + first.getParameterType().getName()
              + "; declare (GeneratedPreset preset)");
    }
    PresetGenerator generator = PresetGenerator.from(PresetValidator.standard());
    int maxSize = settings.size();
    boolean invalid = settings.invalid();
    return LongStream.range(0, settings.count())
        .mapToObj(i -> settings.seed() + i)
        .map(
            seed -> {
              int size = sizeFor(seed, maxSize);
              return Arguments.of(
                  invalid ? generator.invalid(seed, size) : generator.valid(seed, size));
            });
  }

  /** The size of the body with this seed: spread over 1 to {@code maxSize}, fixed by the seed. */
  static int sizeFor(long seed, int maxSize) {
    long mixed = seed * 0x9E3779B97F4A7C15L;
    mixed ^= mixed >>> 32;
    return 1 + (int) Math.floorMod(mixed, (long) maxSize);
  }
}
