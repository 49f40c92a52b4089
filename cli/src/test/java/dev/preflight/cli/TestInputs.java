package dev.preflight.cli;

import dev.preflight.validator.PresetValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The request bodies the end-to-end tests lint, multi-line so that line and column are meaningful,
 * with the positions the validator reports for them.
 */
final class TestInputs {
  /** Nothing to report. */
  static final String VALID =
      "{\n  \"model\": \"openai/gpt-4o\",\n  \"messages\": [{\"role\": \"system\", \"content\": \"hi\"}]\n}\n";

  /** One warning: {@code spec/unknown-variant} at /tools/0/type, line 3, column 22. */
  static final String WARNING_ONLY =
      "{\n"
          + "  \"messages\": [{\"role\": \"system\", \"content\": \"hi\"}],\n"
          + "  \"tools\": [{\"type\": \"openrouter:subagent\"}]\n"
          + "}\n";

  /** One error: {@code spec/type} at /temperature, line 3, column 18. */
  static final String BROKEN = "{\n  \"messages\": [],\n  \"temperature\": \"hot\"\n}\n";

  /**
   * The message of the warning in {@link #WARNING_ONLY}, as the validator words it; the CLI's tests
   * check where the message goes, the validator's tests check its words.
   */
  static final String WARNING_MESSAGE =
      PresetValidator.standard().validate(WARNING_ONLY).violations().get(0).message();

  static final String BROKEN_MESSAGE = "expected number or null, got string \"hot\"";

  private TestInputs() {}

  static Path write(Path directory, String name, String content) {
    try {
      Path file = directory.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path directory, String name, byte[] content) {
    try {
      Path file = directory.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
