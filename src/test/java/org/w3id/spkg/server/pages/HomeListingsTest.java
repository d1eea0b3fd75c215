package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.TestStores;
import org.w3id.spkg.store.StoreConfig;
import org.w3id.spkg.store.VoidDescription;
import org.w3id.spkg.vocab.SPKG;

/**
 * The listings behind the home page at archive scale: /documents by year, kind and relevance,
 * paged; /network by program, nation or agency and period; /timeline by year and status; each bad
 * parameter a 400 that says what is wrong. On the seed and 60 more documents (20 a year from 2020
 * to 2022, fact sheets and speeches, every third about space).
 */
class HomeListingsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int ADDED = 60;

  @TempDir static Path store;
  private static FusekiServer server;
  private static URI base;
  private static DatasetGraph dsg;

  @BeforeAll
  static void start() {
    TestStores.seeded(store);
    FusekiServer.Builder b =
        FusekiServer.create()
            .parseConfig(StoreConfig.bundled().in(store).model())
            .port(0)
            .loopback(true);
    dsg = b.getDataset("/" + SpkgServer.DATASET);
    dsg.executeWrite(HomeListingsTest::addDocuments);
    HomePage home = new HomePage(dsg).warmInBackground();
    HomePage.PATH_SPECS.forEach(spec -> b.addServlet(spec, home));
    server = b.build().start();
    base = URI.create("http://localhost:" + server.getHttpPort() + "/");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** Document i: dated 2020 + i / 20, a fact sheet when i is even, about space when i % 3 == 0. */
  private static void addDocuments() {
    for (int i = 0; i < ADDED; i++) {
      Node g = NodeFactory.createURI("https://w3id.org/spkg/graph/listing-" + i);
      Node d = NodeFactory.createURI("https://w3id.org/spkg/id/document/listing-" + i);
      dsg.add(g, d, RDF.type.asNode(), SPKG.Document.asNode());
      dsg.add(g, d, DCTerms.title.asNode(), NodeFactory.createLiteralString("Listing " + i));
      String date = "%d-03-%02d".formatted(2020 + i / 20, 1 + i % 20);
      dsg.add(g, d, DCTerms.date.asNode(), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
      dsg.add(
          g,
          d,
          SPKG.tag.asNode(),
          NodeFactory.createLiteralString(i % 2 == 0 ? "fact-sheets" : "speeches-remarks"));
      dsg.add(
          g,
          d,
          SPKG.relevance.asNode(),
          NodeFactory.createURI(
              "https://w3id.org/spkg/id/relevance/" + (i % 3 == 0 ? "space" : "none")));
    }
  }

  /** The first visitor does not wait for the page: it is made when the server starts. */
  @Test
  void home_isMadeAheadOfItsFirstRequest() throws Exception {
    HomePage fresh = new HomePage(dsg);
    assertThat(fresh.pagesMade()).isZero();
    fresh.warmInBackground();
    long until = System.currentTimeMillis() + 30_000;
    while (fresh.pagesMade() == 0 && System.currentTimeMillis() < until) {
      Thread.sleep(20);
    }
    assertThat(fresh.pagesMade()).as("pages made with no request").isEqualTo(1);
  }

  @Test
  void documents_listsEveryDocumentLatestFirst_fiftyAPage() throws Exception {
    Document first = page("documents", 200);
    assertThat(first.selectFirst("h1 .count").text()).isEqualTo(String.valueOf(ADDED + 1));
    List<String> dates = first.select("ol.documents .date").eachText();
    assertThat(dates).hasSize(DocumentsPage.PAGE_SIZE);
    assertThat(dates.get(0)).isEqualTo("2023-12-20");
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(first.selectFirst(".pager").text()).contains("page 1 of 2");
    String next = first.selectFirst(".pager a[rel=next]").attr("href");
    assertThat(next).isEqualTo("/documents?page=2");
    Document second = page(next.substring(1), 200);
    assertThat(second.select("ol.documents li")).hasSize(ADDED + 1 - DocumentsPage.PAGE_SIZE);
    assertThat(second.select("ol.documents a").eachAttr("href"))
        .allMatch(h -> h.startsWith("/id/document/"));
  }

  @Test
  void documents_filtersByYearKindAndRelevance_withCountsOnEachFilterLink() throws Exception {
    Document year = page("documents?year=2021", 200);
    assertThat(year.select("ol.documents .date").eachText())
        .hasSize(20)
        .allMatch(d -> d.startsWith("2021"));
    Element yearLink =
        year.select(".facet a").stream()
            .filter(a -> a.text().equals("2022"))
            .findFirst()
            .orElseThrow();
    assertThat(yearLink.attr("href")).isEqualTo("/documents?year=2022");
    assertThat(yearLink.nextElementSibling().text()).isEqualTo("20");
    assertThat(year.select(".facet strong[aria-current]").eachText()).contains("2021");

    Document narrow = page("documents?year=2021&kind=fact-sheets&relevance=space", 200);
    // 20 to 39: even and a multiple of 3 are 24, 30, 36.
    assertThat(narrow.select("ol.documents a").eachText())
        .containsExactly("Listing 36", "Listing 30", "Listing 24");
    assertThat(narrow.select("ol.documents .meta").eachText())
        .allMatch(m -> m.equals("fact sheets · about space"));
    assertThat(narrow.select(".facet a").eachAttr("href"))
        .contains(
            "/documents?kind=fact-sheets&relevance=space", "/documents?year=2021&relevance=space");
  }

  @Test
  void documents_badParameters_are400AndSayWhatToDo() throws Exception {
    assertProblem("documents?year=abc", "is 'abc', not");
    assertProblem("documents?year=1999", "Unknown year '1999'", "2021");
    assertProblem("documents?kind=memos", "Unknown kind 'memos'", "fact-sheets");
    assertProblem("documents?relevance=maybe", "Unknown relevance", "mixed, none, space");
    assertProblem("documents?page=0", "no page 0", "numbered from 1");
    // A page past the last is not found, as on every paged list (PageNumber).
    assertProblem(404, "documents?page=3", "no page 3", "page=1 to page=2");
    assertProblem(404, "documents?year=2021&page=2", "no page 2", "is 1 page");
    assertProblem("documents?page=x", "not a page number");
    assertProblem("documents?sort=date", "no parameter sort", "year, kind, relevance, page");
    assertProblem("documents?year=2021&year=2022", "given 2 times");
  }

  @Test
  void home_summarisesTheDocuments_withLinksToEachFilter() throws Exception {
    Document home = page("", 200);
    Element docs = home.selectFirst("section.documents-section");
    assertThat(docs.text()).contains((ADDED + 1) + " documents");
    assertThat(docs.select("a").eachAttr("href"))
        .contains(
            "/documents",
            "/documents?year=2023",
            "/documents?year=2020",
            "/documents?kind=fact-sheets",
            "/documents?relevance=space");
    assertThat(home.select("a[href^=/id/document/listing-]")).isEmpty();
    assertThat(home.select("nav a").eachAttr("href"))
        .contains("/documents", "/network", "/timeline");
  }

  @Test
  void home_saysWhatTheDefaultGraphHolds_andWhatVoidCounts_withTheLiveNumbers() throws Exception {
    String sentence = page("", 200).selectFirst("p.size").text();
    long union =
        dsg.calculateRead(
            () -> {
              try (QueryExec qe =
                  QueryExec.dataset(dsg)
                      .query(
                          "SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } }")
                      .build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
              }
            });
    long voidTriples =
        dsg.calculateRead(
            () ->
                Long.parseLong(
                    VoidDescription.stored(dsg)
                        .find(
                            NodeFactory.createURI(VoidDescription.NS + "dataset"),
                            NodeFactory.createURI("http://rdfs.org/ns/void#triples"),
                            Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm()));
    assertThat(sentence)
        .contains(String.format(java.util.Locale.ENGLISH, "%,d distinct triples", union))
        .contains(String.format(java.util.Locale.ENGLISH, "VoID counts %,d triples", voidTriples))
        .contains("without inferred and meta");
  }

  @Test
  void network_drawsTheTopNodes_filteredByProgramNationAndPeriod() throws Exception {
    Element all = page("network", 200).selectFirst("svg.network");
    assertThat(all.select("a").size()).isBetween(10, NetworkPage.TOP);
    Element five = page("network?top=5", 200).selectFirst("svg.network");
    assertThat(five.select("a").size()).isLessThanOrEqualTo(5);

    Document japan = page("network?nation=nation/JP", 200);
    Element svg = japan.selectFirst("svg.network");
    assertThat(svg.select("a").eachAttr("href"))
        .contains("/id/nation/JP")
        .noneMatch(h -> h.startsWith("/id/nation/") && !h.equals("/id/nation/JP"));
    assertThat(japan.select("select[name=nation] option[selected]").eachAttr("value"))
        .containsExactly("nation/JP");

    Element cspo = page("network?program=program/cspo", 200).selectFirst("svg.network");
    assertThat(cspo.select("a").eachAttr("href"))
        .contains("/id/program/cspo")
        .noneMatch(h -> h.startsWith("/id/program/") && !h.equals("/id/program/cspo"));

    assertThat(page("network?from=2023&to=2023", 200).select("svg.network")).isNotEmpty();
    Document later = page("network?from=2024", 200);
    assertThat(later.select("svg.network")).isEmpty();
    assertThat(later.select("p.empty")).isNotEmpty();
  }

  @Test
  void network_badParameters_are400AndSayWhatToDo() throws Exception {
    assertProblem("network?program=program/nothing", "Unknown program", "program/cspo");
    assertProblem("network?nation=XX", "Unknown nation 'XX'", "nation/JP");
    assertProblem("network?from=abc", "is 'abc', not a year");
    assertProblem("network?from=2024&to=2021", "backwards");
    assertProblem("network?top=0", "top 0 is out of range");
    assertProblem("network?top=5000", "top 5000 is out of range");
  }

  @Test
  void timeline_listsEventsInDateOrder_filteredByYearAndStatus() throws Exception {
    Document all = page("timeline", 200);
    List<String> dates = all.select("ol.timeline time").eachText();
    assertThat(dates).contains("2024", "2024-06", "2029").isSorted();
    assertThat(all.selectFirst("h1 .count").text()).isEqualTo(String.valueOf(dates.size()));
    Document y2024 = page("timeline?year=2024", 200);
    assertThat(y2024.select("ol.timeline time").eachText())
        .isNotEmpty()
        .allMatch(d -> d.startsWith("2024"));
    assertThat(y2024.select(".facet a").eachAttr("href")).contains("/timeline?year=2029");
    Document planned = page("timeline?status=planned", 200);
    assertThat(planned.select("ol.timeline li"))
        .isNotEmpty()
        .allMatch(li -> li.hasClass("planned"));
  }

  @Test
  void timeline_badParameters_are400AndSayWhatToDo() throws Exception {
    assertProblem("timeline?year=1999", "Unknown year '1999'", "2024");
    assertProblem("timeline?year=abc", "is 'abc', not a year");
    assertProblem("timeline?status=late", "Unknown status 'late'", "done, planned");
    assertProblem("timeline?of=program/nothing", "Unknown of");
    assertProblem("timeline?page=0", "no page 0");
    assertProblem(404, "timeline?page=2", "no page 2");
  }

  private static void assertProblem(String path, String... says) throws Exception {
    assertProblem(400, path, says);
  }

  private static void assertProblem(int status, String path, String... says) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    Document page = Jsoup.parse(r.body());
    assertThat(page.selectFirst("h1").text())
        .isEqualTo(status == 404 ? "Not found" : "Bad request");
    assertThat(page.selectFirst(".problem").text()).as(path).contains(says);
    assertThat(page.select("main a").eachAttr("href")).contains("/");
  }

  private static Document page(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    return Jsoup.parse(r.body(), base.toString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
