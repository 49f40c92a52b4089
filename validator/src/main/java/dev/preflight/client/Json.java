package dev.preflight.client;

import tools.jackson.databind.json.JsonMapper;

/** The one mapper of the client package; Jackson mappers are thread-safe once built. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}
}
