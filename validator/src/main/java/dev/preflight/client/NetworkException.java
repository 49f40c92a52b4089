package dev.preflight.client;

/**
 * No answer was received: the connection failed or broke. Whether the request reached OpenRouter is
 * unknown unless the message says the connection failed before it was sent.
 */
public class NetworkException extends PresetClientException {
  private static final long serialVersionUID = 1L;

  NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
