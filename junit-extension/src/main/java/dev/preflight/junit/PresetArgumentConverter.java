package dev.preflight.junit;

import java.lang.reflect.Parameter;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.converter.ArgumentConversionException;
import org.junit.jupiter.params.converter.ArgumentConverter;

/**
 * Checks a preset that a parameterized source ({@link PresetSource}) supplies to a {@link
 * ValidPreset} parameter, and converts it to the parameter's type. A failing check throws the
 * {@link AssertionError} of {@link PresetCheck}, so the invocation fails showing the report.
 */
final class PresetArgumentConverter implements ArgumentConverter {

  @Override
  public Object convert(Object source, ParameterContext context) {
    Parameter element = context.getParameter();
    ValidPreset settings = context.findAnnotation(ValidPreset.class).orElseThrow();
    if (!(source instanceof Preset)) {
      throw new ArgumentConversionException(
          "@ValidPreset on "
              + AnnotatedElements.describe(element)
              + " receives presets from @PresetSource, but got "
              + (source == null ? "null" : source.getClass().getName())
              + "; feed the test with @PresetSource(\"<folder>\")");
    }
    if (settings.value().length > 0) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on "
              + AnnotatedElements.describe(element)
              + " names a preset, but the parameterized source supplies this parameter;"
              + " remove the location");
    }
    if (!PresetParameterTypes.isSupported(element.getType())) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on "
              + AnnotatedElements.describe(element)
              + ": "
              + PresetParameterTypes.unsupported(element.getType()));
    }
    Preset preset = (Preset) source;
    PresetCheck.of(settings).verify(preset);
    return PresetParameterTypes.convert(preset, element.getType());
  }
}
