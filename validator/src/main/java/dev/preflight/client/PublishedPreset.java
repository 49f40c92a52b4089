package dev.preflight.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A preset as OpenRouter returns it, with its designated (current) version: the answer to creating
 * one ({@code CreatePresetFromInferenceResponse}) or to reading one ({@code GetPresetResponse}).
 * Immutable and thread-safe.
 */
public final class PublishedPreset {
  private final String id;
  private final String slug;
  private final String name;
  private final String description;
  private final String status;
  private final PresetVersion designatedVersion;
  private final String createdAt;
  private final String updatedAt;

  PublishedPreset(
      String id,
      String slug,
      String name,
      String description,
      String status,
      PresetVersion designatedVersion,
      String createdAt,
      String updatedAt) {
    this.id = id;
    this.slug = slug;
    this.name = name;
    this.description = description;
    this.status = status;
    this.designatedVersion = designatedVersion;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /** The preset's id. */
  public String id() {
    return id;
  }

  /** The preset's slug. */
  public String slug() {
    return slug;
  }

  /** The preset's display name, if it has one. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The preset's description, if it has one. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The preset's status as OpenRouter wrote it: {@code active}, {@code disabled} or {@code
   * archived} today; kept as text so that a new status does not break reading.
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** The version requests to this preset use; for a publish, the version it created. */
  public PresetVersion designatedVersion() {
    return designatedVersion;
  }

  /** When the preset was created, as OpenRouter wrote it (ISO 8601), if it did. */
  public Optional<String> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the preset was last updated, as OpenRouter wrote it (ISO 8601), if it did. */
  public Optional<String> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public String toString() {
    return "PublishedPreset{id="
        + id
        + ", slug="
        + slug
        + ", status="
        + status
        + ", designatedVersion="
        + designatedVersion
        + '}';
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PublishedPreset)) {
      return false;
    }
    PublishedPreset that = (PublishedPreset) other;
    return id.equals(that.id)
        && slug.equals(that.slug)
        && Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(status, that.status)
        && designatedVersion.equals(that.designatedVersion)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, slug, name, description, status, designatedVersion);
  }
}
