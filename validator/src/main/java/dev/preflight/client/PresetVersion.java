package dev.preflight.client;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of a preset: its configuration and system prompt. Immutable and thread-safe; {@link
 * #config()} returns a copy.
 */
public final class PresetVersion {
  private final String id;
  private final int version;
  private final ObjectNode config;
  private final String systemPrompt;
  private final String createdAt;
  private final String updatedAt;

  PresetVersion(
      String id,
      int version,
      ObjectNode config,
      String systemPrompt,
      String createdAt,
      String updatedAt) {
    this.id = id;
    this.version = version;
    this.config = config;
    this.systemPrompt = systemPrompt;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /** The id of this version. */
  public String id() {
    return id;
  }

  /** The version number, counting from 1 per preset. */
  public int version() {
    return version;
  }

  /** The persisted configuration, as a fresh copy the caller may modify. */
  public ObjectNode config() {
    return config.deepCopy();
  }

  /** The system prompt, when the version has one. */
  public Optional<String> systemPrompt() {
    return Optional.ofNullable(systemPrompt);
  }

  /** When the version was created, as OpenRouter wrote it (ISO 8601), if it did. */
  public Optional<String> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the version was last updated, as OpenRouter wrote it (ISO 8601), if it did. */
  public Optional<String> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public String toString() {
    return "PresetVersion{id="
        + id
        + ", version="
        + version
        + ", config="
        + config
        + ", systemPrompt="
        + (systemPrompt == null ? "none" : systemPrompt.length() + " characters")
        + '}';
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PresetVersion)) {
      return false;
    }
    PresetVersion that = (PresetVersion) other;
    return version == that.version
        && id.equals(that.id)
        && config.equals(that.config)
        && Objects.equals(systemPrompt, that.systemPrompt)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, config, systemPrompt, createdAt, updatedAt);
  }
}
