package dev.preflight.junit.generate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * A {@link ChoiceSource} over Jazzer's input: the fuzzer's bytes pick the branches, lengths and
 * values of a generated body, so that coverage-guided mutation of the bytes explores bodies by
 * their structure. When the input runs out, {@link FuzzedDataProvider} answers the smallest value,
 * and the body ends there.
 */
final class FuzzedChoices implements ChoiceSource {
  private final FuzzedDataProvider data;

  FuzzedChoices(FuzzedDataProvider data) {
    this.data = data;
  }

  @Override
  public int choose(int bound) {
    return bound == 1 ? 0 : data.consumeInt(0, bound - 1);
  }

  @Override
  public boolean flip() {
    return data.consumeBoolean();
  }
}
