package dev.preflight.client;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * OpenRouter answered with an error status. The subclass names the status family; the fields come
 * from the error body {@code {"error": {"code": ..., "message": ..., "metadata": {...}}}} when
 * there is one.
 */
public class ApiException extends PresetClientException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String serverMessage;
  private final transient JsonNode metadata;

  ApiException(ApiError error) {
    super(error.describe());
    this.status = error.status();
    this.errorCode = error.code();
    this.serverMessage = error.message();
    this.metadata = error.metadata();
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }

  /**
   * The {@code error.code} of the body, as text (OpenRouter sends numbers such as {@code 400}),
   * when the body had one.
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The {@code error.message} of the body; for a body that is not an OpenRouter error, the start of
   * the body text; empty for an empty body.
   */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /** A copy of the {@code error.metadata} object of the body, when it had one. */
  public Optional<JsonNode> metadata() {
    return Optional.ofNullable(metadata).map(JsonNode::deepCopy);
  }
}
