package dev.preflight.client;

import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetPreview;
import dev.preflight.validator.PresetValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Authenticator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * Publishes preset bodies to OpenRouter: {@code POST /presets/{slug}/chat/completions}, which
 * creates the preset or a new version of it.
 *
 * <p>Every publish checks the slug and validates the body first, and sends nothing when either is
 * wrong. Failed requests are retried only when they cannot have created a version (see {@link
 * RetryPolicy}). Every failure is a {@link PresetClientException}; the API key appears in no
 * message, log line or {@code toString}.
 *
 * <pre>{@code
 * PresetClient client = PresetClient.builder().build(); // key from OPENROUTER_API_KEY
 * PublishResult result = client.publishIfChanged("support-bot", Path.of("presets/support-bot.json"));
 * System.out.println(result.published() ? "new version " + result.preset().designatedVersion().version()
 *                                       : "unchanged");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class PresetClient {
  /** Where OpenRouter's API lives. */
  public static final String DEFAULT_BASE_URL = "https://openrouter.ai/api/v1";

  /** The environment variable the API key is read from when none is given. */
  public static final String API_KEY_VARIABLE = "OPENROUTER_API_KEY";

  private static final MediaType JSON = MediaType.get("application/json");

  /** Numbers are equal by value: the server may write {@code 1.0} where the body had {@code 1}. */
  private static final Comparator<JsonNode> SAME_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private final HttpUrl baseUrl;
  private final PresetValidator validator;
  private final RetryPolicy retryPolicy;
  private final ApiCaller caller;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;

  private PresetClient(Builder builder, HttpUrl baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.validator = builder.validator;
    this.retryPolicy = builder.retryPolicy;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.callTimeout = builder.callTimeout;
    OkHttpClient shared = builder.okHttpClient == null ? new OkHttpClient() : builder.okHttpClient;
    OkHttpClient http =
        shared
            .newBuilder()
            .connectTimeout(connectTimeout)
            .readTimeout(readTimeout)
            .writeTimeout(readTimeout)
            .callTimeout(callTimeout)
            // The RetryPolicy is the only retry: OkHttp's own would resend a publish silently.
            .retryOnConnectionFailure(false)
            // A redirect could carry the key to another host, or turn the POST into a GET.
            .followRedirects(false)
            .followSslRedirects(false)
            // The key is sent by us on every request; a shared client's authenticator must not add
            // one.
            .authenticator(Authenticator.NONE)
            .addNetworkInterceptor(ApiCaller.NETWORK_INTERCEPTOR)
            .build();
    this.caller = new ApiCaller(http, retryPolicy, builder.clock, builder.sleeper, apiKey);
  }

  /** Starts a client configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates the preset {@code slug}, or a new version of it, from a body given as text; the text is
   * sent as it is.
   *
   * @throws IllegalArgumentException when the slug is invalid (the message proposes a valid one)
   * @throws PresetValidationException when the body has errors, unless {@link
   *     PublishOption#SEND_INVALID_BODY} is given
   * @throws PresetClientException when the request fails, see its subclasses
   */
  public PublishedPreset publish(String slug, String body, PublishOption... options) {
    Objects.requireNonNull(body, "body");
    return publish(
        slug, body.getBytes(StandardCharsets.UTF_8), () -> validator.validate(body), options);
  }

  /** Like {@link #publish(String, String, PublishOption...)}, for a parsed body. */
  public PublishedPreset publish(String slug, JsonNode body, PublishOption... options) {
    Objects.requireNonNull(body, "body");
    return publish(
        slug, Json.MAPPER.writeValueAsBytes(body), () -> validator.validate(body), options);
  }

  /**
   * Like {@link #publish(String, String, PublishOption...)}, for a body in a UTF-8 file, sent as it
   * is.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public PublishedPreset publish(String slug, Path body, PublishOption... options) {
    byte[] bytes = read(body);
    return publish(
        slug, bytes, () -> validator.validate(bytes).withSource(body.toString()), options);
  }

  /**
   * Publishes the body unless the preset's designated version already has the same configuration
   * and system prompt as its {@linkplain PresetValidator#preview preview}, so that repeated CI runs
   * do not pile up identical versions. Reads the preset first ({@code GET /presets/{slug}}); a
   * preset that does not exist yet is published.
   *
   * @throws IllegalArgumentException when the slug is invalid
   * @throws PresetValidationException when the body has errors, unless {@link
   *     PublishOption#SEND_INVALID_BODY} is given; always when it is not a JSON object, as there is
   *     nothing to compare
   * @throws PresetClientException when a request fails
   */
  public PublishResult publishIfChanged(String slug, String body, PublishOption... options) {
    Objects.requireNonNull(body, "body");
    return publishIfChanged(
        slug,
        body.getBytes(StandardCharsets.UTF_8),
        () -> validator.validate(body),
        () -> validator.preview(body),
        options);
  }

  /** Like {@link #publishIfChanged(String, String, PublishOption...)}, for a parsed body. */
  public PublishResult publishIfChanged(String slug, JsonNode body, PublishOption... options) {
    Objects.requireNonNull(body, "body");
    return publishIfChanged(
        slug,
        Json.MAPPER.writeValueAsBytes(body),
        () -> validator.validate(body),
        () -> validator.preview(body),
        options);
  }

  /**
   * Like {@link #publishIfChanged(String, String, PublishOption...)}, for a body in a UTF-8 file.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public PublishResult publishIfChanged(String slug, Path body, PublishOption... options) {
    byte[] bytes = read(body);
    return publishIfChanged(
        slug,
        bytes,
        () -> validator.validate(bytes).withSource(body.toString()),
        () -> validator.preview(bytes),
        options);
  }

  /**
   * Reads the preset {@code slug} with its designated version ({@code GET /presets/{slug}}).
   *
   * @return empty when there is no such preset (404)
   * @throws IllegalArgumentException when the slug is invalid
   * @throws PresetClientException when the request fails
   */
  public Optional<PublishedPreset> find(String slug) {
    checkSlug(slug);
    Request request = new Request.Builder().url(url(slug)).get().build();
    try {
      return Optional.of(PresetResponses.read(describe(request), caller.call(request)));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  private PublishedPreset publish(
      String slug, byte[] body, Supplier<ValidationReport> validation, PublishOption[] options) {
    checkSlug(slug);
    refuseInvalid(validation.get(), options);
    return send(slug, body);
  }

  private PublishResult publishIfChanged(
      String slug,
      byte[] body,
      Supplier<ValidationReport> validation,
      Supplier<PresetPreview> preview,
      PublishOption[] options) {
    checkSlug(slug);
    ValidationReport report = validation.get();
    refuseInvalid(report, options);
    PresetPreview wanted;
    try {
      wanted = preview.get();
    } catch (IllegalArgumentException notAnObject) {
      throw new PresetValidationException(report);
    }
    Optional<PublishedPreset> current = find(slug);
    if (current.isPresent() && sameContent(current.get().designatedVersion(), wanted)) {
      return new PublishResult(false, current.get());
    }
    return new PublishResult(true, send(slug, body));
  }

  private static boolean sameContent(PresetVersion version, PresetPreview preview) {
    return version
            .config()
            .equals(SAME_VALUE, Json.MAPPER.createObjectNode().setAll(preview.config()))
        && version.systemPrompt().equals(preview.systemPrompt());
  }

  private PublishedPreset send(String slug, byte[] body) {
    Request request =
        new Request.Builder()
            .url(
                url(slug).newBuilder().addPathSegment("chat").addPathSegment("completions").build())
            .post(RequestBody.create(body, JSON))
            .build();
    return PresetResponses.read(describe(request), caller.call(request));
  }

  private HttpUrl url(String slug) {
    return baseUrl.newBuilder().addPathSegment("presets").addPathSegment(slug).build();
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url();
  }

  private static void checkSlug(String slug) {
    PresetSlug.requireValid(Objects.requireNonNull(slug, "slug"));
  }

  private static void refuseInvalid(ValidationReport report, PublishOption[] options) {
    List<PublishOption> chosen = Arrays.asList(options);
    if (!report.isValid() && !chosen.contains(PublishOption.SEND_INVALID_BODY)) {
      throw new PresetValidationException(report);
    }
  }

  private static byte[] read(Path body) {
    Objects.requireNonNull(body, "body");
    try {
      return Files.readAllBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + body + ": " + e.getMessage(), e);
    }
  }

  /** The configuration, with the API key masked. */
  @Override
  public String toString() {
    return "PresetClient{baseUrl="
        + baseUrl
        + ", apiKey=***, connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + '}';
  }

  /**
   * Configures a {@link PresetClient}. Not thread-safe; the client it builds is. {@link
   * #toString()} masks the API key.
   */
  public static final class Builder {
    private String apiKey;
    private Function<String, String> environment = System::getenv;
    private String baseUrl = DEFAULT_BASE_URL;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient okHttpClient;
    private PresetValidator validator;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /** The OpenRouter API key; without one, {@link #build()} reads {@value #API_KEY_VARIABLE}. */
    public Builder apiKey(String key) {
      this.apiKey = Objects.requireNonNull(key, "apiKey");
      return this;
    }

    /**
     * Where {@link #build()} looks up {@value #API_KEY_VARIABLE} when no key is given (default:
     * {@link System#getenv(String)}); tests pass a map's {@code get}.
     */
    public Builder environment(Function<String, String> lookup) {
      this.environment = Objects.requireNonNull(lookup, "environment");
      return this;
    }

    /**
     * The API's base URL (default {@value #DEFAULT_BASE_URL}). It must be HTTPS unless its host is
     * loopback ({@code localhost}, {@code 127.x.x.x}, {@code ::1}), which {@link #build()} checks.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "baseUrl");
      return this;
    }

    /** The longest wait to connect (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** The longest silence while reading an answer or writing a request (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** The longest one attempt may take, from connecting to reading the end (default 60 s). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /** Which failures are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * An OkHttp client to share connection pool, dispatcher, proxy and TLS settings with. The
     * preset client derives its own from it ({@link OkHttpClient#newBuilder()}): with this
     * builder's timeouts, no redirects and no retries of OkHttp's own; the given one is unchanged.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /** The validator bodies are checked with (default {@link PresetValidator#standard()}). */
    public Builder validator(PresetValidator presetValidator) {
      this.validator = Objects.requireNonNull(presetValidator, "validator");
      return this;
    }

    /** The clock HTTP dates in {@code Retry-After} are measured against (default UTC system). */
    public Builder clock(Clock retryClock) {
      this.clock = Objects.requireNonNull(retryClock, "clock");
      return this;
    }

    /** What waits between retries (default {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper retrySleeper) {
      this.sleeper = Objects.requireNonNull(retrySleeper, "sleeper");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalArgumentException when the base URL is not a URL, or not HTTPS for a host that
     *     is not loopback, or the API key has characters an HTTP header cannot carry
     * @throws IllegalStateException when no API key was given and {@value #API_KEY_VARIABLE} is not
     *     set
     */
    public PresetClient build() {
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException(
            "base URL \"" + baseUrl + "\" is not an http or https URL");
      }
      if (!url.isHttps() && !isLoopback(url.host())) {
        throw new IllegalArgumentException(
            "base URL "
                + url
                + " is not HTTPS: the API key would travel in clear text; plain HTTP is"
                + " allowed only for loopback hosts (localhost, 127.0.0.1, ::1)");
      }
      String key = apiKey != null ? apiKey : environment.apply(API_KEY_VARIABLE);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException(
            "no OpenRouter API key: set " + API_KEY_VARIABLE + " or call apiKey(...)");
      }
      key = key.strip();
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c < 0x21 || c > 0x7e) {
          // Say where, never what: the message must not carry the key.
          throw new IllegalArgumentException(
              "the API key has a character an HTTP header cannot carry, at index " + i);
        }
      }
      if (validator == null) {
        validator = PresetValidator.standard();
      }
      return new PresetClient(this, url, key);
    }

    private static boolean isLoopback(String host) {
      return host.equals("localhost")
          || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
          || host.equals("::1");
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + duration);
      }
      return duration;
    }

    /** The configuration, with the API key masked. */
    @Override
    public String toString() {
      return "PresetClient.Builder{baseUrl="
          + baseUrl
          + ", apiKey="
          + (apiKey == null ? "(from " + API_KEY_VARIABLE + ")" : "***")
          + ", retryPolicy="
          + retryPolicy
          + '}';
    }
  }
}
