package dev.preflight.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.rules.SchemaView.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default {@link SchemaView#root()}: positions answered by a pointer-based view. */
class SchemaViewTest {
  /** A pointer-based view as rules' tests write them: a lambda over a few pointers. */
  private static final SchemaView LAMBDA =
      pointer ->
          Optional.ofNullable(
              Map.of(
                      "", Set.of("model", "messages", "provider", "a/b"),
                      "/provider", Set.of("sort", "order"),
                      "/messages/0", Set.of("role", "content"),
                      "/a~1b", Set.of("x~y"),
                      "/a~1b/x~0y/12", Set.of("deep"))
                  .get(pointer));

  /** A view whose answers spell the pointer they were asked about, recording each question. */
  private static final class Echo implements SchemaView {
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Set<String>> declaredProperties(String pointer) {
      asked.add(pointer);
      return Optional.of(Set.of(pointer));
    }

    @Override
    public boolean describes(String pointer) {
      asked.add(pointer);
      return !pointer.startsWith("/free");
    }
  }

  @Test
  void theRootIsTheEmptyPointer() {
    assertThat(LAMBDA.root().pointer()).isEmpty();
    assertThat(LAMBDA.root().declaredProperties())
        .contains(Set.of("model", "messages", "provider", "a/b"));
    assertThat(LAMBDA.root().describes()).isTrue();
  }

  @Test
  void stepsAppendEscapedTokens() {
    Position root = new Echo().root();
    assertThat(root.property("provider").property("order").pointer()).isEqualTo("/provider/order");
    assertThat(root.property("messages").element(0).property("content").element(12).pointer())
        .isEqualTo("/messages/0/content/12");
    assertThat(root.property("a/b").property("x~y").pointer()).isEqualTo("/a~1b/x~0y");
    assertThat(root.property("~1").property("/~").property("~~//").pointer())
        .isEqualTo("/~01/~1~0/~0~0~1~1");
    assertThat(root.property("").property("").pointer()).isEqualTo("//");
    assertThat(root.property("0").element(0).pointer()).isEqualTo("/0/0");
  }

  @Test
  void answersAreThoseOfThePointerMethods() {
    Echo echo = new Echo();
    Position root = echo.root();
    List<Position> positions =
        List.of(
            root,
            root.property("provider"),
            root.property("messages").element(0),
            root.property("a/b").property("x~y").element(12),
            root.property("free").property("form"),
            root.property("~0").element(3));
    List<String> pointers =
        List.of("", "/provider", "/messages/0", "/a~1b/x~0y/12", "/free/form", "/~00/3");
    for (int i = 0; i < positions.size(); i++) {
      Position at = positions.get(i);
      String pointer = pointers.get(i);
      assertThat(at.pointer()).isEqualTo(pointer);
      assertThat(at.declaredProperties()).as(pointer).isEqualTo(Optional.of(Set.of(pointer)));
      assertThat(at.describes()).as(pointer).isEqualTo(echo.describes(pointer));
      assertThat(at.declaredProperties()).isEqualTo(echo.declaredProperties(pointer));
    }
    assertThat(root.property("free").describes()).isFalse();
    assertThat(root.property("freedom").describes()).isFalse();
    assertThat(root.property("provider").describes()).isTrue();
  }

  @Test
  void aLambdaViewAnswersThroughItsPositions() {
    Position root = LAMBDA.root();
    assertThat(root.property("provider").declaredProperties()).contains(Set.of("sort", "order"));
    assertThat(root.property("messages").element(0).declaredProperties())
        .contains(Set.of("role", "content"));
    assertThat(root.property("a/b").declaredProperties()).contains(Set.of("x~y"));
    assertThat(root.property("a/b").property("x~y").element(12).declaredProperties())
        .contains(Set.of("deep"));
    assertThat(root.property("messages").element(1).declaredProperties()).isEmpty();
    assertThat(root.property("a~1b").declaredProperties()).isEmpty(); // a name, not a pointer
    assertThat(root.property("messages").element(1).describes()).isTrue(); // the default answer
  }

  @Test
  void noneKnowsNothingAtAnyPosition() {
    Position at = SchemaView.NONE.root().property("provider").element(2);
    assertThat(at.declaredProperties()).isEmpty();
    assertThat(at.describes()).isTrue();
    assertThat(at.pointer()).isEqualTo("/provider/2");
  }

  @Test
  void stepsAskNothingUntilAQuestion() {
    Echo echo = new Echo();
    Position at = echo.root().property("a").element(1).property("b");
    assertThat(echo.asked).isEmpty();
    at.describes();
    at.declaredProperties();
    assertThat(echo.asked).containsExactly("/a/1/b", "/a/1/b");
  }

  @Test
  void badStepsAreRefused() {
    Position root = LAMBDA.root();
    assertThatThrownBy(() -> root.element(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> root.property(null)).isInstanceOf(NullPointerException.class);
  }
}
