package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.server.endpoint.FederationFixtures.FIXTURES;
import static org.w3id.spkg.server.endpoint.FederationFixtures.PREFIXES;
import static org.w3id.spkg.server.endpoint.FederationFixtures.fillStore;
import static org.w3id.spkg.server.endpoint.FederationFixtures.startSpkg;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.spkg.server.SpkgServer;

/**
 * Federation both ways over real HTTP: another SPARQL engine calling into spkg with SERVICE, and
 * spkg's own SERVICE calls held to the allow-list of {@link ServicePolicy}.
 */
class FederationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path store;

  @Test
  void serviceIntoSpkg_joinsTheOtherGraphWithOursOnSharedIris() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint other = OtherEndpoint.start("other", "capitals.ttl")) {
      String query =
          PREFIXES
              + """
              SELECT ?nation ?label ?capital WHERE {
                ?nation geo:capital ?capital .
                SERVICE <%s> { ?nation rdfs:label ?label }
              } ORDER BY ?label
              """
                  .formatted(spkg.sparqlEndpoint());

      HttpResponse<String> response = select(other.sparql(), query);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body().lines())
          .containsExactly(
              "nation,label,capital",
              "https://w3id.org/spkg/id/nation/FR,France,Paris",
              "https://w3id.org/spkg/id/nation/JP,Japan,Tokyo");
    }
  }

  @Test
  void serviceOutOfSpkg_toAnAllowedEndpoint_joinsItsRows() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint allowed = OtherEndpoint.start("allowed", "capitals.ttl")) {
      allow(spkg, allowed.sparql());

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), capitalsVia(allowed.sparql()));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body().lines())
          .containsExactly(
              "nation,label,capital",
              "https://w3id.org/spkg/id/nation/FR,France,Paris",
              "https://w3id.org/spkg/id/nation/JP,Japan,Tokyo");
      assertThat(allowed.requests()).isPositive();
    }
  }

  @Test
  void serviceOutOfSpkg_toAnotherLoopbackPort_isRefusedWithoutContactingIt() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint allowed = OtherEndpoint.start("allowed", "capitals.ttl");
        OtherEndpoint refused = OtherEndpoint.start("refused", "capitals.ttl")) {
      allow(spkg, allowed.sparql());

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), capitalsVia(refused.sparql()));

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body())
          .contains(
              "SERVICE <"
                  + refused.sparql()
                  + "> is not allowed: spkg only federates to <"
                  + allowed.sparql()
                  + ">; start the server with --service-allow URL to add one");
      assertThat(refused.requests()).isZero();
    }
  }

  @Test
  void serviceOutOfSpkg_toAVariableEndpoint_isCheckedWhenBound() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint allowed = OtherEndpoint.start("allowed", "capitals.ttl");
        OtherEndpoint refused = OtherEndpoint.start("refused", "capitals.ttl")) {
      allow(spkg, allowed.sparql());
      String query =
          PREFIXES
              + """
              SELECT ?nation ?capital WHERE {
                BIND (IRI(CONCAT("http://localhost:", "%d", "/refused/sparql")) AS ?endpoint)
                SERVICE ?endpoint { ?nation geo:capital ?capital }
              }
              """
                  .formatted(refused.port());

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), query);

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body()).contains("SERVICE <" + refused.sparql() + "> is not allowed");
      assertThat(refused.requests()).isZero();
    }
  }

  @Test
  void serviceSilentOutOfSpkg_toARefusedEndpoint_isSkippedWithoutContactingIt() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint refused = OtherEndpoint.start("refused", "capitals.ttl")) {
      allow(spkg, ServicePolicy.WIKIDATA);
      String query =
          PREFIXES
              + """
              SELECT ?label ?capital WHERE {
                ?nation rdfs:label ?label .
                OPTIONAL { SERVICE SILENT <%s> { ?nation geo:capital ?capital } }
              } ORDER BY ?label
              """
                  .formatted(refused.sparql());

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), query);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body().lines())
          .containsExactly("label,capital", "Brazil,", "France,", "Japan,");
      assertThat(refused.requests()).isZero();
    }
  }

  @Test
  void serviceOutOfSpkg_isNotRedirectedByAnAllowedEndpointToAnotherOne() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint refused = OtherEndpoint.start("refused", "capitals.ttl");
        OtherEndpoint moving = OtherEndpoint.redirecting("moved", refused.sparql())) {
      allow(spkg, moving.sparql());

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), capitalsVia(moving.sparql()));

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body())
          .contains("SERVICE <" + moving.sparql() + "> answered with a redirect (HTTP 302)");
      assertThat(moving.requests()).isPositive();
      assertThat(refused.requests()).isZero();
    }
  }

  @Test
  void serviceOutOfSpkg_withAnEmptyAllowList_isOff() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint other = OtherEndpoint.start("other", "capitals.ttl")) {
      ServicePolicy.allowing(List.of()).applyTo(spkg.dataset().getContext());

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), capitalsVia(other.sparql()));

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body())
          .contains(
              "SERVICE <"
                  + other.sparql()
                  + "> is not allowed: SERVICE is off on this spkg endpoint; start the server"
                  + " with --service-allow URL to add one");
      assertThat(other.requests()).isZero();
    }
  }

  // Needs the SpkgServer hook: SpkgServer.Builder applies ServicePolicy.defaults() when no
  // serviceAllow(...) is given. Fails until the hook is in place.
  @Test
  void serviceOutOfSpkg_byDefault_reachesOnlyWikidata() throws Exception {
    fillStore(store);
    try (SpkgServer spkg = startSpkg(store);
        OtherEndpoint other = OtherEndpoint.start("other", "capitals.ttl")) {

      HttpResponse<String> response = select(spkg.sparqlEndpoint(), capitalsVia(other.sparql()));

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body())
          .contains(
              "SERVICE <"
                  + other.sparql()
                  + "> is not allowed: spkg only federates to <https://query.wikidata.org/sparql>");
      assertThat(other.requests()).isZero();
    }
  }

  /** How the allow-list reads URLs: by scheme, host, port and path segments. */
  @Nested
  class AllowList {

    private final ServicePolicy policy = ServicePolicy.defaults();

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://query.wikidata.org/sparql",
          "https://query.wikidata.org/sparql?format=json",
          "https://QUERY.wikidata.org/sparql",
          "https://query.wikidata.org:443/sparql",
          "https://query.wikidata.org/sparql/",
          "https://query.wikidata.org/./sparql"
        })
    void wikidataByDefault_isAllowed(String url) {
      assertThat(policy.allows(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://query.wikidata.org/sparql",
          "https://query.wikidata.org:8443/sparql",
          "https://query.wikidata.org/sparqlx",
          "https://query.wikidata.org/",
          "https://query.wikidata.org.example.org/sparql",
          "https://query.wikidata.org@example.org/sparql",
          "https://user@query.wikidata.org/sparql",
          "https://query.wikidata.org/sparql/../admin",
          "https://query.wikidata.org/sparql/%2e%2e/admin",
          "https://query.wikidata.org/sparql%2F..%2Fadmin",
          "file:///etc/passwd",
          "query.wikidata.org/sparql",
          "not a url"
        })
    void lookalikesOfWikidata_areRefused(String url) {
      assertThat(policy.allows(url)).isFalse();
    }

    @Test
    void aPortPrefix_doesNotCoverALongerPort() {
      ServicePolicy local = ServicePolicy.allowing(List.of("http://localhost:3031"));

      assertThat(local.allows("http://localhost:3031/ds/sparql")).isTrue();
      assertThat(local.allows("http://localhost:30311/ds/sparql")).isFalse();
      assertThat(local.allows("http://127.0.0.1:3031/ds/sparql")).isFalse();
    }

    @Test
    void anEmptyList_allowsNothing() {
      assertThat(ServicePolicy.allowing(List.of()).allows(ServicePolicy.WIKIDATA)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ftp://example.org/sparql",
          "example.org/sparql",
          "https://user:secret@example.org/sparql",
          "https://example.org/sparql?default-graph-uri=x",
          "https://example.org/sparql#here"
        })
    void aPrefixThatIsNoPlainHttpUrl_isRejectedWithAnExample(String prefix) {
      assertThatThrownBy(() -> ServicePolicy.allowing(List.of(prefix)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("such as https://query.wikidata.org/sparql")
          .hasMessageEndingWith("got: " + prefix);
    }
  }

  /**
   * Applies an allow-list the way SpkgServer does, on the served dataset's context. With the hook
   * in place this is {@code SpkgServer.builder().serviceAllow(List.of(endpoint))}.
   */
  private static void allow(SpkgServer spkg, String endpoint) {
    ServicePolicy.allowing(List.of(endpoint)).applyTo(spkg.dataset().getContext());
  }

  private static String capitalsVia(String endpoint) {
    return PREFIXES
        + """
        SELECT ?nation ?label ?capital WHERE {
          ?nation rdfs:label ?label .
          SERVICE <%s> { ?nation geo:capital ?capital }
        } ORDER BY ?label
        """
            .formatted(endpoint);
  }

  /** Sends a query by GET and returns the answer as CSV. */
  static HttpResponse<String> select(String endpoint, String query)
      throws IOException, InterruptedException {
    URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A plain Fuseki on a loopback port that counts the requests it receives. */
  static final class OtherEndpoint implements AutoCloseable {
    private final FusekiServer server;
    private final String name;
    private final AtomicInteger requests;

    private OtherEndpoint(FusekiServer server, String name, AtomicInteger requests) {
      this.server = server;
      this.name = name;
      this.requests = requests;
    }

    /** Serves the fixture {@code file} at {@code /name/sparql}. */
    static OtherEndpoint start(String name, String file) {
      DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
      dsg.executeWrite(() -> RDFDataMgr.read(dsg, FIXTURES + file));
      AtomicInteger requests = new AtomicInteger();
      FusekiServer server = counting(FusekiServer.create().add("/" + name, dsg), requests);
      return new OtherEndpoint(server, name, requests);
    }

    /** Answers every request to {@code /name/sparql} with a redirect to {@code target}. */
    static OtherEndpoint redirecting(String name, String target) {
      HttpServlet redirect =
          new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp)
                throws IOException {
              String query = req.getQueryString();
              resp.sendRedirect(query == null ? target : target + "?" + query);
            }
          };
      AtomicInteger requests = new AtomicInteger();
      FusekiServer server =
          counting(FusekiServer.create().addServlet("/" + name + "/sparql", redirect), requests);
      return new OtherEndpoint(server, name, requests);
    }

    private static FusekiServer counting(FusekiServer.Builder builder, AtomicInteger requests) {
      return builder
          .port(0)
          .loopback(true)
          .addFilter(
              "/*",
              (req, resp, chain) -> {
                requests.incrementAndGet();
                chain.doFilter(req, resp);
              })
          .build()
          .start();
    }

    int port() {
      return server.getHttpPort();
    }

    String sparql() {
      return "http://localhost:" + port() + "/" + name + "/sparql";
    }

    int requests() {
      return requests.get();
    }

    @Override
    public void close() {
      server.stop();
    }
  }
}
