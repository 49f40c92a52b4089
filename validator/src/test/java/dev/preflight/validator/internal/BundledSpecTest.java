package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class BundledSpecTest {
  @Test
  void theBuildPrecomputesTheNormalizedSchema() {
    assertThat(BundledSpec.precomputed())
        .as("target/classes should hold %s, written in process-classes", BundledSpec.NORMALIZED)
        .isNotNull();
  }

  @Test
  void thePrecomputedSchemaEqualsTheRuntimeNormalization() {
    ObjectNode precomputed = BundledSpec.precomputed();
    ObjectNode normalized = BundledSpec.normalize();
    // Equal as trees and as text: numbers read back from JSON must keep the types the YAML gave.
    assertThat(precomputed).isEqualTo(normalized);
    assertThat(precomputed.toString()).isEqualTo(normalized.toString());
  }
}
