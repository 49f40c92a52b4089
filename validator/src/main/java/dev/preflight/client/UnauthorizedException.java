package dev.preflight.client;

/** OpenRouter answered 401 Unauthorized: the API key is missing, invalid or revoked. */
public final class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(ApiError error) {
    super(error);
  }
}
