package dev.preflight.client;

/**
 * OpenRouter answered with a success status, but the body is not the expected JSON (not JSON, no
 * {@code data} object, a missing field). The request itself may have succeeded.
 */
public final class ResponseFormatException extends PresetClientException {
  private static final long serialVersionUID = 1L;

  ResponseFormatException(String message) {
    super(message);
  }

  ResponseFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
