package dev.preflight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetClientBuilderTest {
  @Test
  void readsTheKeyFromTheEnvironmentWhenNoneIsGiven() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(ClientFixtures.error(404, "404", "Preset not found"));
      PresetClient client =
          PresetClient.builder()
              .environment(Map.of("OPENROUTER_API_KEY", " sk-from-env ")::get)
              .baseUrl(server.url("/api/v1").toString())
              .build();

      client.find("support-bot");

      assertThat(server.takeRequest().getHeaders().get("Authorization"))
          .isEqualTo("Bearer sk-from-env");
    }
  }

  @Test
  void withoutAnyKeyBuildFailsNamingTheVariable() {
    assertThatThrownBy(() -> PresetClient.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no OpenRouter API key: set OPENROUTER_API_KEY or call apiKey(...)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://openrouter.ai/api/v1", "http://10.0.0.1/api", "http://[::2]/"})
  void requiresHttpsForHostsThatAreNotLoopback(String url) {
    assertThatThrownBy(() -> PresetClient.builder().apiKey("k").baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not HTTPS");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://openrouter.ai/api/v1",
        "http://localhost:8080/api/v1",
        "http://127.0.0.1/",
        "http://[::1]:9000/"
      })
  void acceptsHttpsAndLoopback(String url) {
    assertThat(PresetClient.builder().apiKey("k").baseUrl(url).build().toString())
        .startsWith("PresetClient{baseUrl=" + url);
  }

  @Test
  void rejectsABaseUrlThatIsNotOne() {
    assertThatThrownBy(() -> PresetClient.builder().apiKey("k").baseUrl("openrouter.ai").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base URL \"openrouter.ai\" is not an http or https URL");
  }

  @Test
  void defaultsToOpenRouter() {
    assertThat(PresetClient.builder().apiKey("k").build().toString())
        .startsWith("PresetClient{baseUrl=https://openrouter.ai/api/v1, apiKey=***,");
  }

  @Test
  void aSharedClientKeepsItsOwnSettings() throws Exception {
    OkHttpClient shared = new OkHttpClient.Builder().followRedirects(true).build();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(ClientFixtures.error(404, "404", "Preset not found"));
      PresetClient.builder()
          .apiKey("k")
          .okHttpClient(shared)
          .baseUrl(server.url("/").toString())
          .build()
          .find("support-bot");

      assertThat(server.getRequestCount()).isEqualTo(1);
    }
    assertThat(shared.followRedirects()).isTrue();
    assertThat(shared.retryOnConnectionFailure()).isTrue();
    assertThat(shared.networkInterceptors()).isEmpty();
  }
}
