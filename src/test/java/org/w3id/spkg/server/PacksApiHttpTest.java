package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.server.ServedPacks.ARCTIC;
import static org.w3id.spkg.server.ServedPacks.NATIONS;
import static org.w3id.spkg.server.ServedPacks.encode;
import static org.w3id.spkg.server.ServedPacks.links;
import static org.w3id.spkg.server.ServedPacks.message;
import static org.w3id.spkg.server.ServedPacks.query;
import static org.w3id.spkg.server.ServedPacks.rows;
import static org.w3id.spkg.server.ServedPacks.string;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFolders;

/**
 * The packs API as an HTTP resource ({@link ServedPacks}): pagination links, methods, HEAD and
 * OPTIONS, the row cap, time limits, the OpenAPI document behind a proxy and after a write, and a
 * server that will not start on a broken pack file.
 */
class PacksApiHttpTest {

  private static final long ROW_CAP = 10;

  private static ServedPacks api;

  @BeforeAll
  static void start() throws Exception {
    api = ServedPacks.start(ROW_CAP);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void pagination_linksFirstPrevAndNext_andThePagesAddUpToTheWhole() throws Exception {
    String first = api.url() + "api/packs/sample/01-nations-paged.csv?region=" + encode(ARCTIC);
    List<QuerySolution> all = new ArrayList<>();
    String next = first;
    int page = 0;
    while (next != null) {
      page++;
      HttpResponse<String> r = api.absolute(next, "GET", null);
      assertThat(r.statusCode()).isEqualTo(200);
      List<QuerySolution> rows = rows(r.body());
      all.addAll(rows);
      Map<String, String> links = links(r.headers().firstValue("Link").orElseThrow());
      assertThat(links.get("first")).isEqualTo(first + "&page=1");
      assertThat(links.get("prev")).isEqualTo(page == 1 ? null : first + "&page=" + (page - 1));
      next = links.get("next");
      if (next != null) {
        assertThat(rows).hasSize(3);
        assertThat(next).isEqualTo(first + "&page=" + (page + 1));
      }
      assertThat(page).isLessThan(10);
    }
    assertThat(page).isGreaterThan(1);
    HttpResponse<String> count =
        api.post("api/packs/sample/04-count-in-region.csv", "region=" + encode(ARCTIC));
    assertThat(count.statusCode()).isEqualTo(200);
    assertThat(rows(count.body()).get(0).getLiteral("nations").getInt()).isEqualTo(all.size());
    assertThat(all).extracting(s -> s.get("nation").toString()).doesNotHaveDuplicates();
  }

  @Test
  void method_isTheHeaders_andTheOtherIs405WithAllow() throws Exception {
    HttpResponse<String> get =
        api.get("api/packs/sample/04-count-in-region?region=region/asia", null);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
    assertThat(message(get)).contains("answers POST, not GET");

    HttpResponse<String> post = api.post(NATIONS, "region=" + encode(ARCTIC));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");

    assertThat(api.post("api/packs", "").statusCode()).isEqualTo(405);
    HttpResponse<String> bad = api.post("api/packs/sample/04-count-in-region", "region=x%22%20%7D");
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void headAndOptions_answerLikeOurOtherResources() throws Exception {
    HttpResponse<String> head = api.send(NATIONS + ".csv", "HEAD", null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    assertThat(head.headers().firstValue("SPKG-Rows")).isPresent();

    HttpResponse<String> options = api.send(NATIONS, "OPTIONS", null);
    assertThat(options.statusCode()).isIn(200, 204);
    assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");

    HttpResponse<String> preflight =
        api.send(
            api.request(NATIONS)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "GET"));
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }

  @Test
  void anAnswerOverTheRowCap_isRefusedNamingTheCap_notCutShort() throws Exception {
    HttpResponse<String> r = api.get("api/packs/sample/07-all-nations.csv", null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(message(r)).contains("more than " + ROW_CAP + " rows", "--row-cap");
    assertThat(r.headers().firstValue("SPKG-Row-Cap")).isEmpty();
  }

  @Test
  void queryOverItsTimeLimit_is503() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = api.get("api/packs/sample/05-slow", null);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(message(r)).contains("time limit of 100 ms");
    assertThat(r.body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void serviceTheServerDoesNotAllow_is422_withTheEndpointsMessage() throws Exception {
    // 422 with the policy's message word for word, as the SPARQL endpoint answers the same query
    // (issue #16 item 10; it was 403 here, with a prefix).
    HttpResponse<String> r = api.get("api/packs/sample/08-elsewhere", null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(message(r))
        .startsWith("SERVICE <https://example.org/sparql> is not allowed")
        .contains("--service-allow");
    String query =
        java.net.URLEncoder.encode(
            "SELECT * { SERVICE <https://example.org/sparql> { ?s ?p ?o } }",
            java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> endpoint = api.get("spkg/sparql?query=" + query, null);
    assertThat(endpoint.statusCode()).isEqualTo(422);
    assertThat(endpoint.body().strip()).isEqualTo(message(r));
  }

  @Test
  void openApi_followsTheForwardedBase_andIsKeptUntilTheNextWrite() throws Exception {
    HttpResponse<String> plain = api.get("api/openapi.json", null);
    assertThat(plain.statusCode()).isEqualTo(200);
    JsonObject doc = JSON.parse(plain.body());
    assertThat(string(doc.get("servers").getAsArray().get(0), "url")).isEqualTo(api.url() + "api");
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    assertThat(api.get("api/openapi.json", null).headers().firstValue("ETag")).hasValue(etag);
    HttpResponse<String> again =
        api.send(api.request("api/openapi.json").header("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);

    // A write may change the values the data holds for an enumerated parameter.
    DatasetGraph dsg = api.server.dataset();
    dsg.executeWrite(
        () ->
            dsg.add(
                NodeFactory.createURI("https://w3id.org/spkg/graph/test"),
                NodeFactory.createURI("https://w3id.org/spkg/id/nation/XX"),
                NodeFactory.createURI("https://w3id.org/spkg/ontology#inRegion"),
                NodeFactory.createURI("https://w3id.org/spkg/id/region/test-region")));
    HttpResponse<String> written = api.get("api/openapi.json", null);
    assertThat(written.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
    assertThat(plain.body()).doesNotContain("region/test-region");
    assertThat(written.body()).contains("\"https://w3id.org/spkg/id/region/test-region\"");

    JsonObject proxied = JSON.parse(api.forwarded("api/openapi.json"));
    assertThat(string(proxied.get("servers").getAsArray().get(0), "url"))
        .isEqualTo("https://spkg.example.org/api");
    assertThat(string(query(JSON.parse(api.forwarded("api/packs")), "sample/05-slow"), "url"))
        .isEqualTo("https://spkg.example.org/api/packs/sample/05-slow");
  }

  @Test
  void serverStart_failsOnABrokenPackFile_namingFileAndLine() throws Exception {
    Path home = Files.createTempDirectory("spkg-broken-home");
    Files.createDirectories(home.resolve("queries/p"));
    Files.writeString(
        home.resolve("queries/p/01-broken.rq"), "#+ summary: ok\n#+ bogus: 1\n\nASK {}\n");
    String before = System.getProperty(ProjectFolders.HOME_PROPERTY);
    System.setProperty(ProjectFolders.HOME_PROPERTY, home.toString());
    try {
      assertThatThrownBy(() -> SpkgServer.builder().store(home.resolve("data")).port(0).start())
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("p/01-broken.rq:2: unknown decorator 'bogus'");
    } finally {
      if (before == null) {
        System.clearProperty(ProjectFolders.HOME_PROPERTY);
      } else {
        System.setProperty(ProjectFolders.HOME_PROPERTY, before);
      }
    }
  }
}
