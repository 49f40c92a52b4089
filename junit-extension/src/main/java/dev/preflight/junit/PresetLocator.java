package dev.preflight.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds preset files and folders the way {@link ValidPreset} and {@link PresetSource} document it:
 * on the test classpath first, then relative to the working directory.
 */
final class PresetLocator {
  private static final String EXTENSION = ".json";

  private PresetLocator() {}

  /** The file named {@code location}, or empty when neither the classpath nor the disk has it. */
  static Optional<PresetFile> find(String location) {
    String resource = resourceName(location);
    if (!resource.isEmpty()) {
      URL url = classLoader().getResource(resource);
      if (url != null && !isDirectory(url)) {
        return Optional.of(new PresetFile(location, url, filePath(url)));
      }
    }
    Path file = Path.of(location);
    if (Files.isRegularFile(file)) {
      return Optional.of(new PresetFile(location, toUrl(file), Optional.of(file)));
    }
    return Optional.empty();
  }

  /**
   * The file named {@code location}.
   *
   * @param attribute what the file is for, as the annotation attribute that names it ({@code
   *     value}, {@code spec}, {@code config})
   * @throws ValidPresetConfigurationException when neither the classpath nor the disk has it
   */
  static PresetFile require(String location, String attribute) {
    return find(location)
        .orElseThrow(
            () ->
                new ValidPresetConfigurationException(
                    "'"
                        + location
                        + "' ("
                        + attribute
                        + ") is neither a classpath resource nor a file relative to the working"
                        + " directory "
                        + Path.of("").toAbsolutePath()
                        + "; put it under src/test/resources or fix the '"
                        + attribute
                        + "' attribute"));
  }

  /**
   * Every {@code *.json} file under {@code folder}, recursively, keyed by its path relative to the
   * folder (with {@code /}), in name order. Classpath folders win over a directory on disk; the
   * first classpath root holding a name wins.
   */
  static Map<String, PresetFile> jsonFilesUnder(String folder) {
    String resource = resourceName(folder);
    Map<String, PresetFile> found = new TreeMap<>();
    try {
      Enumeration<URL> roots = classLoader().getResources(resource);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("file".equals(root.getProtocol())) {
          filePath(root).ifPresent(dir -> addFilesUnder(dir, folder, found));
        } else if ("jar".equals(root.getProtocol())) {
          addJarEntriesUnder(root, folder, found);
        }
      }
      if (found.isEmpty() && Files.isDirectory(Path.of(folder))) {
        addFilesUnder(Path.of(folder), folder, found);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return found;
  }

  private static void addFilesUnder(Path dir, String folder, Map<String, PresetFile> found) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(EXTENSION) && Files.isRegularFile(file)) {
          found.putIfAbsent(
              relative, new PresetFile(join(folder, relative), toUrl(file), Optional.of(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void addJarEntriesUnder(URL root, String folder, Map<String, PresetFile> found)
      throws IOException {
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    // a cached JarFile is shared with the class loader, which must keep it open
    connection.setUseCaches(false);
    String folderEntry = connection.getEntryName() == null ? "" : connection.getEntryName();
    String prefix =
        folderEntry.isEmpty() || folderEntry.endsWith("/") ? folderEntry : folderEntry + "/";
    try (JarFile jar = connection.getJarFile()) {
      List<JarEntry> entries = new ArrayList<>();
      jar.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
          .filter(e -> e.getName().endsWith(EXTENSION))
          .forEach(entries::add);
      for (JarEntry entry : entries) {
        String relative = entry.getName().substring(prefix.length());
        URL url = new URL("jar:" + connection.getJarFileURL() + "!/" + entry.getName());
        found.putIfAbsent(relative, new PresetFile(join(folder, relative), url, Optional.empty()));
      }
    }
  }

  /** The resource name for a location: no leading slash, no trailing slash. */
  private static String resourceName(String location) {
    String name = location.replace('\\', '/');
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    while (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static String join(String folder, String relative) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    return base + relative;
  }

  private static boolean isDirectory(URL url) {
    return filePath(url).map(Files::isDirectory).orElse(url.getPath().endsWith("/"));
  }

  private static Optional<Path> filePath(URL url) {
    if (!"file".equals(url.getProtocol())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static URL toUrl(Path file) {
    try {
      return file.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("cannot address " + file, e);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : PresetLocator.class.getClassLoader();
  }
}
