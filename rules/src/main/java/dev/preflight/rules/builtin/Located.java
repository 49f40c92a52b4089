package dev.preflight.rules.builtin;

import dev.preflight.rules.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * A value of the body together with its JSON Pointer, so that rules can report where it is. The
 * pointer is built only when asked for: rules locate every tool, message and plugin of every body
 * but report about few of them, and on a valid body about none.
 */
final class Located {
  private final JsonNode node;
  private final Located parent;
  private final String name; // the member name under parent, or null for an array index
  private final int index;
  private String pointer; // one body, one thread: computed at most once per value in practice

  Located(JsonNode node, String pointer) {
    this(node, null, null, -1);
    this.pointer = pointer;
  }

  private Located(JsonNode node, Located parent, String name, int index) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The element {@code index} of this array value, which must exist. */
  Located element(int index) {
    return new Located(node.get(index), this, null, index);
  }

  /** The member {@code name} of this object value, which may be absent or null. */
  Located child(String name, JsonNode value) {
    return new Located(value, this, name, -1);
  }

  /** The member {@code name} of this object value, or null when it is absent or JSON null. */
  Located member(String name) {
    JsonNode child = node.get(name);
    return child == null || child.isNull() ? null : child(name, child);
  }

  JsonNode node() {
    return node;
  }

  String pointer() {
    if (pointer == null) {
      pointer =
          name != null
              ? JsonPointers.append(parent.pointer(), name)
              : JsonPointers.append(parent.pointer(), index);
    }
    return pointer;
  }
}
