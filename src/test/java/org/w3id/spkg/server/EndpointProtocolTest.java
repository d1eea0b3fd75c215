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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SPARQL protocol as the README promises it: HEAD wherever GET is, a clear word for an update
 * sent to the query endpoint, and LOAD and SERVICE in an update held to the SERVICE allow-list,
 * refused with 422.
 */
class EndpointProtocolTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String EDITOR = "editor:s3cret";

  private static Path dir;
  private static SpkgServer server;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("spkg-protocol");
    Path store = dir.resolve("store");
    TestStores.seeded(store);
    Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
    server = SpkgServer.builder().store(store).port(0).passwordFile(passwords).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(
        b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String type, String body, String user)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    return send(b);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "spkg/sparql",
        "spkg/sparql?query=ASK%7B%7D",
        "spkg/query",
        "spkg/get",
        "",
        "id/nation/JP",
        "ontology",
        "api/packs",
        "editor/",
        ".well-known/void",
        "$/ping"
      })
  void head_answersAsGetDoes_withoutABody(String path) throws Exception {
    URI uri = URI.create(server.url() + path);
    HttpResponse<String> get = send(HttpRequest.newBuilder(uri).GET());
    HttpResponse<String> head =
        send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(head.statusCode()).as("HEAD /" + path).isEqualTo(get.statusCode());
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void anUpdateSentToTheQueryEndpoint_isToldWhereUpdatesGo() throws Exception {
    String update = "INSERT DATA { <urn:x:a> <urn:x:b> 1 }";
    for (HttpResponse<String> r :
        List.of(
            post("spkg/sparql", "application/sparql-update", update, null),
            post(
                "spkg/sparql",
                "application/x-www-form-urlencoded",
                "update=" + encode(update),
                null))) {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("read-only", "/spkg/update", "--auth").doesNotContain("query=");
    }
  }

  @Test
  void load_ofALocalFile_isRefusedWith422_quotingNothingOfIt() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.ttl"), "topsecretword rest of file\n");
    HttpResponse<String> r =
        post(
            "spkg/update",
            "application/sparql-update",
            "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:loaded>",
            EDITOR);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("LOAD", "not allowed", "--service-allow");
    assertThat(r.body()).doesNotContain("topsecretword");
  }

  @Test
  void load_ofALoopbackUrlOutsideTheAllowList_isRefusedWith422() throws Exception {
    HttpResponse<String> r =
        post(
            "spkg/update",
            "application/sparql-update",
            "LOAD <" + server.url() + "ontology> INTO GRAPH <urn:x:loaded>",
            EDITOR);

    assertThat(r.statusCode()).isEqualTo(422);
    HttpResponse<String> ask =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.sparqlEndpoint()
                            + "?query="
                            + encode("ASK { GRAPH <urn:x:loaded> { ?s ?p ?o } }")))
                .header("Accept", "application/sparql-results+json"));
    assertThat(ask.body()).contains("false");
  }

  @Test
  void aRefusedServiceInAnUpdate_is422_withTheReason() throws Exception {
    HttpResponse<String> r =
        post(
            "spkg/update",
            "application/sparql-update",
            "INSERT { GRAPH <urn:x:g> { ?s ?p ?o } } WHERE {"
                + " SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
            EDITOR);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("is not allowed", "--service-allow");
  }

  /**
   * An update is read whole (to check its LOADs) before it runs, so its size is bounded: a larger
   * one is refused with 413 and changes nothing, one within the bound runs.
   */
  @Test
  void anUpdateOverTheLimit_isRefusedWith413_andChangesNothing() throws Exception {
    Path store = dir.resolve("store-limit");
    TestStores.seeded(store);
    Path passwords = dir.resolve("passwd");
    try (SpkgServer small =
        SpkgServer.builder()
            .store(store)
            .port(0)
            .passwordFile(passwords)
            .maxUpdateBytes(2048)
            .start()) {
      String big =
          "INSERT DATA { GRAPH <urn:x:big> { <urn:x:s> <urn:x:p> \"" + "x".repeat(4096) + "\" } }";
      String fits = "INSERT DATA { GRAPH <urn:x:fits> { <urn:x:s> <urn:x:p> \"x\" } }";
      HttpResponse<String> refused = postTo(small, big);
      HttpResponse<String> done = postTo(small, fits);

      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.body()).contains("2048 bytes", "/spkg/data", "spkg ingest");
      assertThat(done.statusCode()).as(done.body()).isBetween(200, 204);
      assertThat(ask(small, "ASK { GRAPH <urn:x:big> { ?s ?p ?o } }")).contains("false");
      assertThat(ask(small, "ASK { GRAPH <urn:x:fits> { ?s ?p ?o } }")).contains("true");
    }
  }

  private static HttpResponse<String> postTo(SpkgServer to, String update) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(to.url() + "spkg/update"))
            .header("Content-Type", "application/sparql-update")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(EDITOR.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(update)));
  }

  private static String ask(SpkgServer at, String query) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(at.sparqlEndpoint() + "?query=" + encode(query)))
            .header("Accept", "application/sparql-results+json"))
        .body();
  }
}
