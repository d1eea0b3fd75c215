package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.pages.EntityPage;
import org.w3id.spkg.server.pages.EntityResource;
import org.w3id.spkg.vocab.SPKG;

/** Entity pages over real HTTP, parsed with jsoup: content, escaping, evidence and links. */
class EntityPageTest {

  private static final String SEED_KEY =
      "2023-12-20-fact-sheet-strengthening-us-international-space-partnerships";
  private static final String HOSTILE = "https://w3id.org/spkg/id/nation/JP";
  private static final String SCRIPT = "<script>alert(1)</script>";

  private static ServedStore served;
  private static DatasetGraph dsg;
  private static String base;
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final Map<String, Integer> statusCache = new TreeMap<>();

  @BeforeAll
  static void start() throws IOException {
    served = ServedStore.seeded("spkg-entity-page-test");
    dsg = served.dsg;
    dsg.executeWrite(
        () -> {
          var g = NodeFactory.createURI("https://w3id.org/spkg/graph/test");
          var hostile = NodeFactory.createURI("https://w3id.org/spkg/id/test/hostile");
          dsg.add(g, hostile, RDFS.label.asNode(), NodeFactory.createLiteralString(SCRIPT));
          dsg.add(g, hostile, RDF.type.asNode(), SPKG.Initiative.asNode());
          dsg.add(g, hostile, SPKG.concerns.asNode(), NodeFactory.createURI(HOSTILE));
        });
    base =
        ServedStore.base(
            served.start(
                EntityResource.PATH_SPEC,
                new EntityResource(dsg, PublicBase.W3ID, new EntityPage(dsg))));
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> r = get(base + path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    String dir = System.getProperty("spkg.pages.out");
    if (dir != null) {
      Path out = Path.of(dir, path.replace('/', '_') + ".html");
      Files.createDirectories(out.getParent());
      Files.writeString(out, r.body(), StandardCharsets.UTF_8);
    }
    return Jsoup.parse(r.body(), base + path);
  }

  /** Every link to this server on the page answers 200 (fragments ignored; the editor excluded). */
  private static void assertInternalLinksAnswer(Document doc) throws Exception {
    for (Element a : doc.select("a[href]")) {
      String url = a.absUrl("href").replaceFirst("#.*$", "");
      if (!url.startsWith(base) || url.equals(base) || url.startsWith(base + "?")) {
        continue;
      }
      if (url.startsWith(base + "ontology")
          || url.startsWith(base + EntityPage.EDITOR_PATH)
          || url.startsWith(base + "api/")) {
        continue; // served by OntologyResource, EditorPage, PacksApi: not mounted in this test
      }
      Integer status = statusCache.get(url);
      if (status == null) {
        status = get(url).statusCode();
        statusCache.put(url, status);
      }
      assertThat(status).as("link %s (%s) on %s", url, a.text(), doc.location()).isEqualTo(200);
    }
  }

  @Test
  void japan_showsTitleCspoMembershipEvidenceAndWikidata() throws Exception {
    Document doc = page("id/nation/JP");

    assertThat(doc.selectFirst("h1").text()).startsWith("Japan");
    assertThat(doc.select("a[href$=/id/program/cspo]")).isNotEmpty();
    assertThat(doc.select("blockquote.evidence").eachText()).anyMatch(q -> q.contains("Japan"));
    assertThat(doc.select("blockquote.evidence").eachText())
        .as("quotes in their plain-text form: no Markdown marks")
        .noneMatch(q -> q.contains("**") || q.contains("\\"));
    assertThat(doc.select("blockquote.evidence a[href*=/id/document/" + SEED_KEY + "#o]"))
        .isNotEmpty();
    assertThat(doc.select("a[href^=http://www.wikidata.org/entity/]")).isNotEmpty();
    assertThat(doc.select(".kicker a[href*=ontology#Nation]")).isNotEmpty();
    assertInternalLinksAnswer(doc);
  }

  @Test
  void queryLink_opensTheEditorWithADescribe() throws Exception {
    Document doc = page("id/nation/JP");

    String href = doc.selectFirst("a.button").attr("href");
    assertThat(href).startsWith(base + EntityPage.EDITOR_PATH + "?query=");
    assertThat(URLDecoder.decode(href.substring(href.indexOf('=') + 1), StandardCharsets.UTF_8))
        .isEqualTo("DESCRIBE <https://w3id.org/spkg/id/nation/JP>");
  }

  @Test
  void cspo_listsItsMembers() throws Exception {
    Document doc = page("id/program/cspo");

    assertThat(doc.select("#participants a[href$=/id/nation/JP]")).isNotEmpty();
    assertThat(doc.select("#participants h3").eachText()).anyMatch(h -> h.startsWith("Members"));
    assertInternalLinksAnswer(doc);
  }

  @Test
  void artemisAccords_chartsTheOneTotalTheSeedStates_asAPointWithItsNumber() throws Exception {
    Document doc = page("id/program/artemis-accords");

    Element chart = doc.getElementById("signatories-over-time");
    assertThat(chart).as("the chart of signatories over time").isNotNull();
    assertThat(chart.select("g.point circle")).hasSize(1);
    assertThat(chart.select("g.point text.value").eachText()).containsExactly("33");
    assertThat(chart.select("polyline")).isEmpty();
    assertThat(chart.selectFirst("svg > title").text())
        .isEqualTo("Signatories of Artemis Accords over time");
    assertThat(chart.selectFirst("svg > desc").text())
        .isEqualTo("One total stated: 33 on 2023-12-20.");
    assertThat(chart.select("table.totals a[href*=/id/document/" + SEED_KEY + "#o]")).hasSize(1);
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    assertInternalLinksAnswer(doc);
  }

  @Test
  void japan_statesNoTotal_andHasNoChart() throws Exception {
    Document doc = page("id/nation/JP");

    assertThat(doc.getElementById("signatories-over-time")).isNull();
    assertThat(doc.select("svg")).isEmpty();
  }

  @Test
  void nasa_showsWhatItLeadsWithEvidence() throws Exception {
    Document doc = page("id/agency/nasa");

    assertThat(doc.selectFirst("h1").text()).contains("NASA");
    assertThat(doc.select("li.fact blockquote.evidence")).isNotEmpty();
    assertInternalLinksAnswer(doc);
  }

  @Test
  void initiative_showsLeadAndEvidence() throws Exception {
    Document nasa = page("id/agency/nasa");
    String initiative =
        nasa.select("a[href*=/id/initiative/]").stream()
            .map(a -> a.attr("href"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("NASA's page links no initiative"));

    Document doc = page(initiative.substring(base.length()));

    assertThat(doc.select(".kicker").text()).contains("Initiative");
    assertThat(doc.select("a[href$=/id/agency/nasa]")).isNotEmpty();
    assertThat(doc.select("blockquote.evidence")).isNotEmpty();
    assertInternalLinksAnswer(doc);
  }

  @Test
  void documentPage_marksThePassagesFactsRestOn() throws Exception {
    Document doc = page("id/document/" + SEED_KEY);

    assertThat(doc.selectFirst("h1").text()).contains("Strengthening");
    assertThat(doc.select("mark[id^=o]")).hasSizeGreaterThan(20);
    assertThat(doc.select("mark[title]").eachAttr("title")).anyMatch(t -> t.contains("Japan"));
    assertThat(doc.select("#passages .note").text()).contains("passages of the document");
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    assertInternalLinksAnswer(doc);
  }

  @Test
  void documentPage_showsTheRelevanceDecision_ofTheDocumentItsSectionsAndStatements()
      throws Exception {
    Document doc = page("id/document/" + SEED_KEY);

    assertThat(doc.select("#passages p.relevance").first().text())
        .startsWith("Relevance: about space (score ")
        .containsPattern("\\d+ of its \\d+ statements are about space");
    assertThat(doc.select("section.doc-section p.relevance").eachText())
        .anyMatch(t -> t.startsWith("about space (score "));
    assertThat(doc.select(".passage .rests").eachText())
        .anyMatch(t -> t.contains("statement about space (score "));
  }

  @Test
  void evidenceLinks_pointAtAMarkOnTheDocumentPage() throws Exception {
    Document japan = page("id/nation/JP");
    Document docPage = page("id/document/" + SEED_KEY);

    // The citation's link; links inside a quote are the source's own (issue #16 item 1).
    for (Element a : japan.select("blockquote.evidence cite a")) {
      String fragment = a.attr("href").replaceFirst("^[^#]*#", "");
      assertThat(docPage.getElementById(fragment)).as(a.attr("href")).isNotNull();
    }
  }

  @Test
  void hostileLabel_isShownAsText() throws Exception {
    Document hostile = page("id/test/hostile");
    Document japan = page("id/nation/JP");

    for (Document doc : List.of(hostile, japan)) {
      assertThat(doc.select("script")).isEmpty();
      assertThat(doc.text()).contains(SCRIPT);
    }
    assertThat(hostile.selectFirst("h1").text()).isEqualTo(SCRIPT);
  }
}
