package dev.preflight.client;

/**
 * The root of everything {@link PresetClient} throws besides {@link IllegalArgumentException} for
 * arguments it rejects before sending anything. Messages never contain the API key.
 *
 * <ul>
 *   <li>{@link PresetValidationException}: the body has errors, nothing was sent;
 *   <li>{@link ApiException} and its subclasses: OpenRouter answered with an error status;
 *   <li>{@link NetworkException} ({@link RequestTimeoutException}): no answer was received;
 *   <li>{@link ResponseFormatException}: a success answer that cannot be understood.
 * </ul>
 */
public class PresetClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PresetClientException(String message) {
    super(message);
  }

  PresetClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
