package dev.preflight.client;

/** OpenRouter answered 400 Bad Request: the body or the slug was rejected. */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ApiError error) {
    super(error);
  }
}
