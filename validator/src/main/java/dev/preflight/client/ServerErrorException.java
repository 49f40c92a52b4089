package dev.preflight.client;

/** OpenRouter answered a 5xx status: OpenRouter failed to handle the request. */
public final class ServerErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  ServerErrorException(ApiError error) {
    super(error);
  }
}
