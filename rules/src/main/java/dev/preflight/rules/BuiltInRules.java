package dev.preflight.rules;

import java.util.List;

/** The rules that ship with Preflight. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, in the order they run; a new list each call. */
  public static List<Rule> all() {
    return List.of();
  }
}
