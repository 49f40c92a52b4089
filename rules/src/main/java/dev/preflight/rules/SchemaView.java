package dev.preflight.rules;

import java.util.Optional;
import java.util.Set;

/**
 * What the spec says about the objects of one body, for rules that need it (such as {@code
 * unknown-field}). Unions are resolved by the body's own values: the properties of a message are
 * those of its {@code role}'s branch.
 */
public interface SchemaView {
  /** A view that knows nothing: every answer is empty. */
  SchemaView NONE = pointer -> Optional.empty();

  /**
   * The property names the spec declares for the object at {@code pointer} in the body.
   *
   * @return the names, or empty when the spec does not constrain that object's properties (a
   *     free-form map such as {@code metadata}, a user's JSON schema, or a location the spec does
   *     not describe)
   */
  Optional<Set<String>> declaredProperties(String pointer);

  /**
   * Whether the spec describes the value at {@code pointer} or anything below it. When false,
   * {@link #declaredProperties} is empty there and at every pointer below, so a rule that walks the
   * body may skip the whole subtree (a user's JSON schema, a function's parameters) instead of
   * asking about each of its objects.
   *
   * @return false only when nothing below {@code pointer} is described; true when unsure
   */
  default boolean describes(String pointer) {
    return true;
  }
}
