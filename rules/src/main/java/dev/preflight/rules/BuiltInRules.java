package dev.preflight.rules;

import dev.preflight.rules.builtin.AdvisorNamesRule;
import dev.preflight.rules.builtin.DuplicateFunctionNameRule;
import dev.preflight.rules.builtin.DuplicatePluginRule;
import dev.preflight.rules.builtin.EmptyPresetRule;
import dev.preflight.rules.builtin.FunctionNameFormatRule;
import dev.preflight.rules.builtin.FusionMaxModelsRule;
import dev.preflight.rules.builtin.FusionMaxToolCallsRule;
import dev.preflight.rules.builtin.LogitBiasFormatRule;
import dev.preflight.rules.builtin.MaxPriceFormatRule;
import dev.preflight.rules.builtin.MaxTokensMinimumRule;
import dev.preflight.rules.builtin.MetadataLimitsRule;
import dev.preflight.rules.builtin.ModelsMaxFallbacksRule;
import dev.preflight.rules.builtin.MultipleSystemPromptsRule;
import dev.preflight.rules.builtin.ParameterRangeRule;
import dev.preflight.rules.builtin.PresetNotPersistedRule;
import dev.preflight.rules.builtin.PresetSelfReferenceRule;
import dev.preflight.rules.builtin.ProviderConflictsRule;
import dev.preflight.rules.builtin.ProviderNameRule;
import dev.preflight.rules.builtin.ReasoningExclusiveOptionsRule;
import dev.preflight.rules.builtin.ResponseHealingRequirementsRule;
import dev.preflight.rules.builtin.ServerToolsWithModelFallbacksRule;
import dev.preflight.rules.builtin.StopMaxSequencesRule;
import dev.preflight.rules.builtin.ToolChoiceUndeclaredRule;
import dev.preflight.rules.builtin.TopLogprobsRequiresLogprobsRule;
import dev.preflight.rules.builtin.UnknownFieldRule;
import dev.preflight.rules.builtin.WebSearchDomainFiltersRule;
import java.util.List;

/** The rules that ship with Preflight. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every built-in rule, in the order they run; a new list each call. */
  public static List<Rule> all() {
    return List.of(
        new StopMaxSequencesRule(),
        new MetadataLimitsRule(),
        new FusionMaxModelsRule(),
        new FusionMaxToolCallsRule(),
        new WebSearchDomainFiltersRule(),
        new ParameterRangeRule(),
        new MaxTokensMinimumRule(),
        new TopLogprobsRequiresLogprobsRule(),
        new LogitBiasFormatRule(),
        new ReasoningExclusiveOptionsRule(),
        new ModelsMaxFallbacksRule(),
        new FunctionNameFormatRule(),
        new DuplicateFunctionNameRule(),
        new ToolChoiceUndeclaredRule(),
        new AdvisorNamesRule(),
        new ResponseHealingRequirementsRule(),
        new ServerToolsWithModelFallbacksRule(),
        new ProviderNameRule(),
        new ProviderConflictsRule(),
        new MaxPriceFormatRule(),
        new UnknownFieldRule(),
        new PresetNotPersistedRule(),
        new EmptyPresetRule(),
        new MultipleSystemPromptsRule(),
        new PresetSelfReferenceRule(),
        new DuplicatePluginRule());
  }
}
