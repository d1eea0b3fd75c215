package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.pages.EntityPage;
import org.w3id.spkg.server.pages.EntityResource;
import org.w3id.spkg.vocab.SPKG;

/**
 * Entity pages of the seed store show what their data holds (issue #16 items 1 and 3): quotes as
 * text on every page, headings in the ontology's words, nothing twice, counts that match the cards,
 * the uses of a role a page at a time, and a nation's partners.
 */
class EntityPageContentTest {

  private static ServedStore served;
  private static DatasetGraph dsg;
  private static String base;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    served = ServedStore.seeded("spkg-entity-page-content-test");
    dsg = served.dsg;
    // More participations with the role lead than one page shows (the seed has fewer).
    dsg.executeWrite(
        () -> {
          Node g = NodeFactory.createURI("https://w3id.org/spkg/graph/test");
          Node lead = NodeFactory.createURI("https://w3id.org/spkg/id/role/lead");
          Node agent = NodeFactory.createURI("https://w3id.org/spkg/id/nation/JP");
          for (int i = 0; i < 30; i++) {
            Node thing = NodeFactory.createURI("https://w3id.org/spkg/id/program/test-" + i);
            Node p = NodeFactory.createURI("https://w3id.org/spkg/id/participation/test/" + i);
            dsg.add(g, thing, RDFS.label.asNode(), NodeFactory.createLiteralString("Test " + i));
            dsg.add(g, thing, SPKG.qualifiedParticipation.asNode(), p);
            dsg.add(g, p, SPKG.agent.asNode(), agent);
            dsg.add(g, p, SPKG.role.asNode(), lead);
          }
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

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html")
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), base + path);
  }

  /** The path of the first node whose {@code spkg:quote} holds a Markdown link. */
  private static String evidenceWithALink() {
    return dsg.calculateRead(
        () -> {
          for (Triple t :
              dsg.getUnionGraph().find(Node.ANY, SPKG.quote.asNode(), Node.ANY).toList()) {
            if (t.getObject().getLiteralLexicalForm().contains("](http")
                && t.getSubject().getURI().contains("/id/evidence/")) {
              return t.getSubject().getURI().substring("https://w3id.org/spkg/".length());
            }
          }
          throw new AssertionError("the seed store has no quote with a Markdown link");
        });
  }

  @Test
  void evidencePage_showsItsQuoteAsText_inItsDetails() throws Exception {
    Document doc = page(evidenceWithALink());

    assertThat(doc.body().text()).doesNotContain("](", "**");
    assertThat(doc.select("table.details td a[rel~=external]")).isNotEmpty();
  }

  @Test
  void rulePage_showsItsCommentWithoutMarkdownMarks() throws Exception {
    Document doc = page("id/rule/item-subject");

    assertThat(doc.select(".summary").text()).isNotEmpty().doesNotContain("**");
  }

  @Test
  void headings_areTheOntologysLabels_notLocalNames() throws Exception {
    for (String path : List.of("id/agency/nasa", "id/nation/JP", "id/role/lead")) {
      Document doc = page(path);
      List<String> headings = new ArrayList<>(doc.select("h3").eachText());
      headings.addAll(doc.select("table.details th").eachText());
      assertThat(headings)
          .as(path)
          .noneMatch(h -> h.matches(".*\\b[A-Z]?[a-z]+[A-Z][a-zA-Z]*\\b.*"));
    }
    assertThat(page("id/agency/nasa").select("h3").eachText())
        .anyMatch(h -> h.startsWith("Suborganization of"));
    assertThat(page("id/role/lead").select("h3").eachText())
        .anyMatch(h -> h.startsWith("In scheme"))
        .anyMatch(h -> h.startsWith("Top concept of"));
  }

  @Test
  void nasa_listsEachInitiativeOnce_andEachQuoteOnce() throws Exception {
    Document doc = page("id/agency/nasa");

    Set<String> inParticipations =
        new HashSet<>(doc.select("#participations .claim > a").eachAttr("href"));
    assertThat(inParticipations).isNotEmpty();
    assertThat(doc.select("#incoming .claim > a, #outgoing .claim > a").eachAttr("href"))
        .doesNotContainAnyElementsOf(inParticipations);
    List<String> quotes = doc.select("blockquote.evidence p").eachText();
    assertThat(quotes).doesNotHaveDuplicates();
    assertThat(doc.select("p.evidence-again a"))
        .allMatch(a -> doc.selectFirst(a.attr("href")) != null);
    assertThat(doc.select("h3").eachText()).noneMatch(h -> h.startsWith("Was attributed to"));
  }

  @Test
  void counts_matchTheCardsUnderThem() throws Exception {
    for (String path : List.of("id/agency/nasa", "id/nation/JP", "id/program/cspo")) {
      Document doc = page(path);
      for (Element h : doc.select("h3:has(span.count)")) {
        Element list = h.nextElementSibling();
        assertThat(list).as(path + " " + h.text()).isNotNull();
        assertThat(h.selectFirst("span.count").text())
            .as(path + ": " + h.text())
            .isEqualTo(String.valueOf(list.select("> li").size()));
      }
    }
  }

  @Test
  void rolePage_listsItsParticipations_aPageAtATime() throws Exception {
    Document first = page("id/role/lead");

    Elements rows = first.select("#uses table.uses tbody tr");
    assertThat(rows).hasSizeBetween(1, 25);
    assertThat(first.select("#uses td a[href*=/id/document/]")).isNotEmpty();
    Element next = first.selectFirst("#uses nav.pager a[rel=next]");
    assertThat(next).isNotNull();
    Document second = page("id/role/lead" + next.attr("href"));
    assertThat(second.select("#uses table.uses tbody tr")).isNotEmpty();
    assertThat(second.selectFirst("#uses nav.pager a[rel=prev]")).isNotNull();
    assertThat(second.select("#uses tbody tr").eachText())
        .doesNotContainAnyElementsOf(rows.eachText());
  }

  @Test
  void rolePage_badPage_is400_andAPagePastTheEnd_is404() throws Exception {
    for (String bad : List.of("x", "0", "-1", "1.5", "99999999999")) {
      HttpResponse<String> r = get("id/role/lead?page=" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(r.body()).contains("page");
    }
    HttpResponse<String> past = get("id/role/lead?page=999");
    assertThat(past.statusCode()).isEqualTo(404);
    assertThat(past.body()).contains("no page 999", "page=1 to page=");
    // An spkg page in the site's frame, with a way back to the list's first page.
    Document page = Jsoup.parse(past.body());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
    assertThat(page.select("form[role=search]")).isNotEmpty();
    assertThat(page.select("main a, body a").eachAttr("href")).contains("/id/role/lead");
  }

  @Test
  void nationPage_showsItsPartners_mostSharedFirst_withYears() throws Exception {
    Document doc = page("id/nation/JP");

    Elements rows = doc.select("#partners table.partners tbody tr");
    assertThat(rows).isNotEmpty();
    List<Integer> counts = rows.stream().map(r -> Integer.valueOf(r.child(1).text())).toList();
    assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
    assertThat(rows.get(0).child(2).text()).matches("\\d{4}.*");
    assertThat(rows.eachText()).noneMatch(t -> t.startsWith("Japan "));
  }

  @Test
  void rulePage_listsTheEvidenceItRead_withTheDocument() throws Exception {
    Document doc = page("id/rule/relevance-gate");

    assertThat(doc.select("#uses table.uses tbody tr")).isNotEmpty();
    assertThat(doc.select("#uses td a[href*=/id/document/]")).isNotEmpty();
  }
}
