package dev.preflight.client;

import dev.preflight.rules.ValidationReport;

/**
 * The body has errors, so it was not sent. {@link #report()} says which; {@link
 * PublishOption#SEND_INVALID_BODY} sends such a body anyway.
 */
public final class PresetValidationException extends PresetClientException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  PresetValidationException(ValidationReport report) {
    super(
        "the body has "
            + report.errors().size()
            + " error(s), so it was not sent (PublishOption.SEND_INVALID_BODY sends it anyway):\n"
            + report);
    this.report = report;
  }

  /** The validation report of the refused body. */
  public ValidationReport report() {
    return report;
  }
}
