package dev.preflight.rules.builtin;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class PresetSelfReferenceRuleTest {
  private final RuleTester tester = RuleTester.of(new PresetSelfReferenceRule());

  @Test
  void plainModels() {
    tester.accepts("{'model': 'openai/gpt-5.4', 'models': ['anthropic/claude-sonnet-4.5']}");
    tester.accepts("{'model': 'preset-like-name', 'preset': null}");
  }

  @Test
  void modelNamingAPreset() {
    tester.rejects(
        "{'model': '@preset/support-bot'}",
        Severity.WARNING,
        "/model",
        "model \"@preset/support-bot\" refers to a preset");
    tester.rejects(
        "{'model': 'openai/gpt-5.4@preset/support-bot'}",
        Severity.WARNING,
        "/model",
        "refers to a preset");
  }

  @Test
  void fallbackModelNamingAPreset() {
    tester.rejects(
        "{'models': ['openai/gpt-5.4', '@preset/other']}",
        Severity.WARNING,
        "/models/1",
        "refers to a preset");
  }

  @Test
  void presetField() {
    tester.rejects(
        "{'preset': 'support-bot'}",
        Severity.WARNING,
        "/preset",
        "preset is \"support-bot\": this preset would be built on another preset");
  }
}
