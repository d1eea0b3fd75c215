package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.ServedStore;
import org.w3id.spkg.server.http.PublicBase;

/** The search page over HTTP, on the seeded store with its full-text index. */
class SearchPageTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String GATEWAY = "https://w3id.org/spkg/id/program/gateway";

  private static ServedStore store;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    store = ServedStore.seeded("spkg-search-test");
    base =
        URI.create(
            ServedStore.base(
                store.start(SearchPage.PATH_SPEC, new SearchPage(store.dsg, PublicBase.W3ID))));
  }

  @AfterAll
  static void stop() {
    store.close();
  }

  @Test
  void search_givesOneResultPerEntity_bestFirst_withItsKindAndLocalLink() throws Exception {
    assertThat(rawSubjects("gateway"))
        .as("the index itself answers some subjects several times")
        .hasSizeGreaterThan(new HashSet<>(rawSubjects("gateway")).size());
    HttpResponse<String> r = get("search?q=gateway", "text/html");
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body(), base.toString());
    List<String> iris = page.select("li.result p.iri code").eachText();
    assertThat(iris).doesNotHaveDuplicates().first().isEqualTo(GATEWAY);
    Element first = page.selectFirst("li.result");
    assertThat(first.selectFirst("p.result-title a").attr("abs:href"))
        .isEqualTo(base + "id/program/gateway");
    assertThat(first.selectFirst(".kind").text()).isEqualTo("Space station");
    assertThat(first.selectFirst("p.result-title a").text()).containsIgnoringCase("gateway");

    JsonObject json = JSON.parse(get("search?q=gateway", "application/json").body());
    List<Double> scores = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonValue v : json.get("results").getAsArray()) {
      JsonObject o = v.getAsObject();
      scores.add(o.get("score").getAsNumber().value().doubleValue());
      assertThat(seen.add(o.get("iri").getAsString().value())).isTrue();
    }
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(json.get("total").getAsNumber().value().intValue()).isEqualTo(seen.size());
  }

  @Test
  void quoteHit_countsForItsDocument_withTheQuoteAsSnippet() throws Exception {
    Document page = html("search?q=" + enc("\"first space station to orbit the Moon\""));
    Element doc =
        page.select("li.result").stream()
            .filter(li -> li.selectFirst("p.iri code").text().contains("/id/document/"))
            .findFirst()
            .orElseThrow();
    assertThat(doc.selectFirst(".kind").text()).isEqualTo("Document");
    assertThat(doc.selectFirst("blockquote.snippet").text())
        .contains("first space station to orbit the Moon")
        .doesNotContain("](");
    assertThat(page.select("li.result p.iri code").eachText())
        .noneMatch(iri -> iri.contains("/id/evidence/"));
  }

  @Test
  void ontologyTerms_linkToTheirLocalDocumentation_withTheirOwlKind() throws Exception {
    Document page = html("search?q=nation");
    Element nation =
        page.select("li.result").stream()
            .filter(li -> li.selectFirst("p.iri code").text().endsWith("ontology#Nation"))
            .findFirst()
            .orElseThrow();
    assertThat(nation.selectFirst("p.result-title a").attr("abs:href"))
        .isEqualTo(base + "ontology#Nation");
    assertThat(nation.selectFirst(".kind").text()).isEqualTo("Class");
    assertThat(page.select(".kind").eachText()).contains("Object property");
  }

  @Test
  void manyResults_arePagedWithoutOverlap() throws Exception {
    Document one = html("search?q=a*");
    Document two = html("search?q=a*&page=2");
    List<String> first = one.select("li.result p.iri code").eachText();
    List<String> second = two.select("li.result p.iri code").eachText();
    assertThat(first).hasSize(SearchPage.PAGE_SIZE);
    assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    assertThat(two.selectFirst("ol.results").attr("start")).isEqualTo("21");
    assertThat(one.select("nav.pager a[rel=next]").attr("abs:href"))
        .isEqualTo(base + "search?q=a*&page=2");
    assertThat(two.select("nav.pager a[rel=prev]")).hasSize(1);
    assertThat(one.selectFirst("p.summary").text()).contains("1–20");
  }

  @Test
  void badInput_isA4xxPageThatSaysWhatToDo() throws Exception {
    for (String query :
        List.of(
            "q=" + enc("AND ("),
            "q=" + enc("\"lunar"),
            "q=" + "x".repeat(SearchPage.MAX_QUERY_LENGTH + 1),
            "q=gateway&page=0",
            "q=gateway&page=abc",
            "q=gateway&page=99999999999")) {
      HttpResponse<String> r = get("search?" + query, "text/html");
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      Document page = Jsoup.parse(r.body());
      assertThat(page.select("section.problem p")).as(query).hasSize(2);
      assertThat(page.select("form[role=search] input[name=q]")).isNotEmpty();
    }
    HttpResponse<String> json = get("search?q=" + enc("AND ("), "application/json");
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(JSON.parse(json.body()).get("error").getAsString().value()).contains("Cannot parse");
    HttpResponse<String> past = get("search?q=gateway&page=9", "text/html");
    assertThat(past.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(past.body()).selectFirst("section.problem").text())
        .contains("1 page", "no page 9");
  }

  @Test
  void emptyQuery_showsTheForm_andTheQueryIsEscaped() throws Exception {
    Document empty = html("search");
    assertThat(empty.select("main form[role=search] input#search-q")).hasSize(1);
    assertThat(empty.select("li.result, section.problem")).isEmpty();
    HttpResponse<String> r = get("search?q=" + enc("<b>gateway</b>"), "text/html");
    assertThat(r.body()).doesNotContain("<b>gateway</b>").contains("&lt;b&gt;gateway&lt;/b&gt;");
  }

  private static List<String> rawSubjects(String words) {
    String q = "SELECT ?s { ?s <http://jena.apache.org/text#query> \"" + words + "\" }";
    return Txn.calculateRead(
        store.dsg,
        () -> {
          List<String> out = new ArrayList<>();
          try (QueryExecution exec =
              QueryExecution.create(q, org.apache.jena.query.DatasetFactory.wrap(store.dsg))) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
              QuerySolution s = rs.next();
              out.add(s.getResource("s").getURI());
            }
          }
          return out;
        });
  }

  private static Document html(String path) throws Exception {
    HttpResponse<String> r = get(path, "text/html");
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), base.resolve(path).toString());
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
