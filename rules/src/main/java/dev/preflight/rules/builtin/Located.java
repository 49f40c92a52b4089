package dev.preflight.rules.builtin;

import tools.jackson.databind.JsonNode;

/** A value of the body together with its JSON Pointer, so that rules can report where it is. */
record Located(JsonNode node, String pointer) {
  /** The member {@code name} of this object value, or null when it is absent or JSON null. */
  Located member(String name) {
    JsonNode child = node.get(name);
    return child == null || child.isNull()
        ? null
        : new Located(child, JsonPointers.append(pointer, name));
  }
}
