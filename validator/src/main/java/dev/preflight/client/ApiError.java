package dev.preflight.client;

import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One error answer of OpenRouter, read from its body {@code {"error": {"code", "message",
 * "metadata"}}} when it is one, and the exception type its status maps to.
 */
final class ApiError {
  /** How much of a body that is not an OpenRouter error the message quotes. */
  static final int QUOTED_LENGTH = 200;

  private final String request;
  private final int status;
  private final String code;
  private final String message;
  private final JsonNode metadata;

  private ApiError(String request, int status, String code, String message, JsonNode metadata) {
    this.request = request;
    this.status = status;
    this.code = code;
    this.message = message;
    this.metadata = metadata;
  }

  /**
   * Reads an error answer.
   *
   * @param request the method and URL, for the message
   * @param body the body text, already stripped of the API key
   */
  static ApiError read(String request, int status, String body) {
    JsonNode error = null;
    try {
      error = Json.MAPPER.readTree(body).path("error");
    } catch (JacksonException notJson) {
      // Proxies and load balancers answer in HTML or plain text; quote it below.
    }
    if (error != null && error.isObject()) {
      JsonNode code = error.path("code");
      JsonNode message = error.path("message");
      JsonNode metadata = error.path("metadata");
      return new ApiError(
          request,
          status,
          code.isString() || code.isNumber() ? code.asString() : null,
          message.isString() ? message.stringValue() : null,
          metadata.isObject() ? metadata : null);
    }
    String text = body.strip().replaceAll("\\s+", " ");
    if (text.length() > QUOTED_LENGTH) {
      text = text.substring(0, QUOTED_LENGTH) + "…";
    }
    return new ApiError(request, status, null, text.isEmpty() ? null : text, null);
  }

  /** A redirect, which the client does not follow: it would carry the API key elsewhere. */
  static ApiError redirect(String request, int status, String location) {
    return new ApiError(
        request,
        status,
        null,
        "redirected to "
            + (location == null ? "nowhere" : location)
            + "; redirects are not followed, so that the API key goes nowhere else"
            + " (set the base URL to the right address)",
        null);
  }

  /** The exception for this answer; {@code retryAfter} is the parsed header, or null. */
  ApiException toException(Duration retryAfter) {
    switch (status) {
      case 400:
        return new BadRequestException(this);
      case 401:
        return new UnauthorizedException(this);
      case 403:
        return new ForbiddenException(this);
      case 404:
        return new NotFoundException(this);
      case 409:
        return new ConflictException(this);
      case 429:
        return new RateLimitedException(this, retryAfter);
      default:
        return status >= 500 && status <= 599
            ? new ServerErrorException(this)
            : new UnexpectedStatusException(this);
    }
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String message() {
    return message;
  }

  JsonNode metadata() {
    return metadata;
  }

  /** {@code POST <url>: HTTP 401: <message> (code 401)}. */
  String describe() {
    StringBuilder out = new StringBuilder(request).append(": HTTP ").append(status);
    out.append(": ").append(message == null ? "(empty body)" : message);
    if (code != null) {
      out.append(" (code ").append(code).append(')');
    }
    if (metadata != null) {
      out.append(" metadata ").append(metadata);
    }
    return out.toString();
  }
}
