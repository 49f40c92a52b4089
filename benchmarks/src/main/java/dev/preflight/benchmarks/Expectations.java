package dev.preflight.benchmarks;

import dev.preflight.rules.ValidationReport;

/** Guards the benchmarks against measuring the wrong path: a valid body that became invalid. */
final class Expectations {
  private Expectations() {}

  static void check(Body body, ValidationReport report) {
    // An info is expected on valid bodies with a conversation: preset-not-persisted says that a
    // preset keeps only the system prompt. Errors and warnings are not.
    boolean ok =
        body == Body.INVALID
            ? report.errors().size() + report.warnings().size() >= 8
            : report.errors().isEmpty() && report.warnings().isEmpty();
    if (!ok) {
      throw new IllegalStateException(
          "the " + body.label() + " body no longer has the expected findings:\n" + report);
    }
  }
}
