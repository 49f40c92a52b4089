package dev.preflight.validator;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (examples, the shared specs) from a module's working directory. */
final class RepositoryFiles {
  private RepositoryFiles() {}

  /** The repository root: the nearest ancestor of the working directory with {@code src/spec}. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("src/spec"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static Path examples() {
    return root().resolve("src/examples");
  }

  /**
   * The upstream OpenRouter spec in {@code shared/spec/upstream}, beside the checkout (test data,
   * never bundled).
   */
  static Path upstreamSpec() {
    Path dir = root();
    while (dir != null) {
      Path candidate = dir.resolve("shared/spec/upstream/openapi.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("shared/spec/upstream/openapi.yaml not found above " + root());
  }
}
