package dev.preflight.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file found by {@link PresetLocator}: a classpath resource or a file on disk, with the name it
 * is shown under.
 *
 * @param location the name shown in reports: the resource name or the path as the user wrote it
 * @param url where to read it from
 * @param path the file on disk, when it is one (not inside a jar)
 */
record PresetFile(String location, URL url, Optional<Path> path) {

  /** The file's bytes. */
  byte[] bytes() {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  /** The file's text, as UTF-8. */
  String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}
