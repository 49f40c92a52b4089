package dev.preflight.client;

/** Options of a single {@link PresetClient#publish} or {@link PresetClient#publishIfChanged}. */
public enum PublishOption {
  /**
   * Sends the body even when validation reports errors (the CLI's {@code --force}): the validator
   * may be stricter, or older, than OpenRouter. Without it such a body raises {@link
   * PresetValidationException} and nothing is sent.
   */
  SEND_INVALID_BODY
}
