package dev.preflight.rules;

import java.util.Optional;
import java.util.Set;

/**
 * {@link SchemaView#NONE}: knows nothing. A class rather than a lambda, since {@code SchemaView} is
 * initialized on every cold start and each lambda is a class spun at run time.
 */
final class NoSchemaView implements SchemaView {
  @Override
  public Optional<Set<String>> declaredProperties(String pointer) {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SchemaView.NONE";
  }
}
