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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS as a browser meets it (issue #13, 8): the requests a browser sends for a page of another
 * origin — the preflight {@code OPTIONS} with {@code Origin} and {@code
 * Access-Control-Request-Method}/{@code -Headers}, then the request itself with {@code Origin} and,
 * for a logged-in visitor, the Basic credentials the browser remembers — and the browser's own
 * checks on the answers (the Fetch standard's CORS check and preflight check). A page of another
 * origin can read the public data without credentials, never with them, and can never write — with
 * and without {@code --auth} — unless its origin is named.
 */
class CorsTest {

  private static final String STRANGER = "http://stranger.example:8080";
  private static final String FRIEND = "https://app.example.org";
  private static final String USER = "editor:s3cret";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> READ_PATHS =
      List.of(
          "",
          "index.html",
          "editor/",
          "spkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
          "spkg/sparql",
          "spkg/get?default",
          ".well-known/void",
          "id/nation/JP",
          "ontology",
          "api/packs",
          "api/openapi.json",
          "dumps/spkg.nq.gz",
          "$/ping");

  private static SpkgServer open;
  private static SpkgServer withAuth;
  private static SpkgServer withFriend;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("spkg-cors");
    Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
    for (String name : List.of("open", "auth", "friend")) {
      TestStores.seeded(dir.resolve(name));
    }
    open = SpkgServer.builder().store(dir.resolve("open")).port(0).start();
    withAuth =
        SpkgServer.builder().store(dir.resolve("auth")).port(0).passwordFile(passwords).start();
    withFriend =
        SpkgServer.builder()
            .store(dir.resolve("friend"))
            .port(0)
            .passwordFile(passwords)
            .corsOrigins(List.of(FRIEND))
            .start();
  }

  @AfterAll
  static void stop() {
    for (SpkgServer s : Arrays.asList(open, withAuth, withFriend)) {
      if (s != null) {
        s.close();
      }
    }
  }

  @Test
  void readsFromAnyOrigin_areAllowedWithoutCredentials_neverWithThem() throws Exception {
    for (SpkgServer server : List.of(open, withAuth)) {
      for (String path : READ_PATHS) {
        HttpResponse<String> r = send(server, "GET", path, STRANGER, USER, null, null);
        String what = "GET /" + path + " from " + STRANGER;
        assertThat(r.statusCode()).as(what).isLessThan(400);
        assertThat(corsCheck(r, STRANGER, false)).as(what + ", without credentials").isTrue();
        assertThat(corsCheck(r, STRANGER, true)).as(what + ", with credentials").isFalse();
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).as(what).isEmpty();
      }
    }
  }

  @Test
  void aQueryPreflight_isAllowed_butNotWithAuthorization() throws Exception {
    for (SpkgServer server : List.of(open, withAuth)) {
      HttpResponse<String> query =
          preflight(server, "spkg/sparql", STRANGER, "POST", "content-type");
      assertThat(preflightPasses(query, STRANGER, "POST", List.of("content-type"), false)).isTrue();
      HttpResponse<String> withPassword =
          preflight(server, "spkg/sparql", STRANGER, "POST", "content-type, authorization");
      assertThat(
              preflightPasses(
                  withPassword, STRANGER, "POST", List.of("content-type", "authorization"), false))
          .isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"spkg/update", "spkg/data", "spkg/data?default"})
  void writePreflights_fromAnotherOrigin_fail_withAndWithoutAuth(String path) throws Exception {
    for (SpkgServer server : List.of(open, withAuth)) {
      for (String method : List.of("POST", "PUT", "DELETE")) {
        for (String headers : List.of("content-type", "content-type, authorization")) {
          HttpResponse<String> r = preflight(server, path, STRANGER, method, headers);
          List<String> asked = List.of(headers.split(", "));
          assertThat(preflightPasses(r, STRANGER, method, asked, false))
              .as(method + " /" + path + " with " + headers)
              .isFalse();
          assertThat(preflightPasses(r, STRANGER, method, asked, true)).isFalse();
        }
      }
    }
  }

  @Test
  void aFormPostToUpdate_fromAnotherOrigin_isRefused_andChangesNothing() throws Exception {
    // A plain HTML form needs no preflight, and the browser adds the credentials it remembers.
    String form =
        "update="
            + URLEncoder.encode(
                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }",
                StandardCharsets.UTF_8);
    for (SpkgServer server : List.of(open, withAuth)) {
      HttpResponse<String> r =
          send(
              server,
              "POST",
              "spkg/update",
              STRANGER,
              USER,
              "application/x-www-form-urlencoded",
              form);
      assertThat(r.statusCode()).as(r.body()).isIn(403, 404);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(ask(server, "ASK { GRAPH ?g { <urn:x:a> ?p ?o } }")).isFalse();
    }
    HttpResponse<String> refused =
        send(
            withAuth,
            "POST",
            "spkg/update",
            STRANGER,
            USER,
            "application/x-www-form-urlencoded",
            form);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("--cors-origin " + STRANGER);
  }

  @Test
  void aTextPostToTheGraphStore_fromAnotherOrigin_isRefused_andChangesNothing() throws Exception {
    // text/plain is a "simple" type (no preflight), and Jena reads it as N-Triples.
    HttpResponse<String> r =
        send(
            withAuth,
            "POST",
            "spkg/data?default",
            STRANGER,
            USER,
            "text/plain",
            "<urn:x:d> <urn:x:e> <urn:x:f> .\n");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(ask(withAuth, "ASK { <urn:x:d> ?p ?o }")).isFalse();
  }

  @Test
  void theServersOwnPages_andClientsWithoutOrigin_stillWrite() throws Exception {
    String own = withAuth.url().replaceAll("/$", "");
    String insert = "INSERT DATA { GRAPH <urn:x:own> { <urn:x:own> <urn:x:p> 1 } }";
    HttpResponse<String> fromOwnPage =
        send(withAuth, "POST", "spkg/update", own, USER, "application/sparql-update", insert);
    assertThat(fromOwnPage.statusCode()).as(fromOwnPage.body()).isIn(200, 204);
    String insert2 = "INSERT DATA { GRAPH <urn:x:own> { <urn:x:curl> <urn:x:p> 1 } }";
    HttpResponse<String> fromCurl =
        send(withAuth, "POST", "spkg/update", null, USER, "application/sparql-update", insert2);
    assertThat(fromCurl.statusCode()).isIn(200, 204);
    assertThat(
            ask(withAuth, "ASK { GRAPH <urn:x:own> { <urn:x:own> ?p ?o . <urn:x:curl> ?q ?r } }"))
        .isTrue();
  }

  @Test
  void aNamedOrigin_isLentCredentials_andMayWrite() throws Exception {
    HttpResponse<String> pre =
        preflight(withFriend, "spkg/update", FRIEND, "POST", "content-type, authorization");
    assertThat(preflightPasses(pre, FRIEND, "POST", List.of("content-type", "authorization"), true))
        .isTrue();
    String insert = "INSERT DATA { GRAPH <urn:x:friend> { <urn:x:friend> <urn:x:p> 1 } }";
    HttpResponse<String> r =
        send(withFriend, "POST", "spkg/update", FRIEND, USER, "application/sparql-update", insert);
    assertThat(r.statusCode()).isIn(200, 204);
    assertThat(corsCheck(r, FRIEND, true)).isTrue();
    assertThat(ask(withFriend, "ASK { GRAPH <urn:x:friend> { ?s ?p ?o } }")).isTrue();

    HttpResponse<String> read =
        send(withFriend, "GET", READ_PATHS.get(3), FRIEND, USER, null, null);
    assertThat(corsCheck(read, FRIEND, true)).isTrue();
    // The same server still lends nothing to anyone else.
    HttpResponse<String> stranger =
        send(withFriend, "GET", READ_PATHS.get(3), STRANGER, USER, null, null);
    assertThat(corsCheck(stranger, STRANGER, true)).isFalse();
    assertThat(corsCheck(stranger, STRANGER, false)).isTrue();
    HttpResponse<String> strangerWrite =
        send(
            withFriend, "POST", "spkg/update", STRANGER, USER, "application/sparql-update", insert);
    assertThat(strangerWrite.statusCode()).isEqualTo(403);
  }

  @Test
  void whereTheOriginIsReflected_everyAnswerVariesByOrigin() throws Exception {
    for (String path : READ_PATHS) {
      for (String origin : Arrays.asList(FRIEND, STRANGER, null)) {
        HttpResponse<String> r = send(withFriend, "GET", path, origin, null, null, null);
        assertThat(vary(r)).as("Vary of /" + path + " from " + origin).contains("origin");
      }
    }
    // Entity IRIs vary by Accept too: both are kept.
    HttpResponse<String> entity = send(withFriend, "GET", "id/nation/JP", FRIEND, null, null, null);
    assertThat(vary(entity)).contains("origin", "accept");
  }

  // --- what a browser does with the answers (Fetch standard, CORS check and preflight)

  /** Whether a page of {@code origin} may read the response, with or without credentials. */
  static boolean corsCheck(HttpResponse<?> r, String origin, boolean credentials) {
    List<String> allow = r.headers().allValues("Access-Control-Allow-Origin");
    if (allow.size() != 1) {
      return false;
    }
    if (!credentials) {
      return allow.get(0).equals("*") || allow.get(0).equals(origin);
    }
    return allow.get(0).equals(origin)
        && r.headers().firstValue("Access-Control-Allow-Credentials").equals(Optional.of("true"));
  }

  /** Whether a browser goes on to send {@code method} with {@code headers} after this preflight. */
  static boolean preflightPasses(
      HttpResponse<?> r, String origin, String method, List<String> headers, boolean credentials) {
    if (r.statusCode() < 200 || r.statusCode() > 299 || !corsCheck(r, origin, credentials)) {
      return false;
    }
    List<String> methods = list(r, "Access-Control-Allow-Methods");
    boolean methodOk =
        List.of("get", "head", "post").contains(method.toLowerCase(Locale.ROOT))
            || methods.contains(method.toLowerCase(Locale.ROOT))
            || (!credentials && methods.contains("*"));
    List<String> allowed = list(r, "Access-Control-Allow-Headers");
    boolean headersOk =
        headers.stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .allMatch(
                h ->
                    allowed.contains(h)
                        || (!credentials && allowed.contains("*") && !h.equals("authorization")));
    return methodOk && headersOk;
  }

  private static List<String> list(HttpResponse<?> r, String header) {
    return r.headers().allValues(header).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(v -> v.trim().toLowerCase(Locale.ROOT))
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private static List<String> vary(HttpResponse<?> r) {
    return list(r, "Vary");
  }

  // --- the browser's requests

  private static HttpResponse<String> preflight(
      SpkgServer server, String path, String origin, String method, String headers)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(30))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .header("Access-Control-Request-Headers", headers)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(
      SpkgServer server,
      String method,
      String path,
      String origin,
      String user,
      String type,
      String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      b.header("Origin", origin);
    }
    if (user != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean ask(SpkgServer server, String query) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.sparqlEndpoint()
                            + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body().contains("true");
  }
}
