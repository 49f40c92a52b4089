package dev.preflight.client;

/** OpenRouter answered 403 Forbidden: the API key may not create presets here. */
public final class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ApiError error) {
    super(error);
  }
}
