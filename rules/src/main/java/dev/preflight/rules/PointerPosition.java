package dev.preflight.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The default {@link SchemaView.Position}: a step from its parent, whose pointer is built when it
 * is first needed and kept, since a walker asks two questions per place and its children build on
 * it. The kept pointer is an immutable String, so a race only builds it twice.
 */
final class PointerPosition implements SchemaView.Position {
  private final SchemaView view;
  private final PointerPosition parent; // null at the root
  private final String name; // the escaped token of a property step, else null
  private final int index; // the index of an element step
  private String pointer; // built on first use

  /** The root of {@code view}. */
  PointerPosition(SchemaView view) {
    this.view = view;
    this.parent = null;
    this.name = null;
    this.index = -1;
    this.pointer = "";
  }

  private PointerPosition(PointerPosition parent, String name, int index) {
    this.view = parent.view;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  @Override
  public boolean describes() {
    return view.describes(pointer());
  }

  @Override
  public Optional<Set<String>> declaredProperties() {
    return view.declaredProperties(pointer());
  }

  @Override
  public SchemaView.Position property(String name) {
    return new PointerPosition(this, JsonPointers.escape(Objects.requireNonNull(name, "name")), -1);
  }

  @Override
  public SchemaView.Position element(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative array index: " + index);
    }
    return new PointerPosition(this, null, index);
  }

  @Override
  public String pointer() {
    String built = pointer;
    if (built == null) {
      String above = parent.pointer();
      built = name != null ? above + '/' + name : above + '/' + index;
      pointer = built;
    }
    return built;
  }

  @Override
  public String toString() {
    return "Position[" + pointer() + "]";
  }
}
