package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeclaredPropertiesTest {
  private static final SchemaEngine ENGINE =
      new SchemaEngine(BundledSpec.normalized(), List.of("/tools/*", "/plugins/*"));

  private static final JsonNode BODY =
      JsonMapper.builder()
          .build()
          .readTree(
              """
              {"model": "m",
               "messages": [{"role": "user", "content": "hi"}],
               "metadata": {"team": "a"},
               "tools": [{"type": "function", "function": {"name": "f",
                 "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}]}
              """);

  @Test
  void describedValuesAreThoseTheSchemaWalksInto() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    assertThat(view.describes("")).isTrue();
    assertThat(view.describes("/messages")).isTrue();
    assertThat(view.describes("/messages/0")).isTrue();
    assertThat(view.describes("/tools/0/function")).isTrue();
  }

  @Test
  void nothingBelowAFreeFormValueIsDescribed() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    // parameters allows any member, each of them free-form: the schema's reach ends there.
    assertThat(view.describes("/tools/0/function/parameters")).isTrue();
    for (String pointer :
        List.of(
            "/tools/0/function/parameters/properties",
            "/tools/0/function/parameters/properties/q",
            "/tools/0/function/parameters/properties/q/type")) {
      assertThat(view.describes(pointer)).as(pointer).isFalse();
      assertThat(view.declaredProperties(pointer)).as(pointer).isEmpty();
    }
    assertThat(view.describes("/metadata/team")).isFalse();
  }

  @Test
  void aMissingValueIsNotDescribed() {
    DeclaredProperties view = ENGINE.declaredProperties(BODY);
    assertThat(view.describes("/provider")).isFalse();
    assertThat(view.describes("/messages/5")).isFalse();
  }
}
