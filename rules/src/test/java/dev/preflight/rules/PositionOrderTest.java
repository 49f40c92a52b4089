package dev.preflight.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reports sort their violations by position, as the first comparator chain did. */
class PositionOrderTest {
  /** The order as first written, with a comparator per key. */
  private static final Comparator<Violation> REFERENCE =
      Comparator.comparingInt((Violation v) -> v.line().orElse(Integer.MAX_VALUE))
          .thenComparingInt(v -> v.column().orElse(Integer.MAX_VALUE))
          .thenComparing(Violation::pointer, ValidationReport::comparePointers)
          .thenComparing(Violation::ruleId)
          .thenComparing(Violation::message);

  @Test
  void comparesAsTheKeysInTurn() {
    Random random = new Random(11);
    List<String> pointers = List.of("", "/a", "/a/2", "/a/10", "/a/b", "/b", "/a/02", "/a/");
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Violation.Builder builder =
          Violation.builder(random.nextBoolean() ? "rule-a" : "rule-b")
              .pointer(pointers.get(random.nextInt(pointers.size())))
              .message(random.nextBoolean() ? "x" : "y");
      if (random.nextInt(4) != 0) {
        builder.position(1 + random.nextInt(3), random.nextInt(3));
      }
      violations.add(builder.build());
    }
    for (Violation a : violations) {
      for (Violation b : violations) {
        assertThat(Integer.signum(ValidationReport.POSITION_ORDER.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(REFERENCE.compare(a, b)));
      }
    }
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(REFERENCE);
    assertThat(ValidationReport.of(violations).violations()).isEqualTo(sorted);
  }
}
