package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preflight preview}: what a preset created from a body would contain. */
class PreviewCommandTest {
  private static final String BODY =
      "{\"model\": \"openai/gpt-4o\", \"stream\": true,"
          + " \"provider\": {\"order\": [\"OpenAI\", \"Azure\"]},"
          + " \"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\\nAnswer in French.\"}]}";

  @TempDir Path dir;

  @Test
  void printsTheConfigAsJsonTheSystemPromptAndTheIgnoredFields() {
    write(dir, "bot.json", BODY);

    Result result = CliRun.in(dir).run("preview", "bot.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            "config:\n"
                + "  {\n"
                + "    \"model\": \"openai/gpt-4o\",\n"
                + "    \"provider\": {\n"
                + "      \"order\": [\n"
                + "        \"OpenAI\",\n"
                + "        \"Azure\"\n"
                + "      ]\n"
                + "    }\n"
                + "  }\n"
                + "system prompt:\n"
                + "  Be brief.\n"
                + "  Answer in French.\n"
                + "ignored fields:\n"
                + "  /stream\n"
                + "  /messages\n");
  }

  @Test
  void saysWhenNothingWouldBePersisted() {
    Result result =
        CliRun.in(dir)
            .stdin("{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}")
            .run("preview", "-");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(
            "config:\n"
                + "  { }\n"
                + "system prompt: none\n"
                + "ignored fields:\n"
                + "  /messages\n"
                + "nothing would be persisted: neither configuration nor system prompt\n");
  }

  @Test
  void aBodyThatIsNotAnObjectHasNoPreviewAndExitsOne() {
    write(dir, "list.json", "[1, 2]");

    Result result = CliRun.in(dir).run("preview", "list.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(
            "preflight preview: list.json: the body is not a JSON object, so it has no preview; ")
        .contains("expected a JSON object at the top level, got an array");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void aMissingFileIsAUsageError() {
    Result result = CliRun.in(dir).run("preview", "nothing.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("preflight preview: nothing.json: no such file\n");
  }
}
