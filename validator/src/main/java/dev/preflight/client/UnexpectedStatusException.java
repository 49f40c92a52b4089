package dev.preflight.client;

/**
 * OpenRouter answered a status no other subclass covers, such as a redirect (redirects are not
 * followed).
 */
public final class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(ApiError error) {
    super(error);
  }
}
