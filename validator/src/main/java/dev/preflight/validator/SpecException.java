package dev.preflight.validator;

/**
 * A spec or overlay given to {@link PresetValidator.Builder} cannot be used: it is unreadable, not
 * an OpenAPI document, has no chat request schema, or refers to schemas it does not define. The
 * message says which document and what is wrong.
 */
public class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpecException(String message) {
    super(message);
  }

  public SpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
