package dev.preflight.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * {@link ValidPreset} is misconfigured. Its own type so that {@link ValidPresetExtension} can tell
 * it apart when JUnit wraps it while resolving a parameter.
 */
final class ValidPresetConfigurationException extends ExtensionConfigurationException {
  private static final long serialVersionUID = 1L;

  ValidPresetConfigurationException(String message) {
    super(message);
  }

  ValidPresetConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
