package dev.preflight.rules;

import java.util.Optional;
import java.util.Set;

/**
 * What the spec says about the objects of one body, for rules that need it (such as {@code
 * unknown-field}). Unions are resolved by the body's own values: the properties of a message are
 * those of its {@code role}'s branch.
 *
 * <p>A view answers about a place in the body either by its JSON Pointer ({@link
 * #declaredProperties(String)}, {@link #describes(String)}) or by a {@link Position} reached from
 * {@link #root()} one property or element at a time, which is cheaper for a rule that walks the
 * whole body. Both give the same answers.
 */
public interface SchemaView {
  /** A view that knows nothing: every answer is empty. */
  SchemaView NONE = new NoSchemaView();

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

  /**
   * The position of the whole body (pointer {@code ""}), from which a rule walks the body and the
   * spec together: each {@link Position#property} or {@link Position#element} step can be answered
   * from the step before it, and no pointer string has to be built unless the rule asks for one.
   *
   * <p>The default implementation suits any view: its positions build their pointer when first
   * asked a question and answer with {@link #describes(String)} and {@link
   * #declaredProperties(String)}. A view that can step from one place to the next without pointers
   * overrides this method.
   *
   * @return the root position; its answers are those of this view
   */
  default Position root() {
    return new PointerPosition(this);
  }

  /**
   * A place in the body, reached from {@link SchemaView#root()} by property and element steps. It
   * stands for the JSON Pointer {@link #pointer()}: its answers are those of its view at that
   * pointer, and, as in a pointer, a step is read against the value it starts from ({@code
   * property("1")} of an array is its element 1, {@code element(1)} of an object its property
   * {@code "1"}). The value need not exist: a position below a missing value is not described.
   *
   * <p>A position does not change, and can be used for as long as its view; like the view, it is
   * meant for one body and one thread.
   */
  interface Position {
    /**
     * Whether the spec describes the value here or anything below it.
     *
     * @return what {@link SchemaView#describes(String)} says at {@link #pointer()}
     */
    boolean describes();

    /**
     * The property names the spec declares for the object here.
     *
     * @return what {@link SchemaView#declaredProperties(String)} says at {@link #pointer()}
     */
    Optional<Set<String>> declaredProperties();

    /**
     * The position one step down, at the property {@code name} of the value here.
     *
     * @param name the property's name as written in the body, not escaped
     * @return the position whose pointer is this one's followed by {@code /} and {@code name}, with
     *     {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}
     */
    Position property(String name);

    /**
     * The position one step down, at element {@code index} of the array here.
     *
     * @param index the element's index, from 0
     * @return the position whose pointer is this one's followed by {@code /} and the decimal index
     * @throws IllegalArgumentException when {@code index} is negative
     */
    Position element(int index);

    /**
     * The RFC 6901 JSON Pointer of this position: {@code ""} at the root, then one {@code /token}
     * per step. Built when called, so a walker should ask for it only to report.
     */
    String pointer();
  }
}
