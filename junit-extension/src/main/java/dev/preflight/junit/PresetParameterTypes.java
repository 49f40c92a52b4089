package dev.preflight.junit;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The parameter types a checked preset can be injected as. */
final class PresetParameterTypes {
  static final List<Class<?>> SUPPORTED = List.of(Preset.class, JsonNode.class, String.class);

  private PresetParameterTypes() {}

  static boolean isSupported(Class<?> type) {
    return SUPPORTED.contains(type);
  }

  /** The preset as a value of {@code type}: itself, its parsed tree, or its JSON text. */
  static Object convert(Preset preset, Class<?> type) {
    if (type == JsonNode.class) {
      return preset.tree();
    }
    if (type == String.class) {
      return preset.json();
    }
    return preset;
  }

  /** The sentence that tells how to fix an unsupported parameter {@code type}. */
  static String unsupported(Class<?> type) {
    return "a @ValidPreset parameter of type "
        + type.getName()
        + " cannot be injected; declare it as Preset, JsonNode or String";
  }
}
