package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Forwarded-Host} and friends (issue #13, 9): from any client they must not steer the
 * links a page makes; behind a proxy, with {@code trustProxy}, they must.
 */
class ForwardedHeadersTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, String> FORGED =
      Map.of(
          "X-Forwarded-Host",
          "evil.example",
          "X-Forwarded-Proto",
          "https",
          "X-Forwarded-Port",
          "443");
  private static final Map<String, String> FORGED_RFC7239 =
      Map.of("Forwarded", "host=evil.example;proto=https");

  @Test
  void byDefault_forwardedHeadersAreIgnored() throws Exception {
    try (SpkgServer server = SpkgServer.builder().store(seeded()).port(0).start()) {
      for (Map<String, String> forged : new Map[] {FORGED, FORGED_RFC7239}) {
        String page = get(server, "id/nation/JP", "text/html", forged);
        assertThat(page).contains("href=\"" + server.url() + "\"").doesNotContain("evil.example");
        assertThat(get(server, "api/openapi.json", "application/json", forged))
            .contains(server.url() + "api")
            .doesNotContain("evil.example");
      }
    }
  }

  @Test
  void withTrustProxy_forwardedHeadersMakeTheLinks() throws Exception {
    try (SpkgServer server =
        SpkgServer.builder().store(seeded()).port(0).trustProxy(true).start()) {
      for (Map<String, String> forged : new Map[] {FORGED, FORGED_RFC7239}) {
        String page = get(server, "id/nation/JP", "text/html", forged);
        // The port too, where the headers name one; else the one the client asked for.
        assertThat(page).containsPattern("href=\"https://evil\\.example(:[0-9]+)?/\"");
      }
      assertThat(get(server, "api/openapi.json", "application/json", FORGED))
          .contains("https://evil.example/api");
    }
  }

  private static Path seeded() throws Exception {
    Path store = Files.createTempDirectory("spkg-forwarded");
    TestStores.seeded(store);
    return store;
  }

  private static String get(
      SpkgServer server, String path, String accept, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept);
    headers.forEach(b::header);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
