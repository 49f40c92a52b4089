package dev.preflight.junit.generate;

import java.util.List;
import java.util.Objects;

/**
 * What a mutated body must be reported for: the rule id ({@code stop-max-sequences}, or {@code
 * spec/<keyword>} for the schema) at a JSON Pointer. {@code mutated} lists the pointers of the
 * parts the mutation changed; a validator may report other findings inside them (a value that
 * breaks two rules), but nothing at error level elsewhere, since the body was valid before.
 *
 * @param mutation the name of the mutation, e.g. {@code stop-five-sequences}
 * @param ruleId the id of the violation the body must get
 * @param pointer where that violation must be reported ({@code ""} for the whole body)
 * @param mutated the pointers of the changed parts (each covers everything below it)
 */
public record ExpectedViolation(
    String mutation, String ruleId, String pointer, List<String> mutated) {
  /** Checks the parts and copies {@code mutated}. */
  public ExpectedViolation {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(pointer, "pointer");
    mutated = List.copyOf(mutated);
  }

  /** Whether {@code pointer} lies in a mutated part: equal to one, or below one. */
  public boolean isInMutatedPart(String pointer) {
    for (String part : mutated) {
      if (part.isEmpty() || pointer.equals(part) || pointer.startsWith(part + "/")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return ruleId + " at " + (pointer.isEmpty() ? "(root)" : pointer) + " [" + mutation + "]";
  }
}
