package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.TestStores;
import org.w3id.spkg.server.TriplePage;
import org.w3id.spkg.server.api.PacksApi;
import org.w3id.spkg.server.endpoint.CappedQueryService;
import org.w3id.spkg.server.endpoint.DumpServlet;
import org.w3id.spkg.server.endpoint.ServiceDescription;
import org.w3id.spkg.server.endpoint.VoidServlet;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.store.StoreConfig;

/**
 * The home page over HTTP, on the seeded store, mounted the way {@link SpkgServer} mounts it, next
 * to the entity pages, the ontology, VoID, the dumps and the editor.
 */
class HomePageTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int MAX_PAGES = 400;

  @TempDir static Path store;
  private static FusekiServer server;
  private static URI base;
  private static DatasetGraph dsg;
  private static HomePage home;

  @BeforeAll
  static void start() throws Exception {
    TestStores.seeded(store);
    FusekiServer.Builder b =
        FusekiServer.create()
            .parseConfig(StoreConfig.bundled().in(store).model())
            .port(0)
            .loopback(true)
            .enablePing(true)
            .registerOperation(
                Operation.Query, new CappedQueryService(500, ServiceDescription::respond));
    dsg = b.getDataset("/" + SpkgServer.DATASET);
    home = new HomePage(dsg);
    HomePage.PATH_SPECS.forEach(spec -> b.addServlet(spec, home));
    b.addServlet("/.well-known/void", new VoidServlet(dsg));
    b.addServlet(
        EntityResource.PATH_SPEC, new EntityResource(dsg, PublicBase.W3ID, TriplePage::render));
    b.addServlet(DumpServlet.PATH_SPEC, new DumpServlet(dsg));
    EditorPage.addTo(b);
    OntologyResource.addTo(b);
    PacksApi.addTo(b, dsg, QueryPacks.bundled(), 500);
    server = b.build().start();
    base = URI.create("http://localhost:" + server.getHttpPort() + "/");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void home_listsTheMainEntitiesByKindWithCounts() throws Exception {
    for (String path : List.of("", "index.html")) {
      HttpResponse<String> r = get(base.resolve(path));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      Document page = Jsoup.parse(r.body(), base.toString());
      assertThat(count(page, "initiative")).isEqualTo(28);
      assertThat(count(page, "nation"))
          .as("only the nations the documents speak of, not all 249")
          .isBetween(1, 40);
      Element nations = page.selectFirst("section.kind-nation");
      assertThat(nations.select("a").eachAttr("href")).contains("/id/nation/JP");
      assertThat(page.select("section.kind-document"))
          .as("documents are summarised with links to /documents, not listed")
          .isEmpty();
      assertThat(page.select("script")).isEmpty();
      assertThat(page.select("nav a").eachAttr("href"))
          .contains("/editor/", "/ontology", "/.well-known/void", "/dumps/spkg.trig.gz");
    }
  }

  @Test
  void home_drawsTheNetworkWithLinkedNodesAndALegend() throws Exception {
    Document page = Jsoup.parse(get(base).body(), base.toString());
    Element svg = page.selectFirst("svg.network");
    assertThat(svg).isNotNull();
    List<String> links = svg.select("a").eachAttr("href");
    assertThat(links).contains("/id/program/cspo", "/id/nation/JP", "/id/agency/nasa");
    assertThat(svg.select("a > title").eachText()).anyMatch(t -> t.startsWith("Japan"));
    assertThat(svg.select("g.legend text").eachText()).contains("member", "contributor");
    assertThat(svg.select("path[stroke]")).hasSizeGreaterThan(20);
    assertThat(svg.select("a").size()).isLessThanOrEqualTo(HomePage.MAX_NODES);
  }

  @Test
  void home_showsATimelineOfDatedMilestonesInOrder() throws Exception {
    Document page = Jsoup.parse(get(base).body(), base.toString());
    List<String> dates = page.select("ol.timeline time").eachText();
    assertThat(dates).contains("2024", "2024-06", "2029").isSorted();
    Element june =
        page.select("ol.timeline li").stream()
            .filter(li -> li.text().contains("2024-06"))
            .findFirst()
            .orElseThrow();
    assertThat(june.text()).contains("in June 2024", "month");
    assertThat(june.select(".of a").eachAttr("href"))
        .containsExactly(
            "/id/initiative/2023-12-20-fact-sheet-strengthening-us-international-space-partnerships/foreign-investment");
  }

  @Test
  void editor_movedToItsFolder_stillWorks() throws Exception {
    HttpResponse<String> editor = get(base.resolve("editor/"));
    assertThat(editor.statusCode()).isEqualTo(200);
    assertThat(editor.body()).contains("<textarea id=\"query\"");
    assertThat(get(base.resolve("editor/examples.json")).statusCode()).isEqualTo(200);
    HttpResponse<String> old = get(base.resolve("?query=ASK%7B%7D"));
    assertThat(old.statusCode()).isEqualTo(302);
    assertThat(old.headers().firstValue("Location").orElseThrow())
        .endsWith("/editor/?query=ASK%7B%7D");
  }

  @Test
  void home_afterAWrite_showsTheNewState() throws Exception {
    int before = count(Jsoup.parse(get(base).body()), "intorg");
    dsg.executeWrite(
        () ->
            dsg.add(
                NodeFactory.createURI("https://w3id.org/spkg/graph/test-home"),
                NodeFactory.createURI("https://w3id.org/spkg/id/document/test-home"),
                NodeFactory.createURI("https://w3id.org/spkg/ontology#mentions"),
                NodeFactory.createURI("https://w3id.org/spkg/id/organization/un")));
    try {
      assertThat(count(Jsoup.parse(get(base).body()), "intorg")).isEqualTo(before + 1);
    } finally {
      dsg.executeWrite(
          () ->
              dsg.deleteAny(
                  NodeFactory.createURI("https://w3id.org/spkg/graph/test-home"),
                  Node.ANY,
                  Node.ANY,
                  Node.ANY));
    }
    assertThat(count(Jsoup.parse(get(base).body()), "intorg")).isEqualTo(before);
  }

  /**
   * After a write, many requests at once get one new page between them: counting the summary from
   * the live data takes seconds on a large store, and each request counting it again would hold a
   * thread and a core each.
   */
  @Test
  void home_afterAWrite_isMadeOnceForManyRequestsAtOnce() throws Exception {
    Node graph = NodeFactory.createURI("https://w3id.org/spkg/graph/test-home-once");
    get(base);
    int before = home.pagesMade();
    dsg.executeWrite(
        () ->
            dsg.add(
                graph,
                NodeFactory.createURI("https://w3id.org/spkg/id/document/test-home-once"),
                NodeFactory.createURI("https://w3id.org/spkg/ontology#mentions"),
                NodeFactory.createURI("https://w3id.org/spkg/id/organization/un")));
    try {
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            HTTP.sendAsync(
                HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString()));
      }
      for (CompletableFuture<HttpResponse<String>> a : answers) {
        assertThat(a.get().statusCode()).isEqualTo(200);
      }
      assertThat(home.pagesMade()).isEqualTo(before + 1);
    } finally {
      dsg.executeWrite(() -> dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
    }
  }

  @Test
  void walksLinksFromTheHomePage_andFindsNoDeadInternalLink() throws Exception {
    Deque<URI> queue = new ArrayDeque<>(List.of(base));
    Set<URI> seen = new LinkedHashSet<>(queue);
    List<String> dead = new ArrayList<>();
    int fetched = 0;
    while (!queue.isEmpty() && fetched < MAX_PAGES) {
      URI uri = queue.poll();
      fetched++;
      boolean download = uri.getPath().startsWith("/dumps/");
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html");
      HttpResponse<String> r =
          HTTP.send(
              download
                  ? request.method("HEAD", HttpRequest.BodyPublishers.noBody()).build()
                  : request.build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 404 || r.statusCode() >= 500) {
        dead.add(r.statusCode() + " " + uri);
        continue;
      }
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (download || !type.startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(r.body(), uri.toString());
      for (Element a : page.select("a[href], link[href], script[src], img[src]")) {
        String target = a.hasAttr("href") ? a.absUrl("href") : a.absUrl("src");
        if (target.isEmpty()) {
          continue;
        }
        URI next = URI.create(target.replaceFirst("#.*$", ""));
        if (base.getAuthority().equals(next.getAuthority()) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    assertThat(fetched).isGreaterThan(50);
    assertThat(dead).as("dead internal links, walked %d pages", fetched).isEmpty();
  }

  private static int count(Document page, String kind) {
    Element section = page.selectFirst("section.kind-" + kind);
    assertThat(section).as("the section of %s", kind).isNotNull();
    int count = Integer.parseInt(section.selectFirst(".count").text());
    assertThat(section.select("li")).hasSize(count);
    return count;
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
