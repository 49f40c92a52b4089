package dev.preflight.client;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the success answers of the preset endpoints, {@code {"data": PresetWithDesignatedVersion}},
 * leniently about optional fields and strictly about the ones a preset cannot do without.
 */
final class PresetResponses {
  private PresetResponses() {}

  /**
   * @param request the method and URL, for messages
   * @param body the body text, already stripped of the API key
   * @throws ResponseFormatException when the body is not such an answer
   */
  static PublishedPreset read(String request, String body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new ResponseFormatException(
          request + ": the success answer is not JSON: " + e.getOriginalMessage());
    }
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw new ResponseFormatException(
          request
              + ": the success answer has no \"data\" object: "
              + ApiError.read(request, 200, body).message());
    }
    JsonNode version = data.path("designated_version");
    if (!version.isObject()) {
      throw missing(request, "data.designated_version");
    }
    JsonNode config = version.path("config");
    if (!config.isObject()) {
      throw missing(request, "data.designated_version.config");
    }
    if (!version.path("version").isIntegralNumber() || !version.path("version").canConvertToInt()) {
      throw missing(request, "data.designated_version.version");
    }
    PresetVersion designated =
        new PresetVersion(
            required(request, version, "id", "data.designated_version.id"),
            version.path("version").intValue(),
            (ObjectNode) config.deepCopy(),
            optional(version, "system_prompt"),
            optional(version, "created_at"),
            optional(version, "updated_at"));
    return new PublishedPreset(
        required(request, data, "id", "data.id"),
        required(request, data, "slug", "data.slug"),
        optional(data, "name"),
        optional(data, "description"),
        optional(data, "status"),
        designated,
        optional(data, "created_at"),
        optional(data, "updated_at"));
  }

  private static String required(String request, JsonNode object, String field, String path) {
    JsonNode value = object.path(field);
    if (!value.isString()) {
      throw missing(request, path);
    }
    return value.stringValue();
  }

  private static String optional(JsonNode object, String field) {
    JsonNode value = object.path(field);
    return value.isString() ? value.stringValue() : null;
  }

  private static ResponseFormatException missing(String request, String path) {
    return new ResponseFormatException(
        request + ": the success answer lacks " + path + ", or it has the wrong type");
  }
}
