package dev.preflight.junit.generate;

/** The state of generating one body: where choices come from and how large the body gets. */
final class Generation {
  private final ChoiceSource choices;
  private final int size;

  Generation(ChoiceSource choices, int size) {
    this.choices = choices;
    this.size = size;
  }

  ChoiceSource choices() {
    return choices;
  }

  int size() {
    return size;
  }

  /** Whether to include an optional property: at size 100 almost always, at size 1 rarely. */
  boolean includeOptional() {
    return choices.choose(100) < size;
  }

  /** The longest array a body of this size gets where no rule bounds it. */
  int maxLength() {
    return 1 + size / 25;
  }
}
