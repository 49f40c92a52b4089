package dev.preflight.client;

/** OpenRouter answered 409 Conflict: a concurrent change to the same preset. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(ApiError error) {
    super(error);
  }
}
