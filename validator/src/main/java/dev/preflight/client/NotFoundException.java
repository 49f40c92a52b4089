package dev.preflight.client;

/** OpenRouter answered 404 Not Found: the preset, or the endpoint, does not exist. */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ApiError error) {
    super(error);
  }
}
