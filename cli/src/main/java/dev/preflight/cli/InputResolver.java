package dev.preflight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the PATH arguments of {@code lint} into the bodies to check: a file as given, a directory
 * as its {@code *.json} files (recursively, skipping hidden directories), a glob pattern as the
 * files it matches below the working directory, and {@code -} as standard input.
 *
 * <p>Each argument contributes its files in sorted order, arguments in the order given, and a file
 * named twice is linted once. An argument that matches no file is an error, not silent success.
 */
final class InputResolver {
  private static final String GLOB_CHARACTERS = "*?[{";

  private final Path workingDirectory;

  InputResolver(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /**
   * The inputs named by {@code arguments}.
   *
   * @throws CliException when an argument matches no file or a file cannot be read
   */
  List<LintInput> resolve(List<String> arguments) {
    Map<String, LintInput> inputs = new LinkedHashMap<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.putIfAbsent(LintInput.STDIN_NAME, LintInput.stdin());
        continue;
      }
      for (Path file : filesOf(argument)) {
        if (!Files.isReadable(file)) {
          throw new CliException(argument + ": cannot read " + file);
        }
        LintInput input = LintInput.file(file, workingDirectory);
        inputs.putIfAbsent(input.file().toString(), input);
      }
    }
    return List.copyOf(inputs.values());
  }

  private List<Path> filesOf(String argument) {
    Path path;
    try {
      path = workingDirectory.resolve(argument).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new CliException(argument + ": not a valid path: " + e.getReason());
    }
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (Files.isDirectory(path)) {
      List<Path> files = walk(path, file -> file.getFileName().toString().endsWith(".json"));
      if (files.isEmpty()) {
        throw new CliException(argument + ": the directory holds no *.json file");
      }
      return files;
    }
    if (Files.exists(path)) {
      throw new CliException(argument + ": not a regular file or directory");
    }
    if (isGlob(argument)) {
      List<Path> files = glob(argument);
      if (files.isEmpty()) {
        throw new CliException(argument + ": the pattern matches no file");
      }
      return files;
    }
    throw new CliException(argument + ": no such file or directory");
  }

  private static boolean isGlob(String argument) {
    for (int i = 0; i < argument.length(); i++) {
      if (GLOB_CHARACTERS.indexOf(argument.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The files matching a glob relative to the working directory (or absolute). Walks only below the
   * pattern's literal leading directories, so {@code presets/**.json} does not scan the whole tree.
   * As in most shells' globstar, {@code **}{@code /} also matches no directory at all.
   */
  private List<Path> glob(String pattern) {
    String normalized = pattern.replace('\\', '/');
    Path base = workingDirectory.resolve(literalPrefix(normalized)).normalize();
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    boolean absolute = Path.of(normalized).isAbsolute();
    List<PathMatcher> matchers = new ArrayList<>();
    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + normalized));
    if (normalized.contains("**/")) {
      matchers.add(
          FileSystems.getDefault().getPathMatcher("glob:" + normalized.replace("**/", "")));
    }
    return walk(
        base,
        file -> {
          Path candidate = absolute ? file : workingDirectory.relativize(file);
          return matchers.stream().anyMatch(matcher -> matcher.matches(candidate));
        });
  }

  /** The leading path segments of a glob that contain no glob character. */
  private static String literalPrefix(String pattern) {
    StringBuilder prefix = new StringBuilder();
    int start = 0;
    while (true) {
      int slash = pattern.indexOf('/', start);
      if (slash < 0) {
        break;
      }
      String segment = pattern.substring(start, slash + 1);
      if (isGlob(segment)) {
        break;
      }
      prefix.append(segment);
      start = slash + 1;
    }
    return prefix.toString();
  }

  private static List<Path> walk(Path root, java.util.function.Predicate<Path> include) {
    try (Stream<Path> paths =
        Files.walk(root)
            .filter(path -> !isBelowHiddenDirectory(root, path))
            .filter(Files::isRegularFile)
            .filter(include)) {
      return paths.sorted().toList();
    } catch (IOException e) {
      throw new CliException("cannot list " + root + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CliException("cannot list " + root + ": " + e.getCause().getMessage(), e);
    }
  }

  /** Hidden directories ({@code .git}, {@code .idea}) hold tool state, not presets. */
  private static boolean isBelowHiddenDirectory(Path root, Path path) {
    Path relative = root.relativize(path);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
