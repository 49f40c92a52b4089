package dev.preflight.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationPointerTest {
  @Test
  void acceptsTheWholeBodyAndPointers() {
    assertThat(Violation.builder("x").pointer("").message("m").build().pointer()).isEmpty();
    assertThat(Violation.builder("x").pointer("/a~1b/0").message("m").build().pointer())
        .isEqualTo("/a~1b/0");
    assertThat(Violation.builder("x").pointer("/").message("m").build().pointer()).isEqualTo("/");
  }

  @Test
  void refusesWhatIsNotAPointer() {
    assertThatThrownBy(() -> Violation.builder("x").pointer("model"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON Pointer: 'model' (a pointer is empty or starts with '/')");
    assertThatThrownBy(() -> Violation.builder("x").pointer("a".repeat(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a JSON Pointer: '"
                + "a".repeat(200)
                + "...' (a pointer is empty or starts with '/')");
    assertThatThrownBy(() -> Violation.builder("x").pointer(null))
        .isInstanceOf(NullPointerException.class);
  }
}
