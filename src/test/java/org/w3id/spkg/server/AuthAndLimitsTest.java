package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Update needs the password file's users; oversized requests are refused, not hung on. */
class AuthAndLimitsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private static HttpResponse<String> post(String url, String type, String body, String user)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withAPasswordFile_updateNeedsItsUsers() throws Exception {
    Path store = dir.resolve("store");
    TestStores.seeded(store);
    Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
    try (SpkgServer server =
        SpkgServer.builder().store(store).port(0).passwordFile(passwords).start()) {
      String update = server.url() + "spkg/update";
      String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }";
      assertThat(post(update, "application/sparql-update", insert, null).statusCode())
          .isEqualTo(401);
      assertThat(post(update, "application/sparql-update", insert, "editor:wrong").statusCode())
          .isEqualTo(401);
      assertThat(post(update, "application/sparql-update", insert, "editor:s3cret").statusCode())
          .isIn(200, 204);
      HttpResponse<String> ask =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          server.sparqlEndpoint()
                              + "?query="
                              + URLEncoder.encode(
                                  "ASK { GRAPH <urn:x:g> { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                  .header("Accept", "application/sparql-results+json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ask.body()).contains("true");
    }
  }

  @Test
  void oversizedRequest_isRefusedQuickly() throws Exception {
    Path store = dir.resolve("store");
    TestStores.seeded(store);
    try (SpkgServer server = SpkgServer.builder().store(store).port(0).start()) {
      String huge = "SELECT * { ?s ?p \"" + "x".repeat(400_000) + "\" }";
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          post(
              server.sparqlEndpoint(),
              "application/x-www-form-urlencoded",
              "query=" + URLEncoder.encode(huge, StandardCharsets.UTF_8),
              null);
      assertThat(r.statusCode()).isIn(400, 413);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
      HttpResponse<String> uri =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(server.sparqlEndpoint() + "?query=" + "x".repeat(100_000)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(uri.statusCode()).isIn(400, 413, 414, 431);
    }
  }
}
