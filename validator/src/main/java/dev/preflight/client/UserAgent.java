package dev.preflight.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} the client sends: {@code preflight/<version>}. */
final class UserAgent {
  /** Written by Maven resource filtering from the project version. */
  private static final String RESOURCE = "preflight-version.properties";

  static final String VALUE = "preflight/" + version();

  private UserAgent() {}

  private static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // Run from sources that were not filtered, e.g. in an IDE without Maven's resources.
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
