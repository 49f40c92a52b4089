package dev.preflight.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointersTest {
  @Test
  void escapesTildeBeforeSlashAsRfc6901Says() {
    assertThat(JsonPointers.append("", "model")).isEqualTo("/model");
    assertThat(JsonPointers.append("/tools/0", "my/name")).isEqualTo("/tools/0/my~1name");
    assertThat(JsonPointers.append("", "a~1b")).isEqualTo("/a~01b");
    assertThat(JsonPointers.append("", "~/")).isEqualTo("/~0~1");
    assertThat(JsonPointers.append("", "")).isEqualTo("/");
    assertThat(JsonPointers.append("/messages", 3)).isEqualTo("/messages/3");
  }

  @Test
  void escapesOneTokenAndAppendsToABuilder() {
    assertThat(JsonPointers.escape("plain")).isEqualTo("plain");
    assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(JsonPointers.escape("")).isEmpty();
    StringBuilder out = new StringBuilder("/x");
    assertThat(JsonPointers.appendTo(out, "y/z").toString()).isEqualTo("/x/y~1z");
  }
}
