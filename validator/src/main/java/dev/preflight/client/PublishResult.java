package dev.preflight.client;

/**
 * The outcome of {@link PresetClient#publishIfChanged}: whether a version was created, and the
 * preset as it now is. Immutable and thread-safe.
 */
public final class PublishResult {
  private final boolean published;
  private final PublishedPreset preset;

  PublishResult(boolean published, PublishedPreset preset) {
    this.published = published;
    this.preset = preset;
  }

  /**
   * True when a new version was created; false when the designated version already had the same
   * configuration and system prompt, and nothing was sent but the read.
   */
  public boolean published() {
    return published;
  }

  /** The preset: as created when {@link #published()}, else as read. */
  public PublishedPreset preset() {
    return preset;
  }

  @Override
  public String toString() {
    return (published ? "published " : "unchanged ") + preset;
  }
}
