package dev.preflight.junit;

import org.opentest4j.AssertionFailedError;

/**
 * A preset failed its {@link ValidPreset} check. Its own type so that {@link ValidPresetExtension}
 * can tell it apart when JUnit wraps it while resolving a parameter.
 */
final class InvalidPresetError extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  InvalidPresetError(String message) {
    super(message);
  }
}
