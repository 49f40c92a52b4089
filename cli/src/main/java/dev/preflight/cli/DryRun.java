package dev.preflight.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/**
 * What {@code publish --dry-run} shows instead of sending: each request {@code PresetClient} would
 * make, as method and URL, the headers it sets (the key masked) and the body, byte for byte. OkHttp
 * adds only transport headers ({@code Host}, {@code Content-Length}, {@code Connection}, {@code
 * Accept-Encoding}).
 */
final class DryRun {
  static final String MASKED_AUTHORIZATION = "Bearer ***";

  private final HttpUrl baseUrl;
  private final String userAgent;

  /**
   * @param baseUrl the API's base URL, as {@code --base-url} gives it
   * @throws CliException when it is not an http or https URL
   */
  DryRun(String baseUrl, String userAgent) {
    this.baseUrl = HttpUrl.parse(baseUrl);
    if (this.baseUrl == null) {
      throw new CliException("--base-url " + baseUrl + ": not an http or https URL");
    }
    this.userAgent = userAgent;
  }

  /** Prints the requests of publishing {@code body} as {@code slug}. */
  void write(String slug, byte[] body, boolean ifChanged, PrintWriter out) {
    HttpUrl preset = baseUrl.newBuilder().addPathSegment("presets").addPathSegment(slug).build();
    out.println("dry run: nothing was sent; publishing would send:");
    if (ifChanged) {
      out.println();
      out.println("GET " + preset);
      out.println("Authorization: " + MASKED_AUTHORIZATION);
      out.println("User-Agent: " + userAgent);
      out.println();
      out.println(
          "then, only when there is no such preset or its designated version has another config"
              + " or system prompt than the preview:");
    }
    out.println();
    out.println(
        "POST " + preset.newBuilder().addPathSegment("chat").addPathSegment("completions").build());
    out.println("Authorization: " + MASKED_AUTHORIZATION);
    out.println("Content-Type: application/json");
    out.println("User-Agent: " + userAgent);
    out.println();
    String text = new String(body, StandardCharsets.UTF_8);
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
  }
}
