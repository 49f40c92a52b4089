package dev.preflight.rules;

/**
 * A configuration file ({@code preflight.json}) cannot be used: it is unreadable, not JSON, or
 * names a rule or severity that does not exist. The message names the file and the key, and
 * suggests the closest valid name.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
