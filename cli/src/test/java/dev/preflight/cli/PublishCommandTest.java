package dev.preflight.cli;

import static dev.preflight.cli.PresetAnswers.PRESET_ID;
import static dev.preflight.cli.PresetAnswers.error;
import static dev.preflight.cli.PresetAnswers.preset;
import static dev.preflight.cli.PresetAnswers.validPreset;
import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.BROKEN_MESSAGE;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code preflight publish} against a real HTTP server on loopback: the requests sent, what is
 * printed, the exit codes, and that the API key is printed nowhere.
 */
class PublishCommandTest {
  private static final String API_KEY = "sk-or-v1-cli-0123456789abcdef-secret";
  private static final String USER_AGENT = "preflight/" + VersionProvider.version();
  private static final String PUBLISHED_3 =
      "published support-bot version 3 (preset id " + PRESET_ID + ", version id v-3)\n";

  @TempDir Path dir;

  private final MockWebServer server = new MockWebServer();
  private String baseUrl;

  @BeforeEach
  void start() throws Exception {
    server.start();
    baseUrl = server.url("/api/v1").toString();
    write(dir, "support-bot.json", VALID);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Runs {@code publish --base-url <server>} with the key set, and checks the key is not shown. */
  private Result publish(String... args) {
    return run(CliRun.in(dir).env("OPENROUTER_API_KEY", API_KEY), args);
  }

  private Result run(CliRun cli, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("publish", "--base-url", baseUrl));
    command.addAll(List.of(args));
    Result result = cli.run(command.toArray(String[]::new));
    assertThat(result.out()).doesNotContain(API_KEY);
    assertThat(result.err()).doesNotContain(API_KEY);
    return result;
  }

  private String postUrl() {
    return server.url("/api/v1/presets/support-bot/chat/completions").toString();
  }

  @Test
  void postsTheBodyAsItIsWithKeyTypeAndUserAgent() throws Exception {
    server.enqueue(validPreset(3));

    Result result = publish("--slug", "support-bot", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo(PUBLISHED_3);
    assertThat(result.err()).isEmpty();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/presets/support-bot/chat/completions");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
    assertThat(request.getBody().utf8()).isEqualTo(VALID);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void readsTheBodyFromStandardInput() throws Exception {
    server.enqueue(validPreset(3));

    Result result =
        run(
            CliRun.in(dir).env("OPENROUTER_API_KEY", API_KEY).stdin(VALID),
            "--slug",
            "support-bot",
            "-");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo(PUBLISHED_3);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(VALID);
  }

  @Test
  void dryRunShowsThePreviewAndTheRequestAndSendsNothingWithoutAKey() {
    Result result = run(CliRun.in(dir), "--slug", "support-bot", "--dry-run", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            "preview of support-bot.json:\n"
                + "config:\n"
                + "  {\n"
                + "    \"model\": \"openai/gpt-4o\"\n"
                + "  }\n"
                + "system prompt:\n"
                + "  hi\n"
                + "ignored fields:\n"
                + "  /messages\n"
                + "\n"
                + "dry run: nothing was sent; publishing would send:\n"
                + "\n"
                + "POST "
                + postUrl()
                + "\n"
                + "Authorization: Bearer ***\n"
                + "Content-Type: application/json\n"
                + "User-Agent: "
                + USER_AGENT
                + "\n"
                + "\n"
                + VALID);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void dryRunShowsExactlyWhatTheRealRunSends() throws Exception {
    String dryRun =
        run(CliRun.in(dir), "--slug", "support-bot", "--dry-run", "support-bot.json").out();
    server.enqueue(validPreset(1));
    publish("--slug", "support-bot", "support-bot.json");
    RecordedRequest sent = server.takeRequest();

    String shown = dryRun.substring(dryRun.indexOf("\nPOST ") + 1);
    String[] headersAndBody = shown.split("\n\n", 2);
    List<String> lines = headersAndBody[0].lines().toList();
    assertThat(lines.get(0)).isEqualTo(sent.getMethod() + " " + sent.getUrl());
    for (String header : lines.subList(1, lines.size())) {
      String name = header.substring(0, header.indexOf(": "));
      String value = header.substring(name.length() + 2);
      assertThat(sent.getHeaders().get(name))
          .as(name)
          .isEqualTo(name.equals("Authorization") ? "Bearer " + API_KEY : value);
    }
    assertThat(lines).hasSize(4);
    assertThat(headersAndBody[1]).isEqualTo(sent.getBody().utf8());
  }

  @Test
  void dryRunWithIfChangedShowsTheReadFirst() {
    Result result =
        run(
            CliRun.in(dir),
            "--slug",
            "support-bot",
            "--dry-run",
            "--if-changed",
            "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .contains(
            "dry run: nothing was sent; publishing would send:\n"
                + "\n"
                + "GET "
                + server.url("/api/v1/presets/support-bot")
                + "\n"
                + "Authorization: Bearer ***\n"
                + "User-Agent: "
                + USER_AGENT
                + "\n"
                + "\n"
                + "then, only when there is no such preset or its designated version has another"
                + " config or system prompt than the preview:\n"
                + "\n"
                + "POST "
                + postUrl()
                + "\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBodyWithErrorsIsShownAndNotSent() {
    write(dir, "broken.json", BROKEN);

    Result result = publish("--slug", "support-bot", "broken.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            "broken.json:3:18  error  spec/type  "
                + BROKEN_MESSAGE
                + " at /temperature\n\n1 problem (1 error, 0 warnings, 0 infos) in 1 file\n");
    assertThat(result.err())
        .isEqualTo(
            "preflight publish: broken.json was not sent: it has findings at or above error"
                + " (--force sends it anyway)\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aDryRunOfABodyWithErrorsFailsAsTheRealRunWould() {
    write(dir, "broken.json", BROKEN);

    Result result = run(CliRun.in(dir), "--slug", "support-bot", "--dry-run", "broken.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).doesNotContain("dry run");
    assertThat(result.err()).startsWith("preflight publish: broken.json was not sent:");
  }

  @Test
  void failOnWarningStopsABodyWithAWarning() {
    write(dir, "warn.json", WARNING_ONLY);

    Result result = publish("--slug", "support-bot", "--fail-on", "warning", "warn.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "preflight publish: warn.json was not sent: it has findings at or above warning"
                + " (--force sends it anyway)\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void forceSendsABodyWithErrors() throws Exception {
    write(dir, "broken.json", BROKEN);
    server.enqueue(validPreset(3));

    Result result = publish("--slug", "support-bot", "--force", "broken.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .startsWith("broken.json:3:18  error  spec/type  ")
        .endsWith("in 1 file\n" + PUBLISHED_3);
    assertThat(result.err()).isEmpty();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBody().utf8()).isEqualTo(BROKEN);
  }

  @Test
  void ifChangedCannotCompareABodyThatIsNotAnObjectEvenWithForce() {
    write(dir, "list.json", "[1]");

    Result result = publish("--slug", "support-bot", "--force", "--if-changed", "list.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "preflight publish: list.json was not sent: --if-changed compares a JSON object, and"
                + " the body is none\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theValidatorOptionsDecideWhatIsSent() throws Exception {
    String warm = "{\n  \"messages\": [],\n  \"temperature\": 1.5\n}\n";
    write(dir, "warm.json", warm);
    CliRun cli =
        CliRun.in(dir).env("OPENROUTER_API_KEY", API_KEY).validator(b -> b.addRule(new TestRule()));
    server.enqueue(validPreset(3));
    server.enqueue(validPreset(3));

    Result asWarning = run(cli, "--slug", "support-bot", "warm.json");
    Result asError =
        run(cli, "--slug", "support-bot", "--rule", "test-no-temperature=error", "warm.json");
    Result forced =
        run(
            cli,
            "--slug",
            "support-bot",
            "--rule",
            "test-no-temperature=error",
            "--force",
            "warm.json");

    assertThat(asWarning.exitCode()).isEqualTo(0);
    assertThat(asWarning.out())
        .startsWith("warm.json:3:18  warning  test-no-temperature  ")
        .endsWith(PUBLISHED_3);
    assertThat(asError.exitCode()).isEqualTo(1);
    assertThat(asError.out()).startsWith("warm.json:3:18  error  test-no-temperature  ");
    assertThat(forced.exitCode()).isEqualTo(0);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(warm);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(warm);
  }

  @ParameterizedTest
  @CsvSource({"401, Invalid API key", "409, Preset is being updated", "500, Internal Server Error"})
  void anErrorAnswerExitsThreeWithTheServersMessageAndIsNotRetried(int status, String message) {
    server.enqueue(error(status, message));

    Result result = publish("--slug", "support-bot", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "preflight publish: POST "
                + postUrl()
                + ": HTTP "
                + status
                + ": "
                + message
                + " (code "
                + status
                + ")\n");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rateLimitingIsRetriedTwiceThenExitsThree() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", "0")
              .addHeader("Content-Type", "application/json")
              .body("{\"error\":{\"code\":429,\"message\":\"Rate limit exceeded\"}}")
              .build());
    }

    Result result = publish("--slug", "support-bot", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            "preflight publish: POST "
                + postUrl()
                + ": HTTP 429: Rate limit exceeded (code 429)\n");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aBrokenConnectionExitsFour() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());

    Result result = publish("--slug", "support-bot", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(
            "preflight publish: POST "
                + postUrl()
                + ": the connection broke after the request was sent, so it may have been"
                + " processed: ");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void ifChangedWithAnUnchangedPresetSendsOnlyTheRead() throws Exception {
    server.enqueue(validPreset(2));

    Result result = publish("--slug", "support-bot", "--if-changed", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(
            "unchanged support-bot version 2 (preset id "
                + PRESET_ID
                + ", version id v-2); nothing was published\n");
    RecordedRequest read = server.takeRequest();
    assertThat(read.getMethod()).isEqualTo("GET");
    assertThat(read.getTarget()).isEqualTo("/api/v1/presets/support-bot");
    assertThat(read.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(read.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void ifChangedPublishesAChangedOrAbsentPreset() throws Exception {
    server.enqueue(preset(2, "{\"model\":\"openai/gpt-4o-mini\"}", "hi"));
    server.enqueue(validPreset(3));
    server.enqueue(error(404, "Preset not found"));
    server.enqueue(validPreset(3));

    Result changed = publish("--slug", "support-bot", "--if-changed", "support-bot.json");
    Result absent = publish("--slug", "support-bot", "--if-changed", "support-bot.json");

    assertThat(changed.exitCode()).isEqualTo(0);
    assertThat(changed.out()).isEqualTo(PUBLISHED_3);
    assertThat(absent.out()).isEqualTo(PUBLISHED_3);
    List<String> requests = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      RecordedRequest request = server.takeRequest();
      requests.add(request.getMethod() + " " + request.getTarget());
    }
    assertThat(requests)
        .containsExactly(
            "GET /api/v1/presets/support-bot",
            "POST /api/v1/presets/support-bot/chat/completions",
            "GET /api/v1/presets/support-bot",
            "POST /api/v1/presets/support-bot/chat/completions");
  }

  @Test
  void withoutAnApiKeyNothingIsSent() {
    Result unset = run(CliRun.in(dir), "--slug", "support-bot", "support-bot.json");
    Result blank =
        run(
            CliRun.in(dir).env("OPENROUTER_API_KEY", "  "),
            "--slug",
            "support-bot",
            "support-bot.json");

    for (Result result : List.of(unset, blank)) {
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err())
          .isEqualTo(
              "preflight publish: no OpenRouter API key: set OPENROUTER_API_KEY (--dry-run shows"
                  + " what would be sent without one)\n");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInvalidSlugIsAUsageErrorWithAProposal() {
    Result result = publish("--slug", "My Preset", "support-bot.json");
    Result dryRun = publish("--slug", "My Preset", "--dry-run", "support-bot.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "preflight publish: the slug \"My Preset\" is not valid: it has upper-case letters, it"
                + " has a space; use lower-case letters, digits and single hyphens"
                + " (^[a-z0-9]+(?:-[a-z0-9]+)*$), at most 64 characters; try \"my-preset\"\n");
    assertThat(dryRun.exitCode()).isEqualTo(2);
    assertThat(dryRun.err()).isEqualTo(result.err());
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aMissingFileOrSlugIsAUsageError() {
    Result missingFile = publish("--slug", "support-bot", "nothing.json");
    Result missingSlug = publish("support-bot.json");

    assertThat(missingFile.exitCode()).isEqualTo(2);
    assertThat(missingFile.err()).isEqualTo("preflight publish: nothing.json: no such file\n");
    assertThat(missingSlug.exitCode()).isEqualTo(2);
    assertThat(missingSlug.err())
        .isEqualTo(
            "preflight publish: Missing required option: '--slug=SLUG' (see 'preflight publish"
                + " --help')\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void plainHttpToAnotherHostIsRefusedEvenInADryRun() {
    String[] args = {"--base-url", "http://example.com/api/v1", "--slug", "support-bot"};
    Result real =
        CliRun.in(dir)
            .env("OPENROUTER_API_KEY", API_KEY)
            .run(concat("publish", args, "support-bot.json"));
    Result dryRun = CliRun.in(dir).run(concat("publish", args, "--dry-run", "support-bot.json"));

    for (Result result : List.of(real, dryRun)) {
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err())
          .isEqualTo(
              "preflight publish: base URL http://example.com/api/v1 is not HTTPS: the API key"
                  + " would travel in clear text; plain HTTP is allowed only for loopback hosts"
                  + " (localhost, 127.0.0.1, ::1)\n");
      assertThat(result.err()).doesNotContain(API_KEY);
    }
  }

  private static String[] concat(String first, String[] middle, String... last) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(middle));
    all.addAll(List.of(last));
    return all.toArray(String[]::new);
  }
}
