package dev.preflight.junit;

import dev.preflight.validator.PresetValidator;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Implements {@link PresetSource}: one {@link Preset}, named by its path relative to the folder,
 * per {@code *.json} file under the folder. Parameter types and the folder are checked before any
 * invocation, so a misconfigured source fails the whole test, not each invocation.
 */
final class PresetArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<PresetSource> {
  private String folder;

  @Override
  public void accept(PresetSource source) {
    this.folder = source.value();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    String where =
        "@PresetSource(\"" + folder + "\") on " + parameters.getSourceElementDescription();
    ParameterDeclaration first =
        parameters
            .getFirst()
            .orElseThrow(
                () ->
                    new PreconditionViolationException(
                        where
                            + " has no parameter to feed; declare one: (@ValidPreset Preset preset)"));
    Optional<ValidPreset> settings =
        AnnotationSupport.findAnnotation(first.getAnnotatedElement(), ValidPreset.class);
    checkParameter(where, first, settings);
    Map<String, PresetFile> files = PresetLocator.jsonFilesUnder(folder);
    if (files.isEmpty()) {
      throw new PreconditionViolationException(
          where
              + " found no *.json file: neither the classpath folder '"
              + folder
              + "' nor the directory "
              + Path.of(folder).toAbsolutePath()
              + " holds one; put presets under src/test/resources/"
              + folder
              + " or fix the folder");
    }
    PresetValidator validator =
        settings
            .map(s -> ValidatorCache.validatorFor(s, first.getAnnotatedElement(), context))
            .orElseGet(PresetValidator::standard);
    return files.entrySet().stream()
        .map(
            entry ->
                Arguments.of(
                    Named.of(
                        entry.getKey(),
                        Preset.of(
                            entry.getValue().location(), entry.getValue().text(), validator))));
  }

  private static void checkParameter(
      String where, ParameterDeclaration parameter, Optional<ValidPreset> settings) {
    Class<?> type = parameter.getParameterType();
    if (settings.isPresent() && settings.get().value().length > 0) {
      throw new PreconditionViolationException(
          where
              + ": its @ValidPreset parameter names a preset, but the source supplies it;"
              + " remove the location from @ValidPreset");
    }
    if (settings.isPresent() && !PresetParameterTypes.isSupported(type)) {
      throw new PreconditionViolationException(
          where + ": " + PresetParameterTypes.unsupported(type));
    }
    if (settings.isEmpty() && !type.isAssignableFrom(Preset.class)) {
      throw new PreconditionViolationException(
          where
              + ": the first parameter has type "
              + type.getName()
              + "; declare it as Preset, or annotate it with @ValidPreset to receive a JsonNode"
              + " or String");
    }
  }
}
