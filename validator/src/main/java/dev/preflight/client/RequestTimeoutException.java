package dev.preflight.client;

/**
 * No answer arrived in time: the connect, read or whole-call timeout of {@link PresetClient} ran
 * out. A timed-out publish is never retried, since OpenRouter may have created the version.
 */
public final class RequestTimeoutException extends NetworkException {
  private static final long serialVersionUID = 1L;

  RequestTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
