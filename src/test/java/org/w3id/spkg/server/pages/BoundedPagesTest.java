package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.store.EntityDescription;
import org.w3id.spkg.store.HomeSummary;
import org.w3id.spkg.store.HomeSummaryCounter;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.SPKG;

/**
 * The home page and an entity page on a store with more of everything than a page shows: each part
 * shows its bound, the true total, and a link to the full list.
 */
class BoundedPagesTest {

  private static final String ID = "https://w3id.org/spkg/id/";
  private static final int DOCUMENTS = HomeSummary.TOP_PER_KIND + 5;
  private static final int PROGRAMS = 70;
  private static final int NATIONS = 10;
  private static final int EVENTS = HomeSummary.LATEST_EVENTS + 5;
  private static final int MENTIONS = EntityDescription.LINKS_PER_PROPERTY + 50;
  private static final DatasetGraph DSG = DatasetGraphFactory.createTxnMem();
  private static final Node US = NodeFactory.createURI(ID + "nation/US");

  @BeforeAll
  static void load() {
    DSG.executeWrite(
        () -> {
          Node reference = NodeFactory.createURI(NamedGraphs.REFERENCE);
          add(reference, US, RDF.type.asNode(), SPKG.Nation.asNode());
          add(
              reference,
              US,
              RDFS.label.asNode(),
              NodeFactory.createLiteralLang("United States", "en"));
          for (int n = 0; n < NATIONS; n++) {
            Node nation = NodeFactory.createURI(ID + "nation/N" + n);
            add(reference, nation, RDF.type.asNode(), SPKG.Nation.asNode());
          }
          for (int i = 0; i < Math.max(DOCUMENTS, MENTIONS); i++) {
            Node g = NodeFactory.createURI(NamedGraphs.NS + "doc-" + i);
            Node doc = NodeFactory.createURI(ID + "document/doc-" + i);
            add(g, doc, SPKG.mentions.asNode(), US);
            if (i < DOCUMENTS) {
              Node initiative = NodeFactory.createURI(ID + "initiative/doc-" + i + "/one");
              add(g, doc, RDF.type.asNode(), SPKG.Document.asNode());
              add(g, initiative, RDF.type.asNode(), SPKG.Initiative.asNode());
              add(
                  g,
                  initiative,
                  RDFS.label.asNode(),
                  NodeFactory.createLiteralString("Initiative " + i));
            }
          }
          Node g = NodeFactory.createURI(NamedGraphs.NS + "programs");
          for (int i = 0; i < PROGRAMS; i++) {
            Node program = NodeFactory.createURI(ID + "program/p" + i);
            Node p = NodeFactory.createURI(ID + "participation/p" + i);
            add(g, program, RDF.type.asNode(), SPKG.Program.asNode());
            add(g, program, SPKG.qualifiedParticipation.asNode(), p);
            add(g, p, SPKG.agent.asNode(), NodeFactory.createURI(ID + "nation/N" + i % NATIONS));
            add(g, p, SPKG.role.asNode(), NodeFactory.createURI(ID + "role/member"));
          }
          for (int i = 0; i < EVENTS; i++) {
            Node event = NodeFactory.createURI(ID + "event/e" + i);
            add(g, event, RDF.type.asNode(), SPKG.Event.asNode());
            add(
                g,
                event,
                SPKG.date.asNode(),
                NodeFactory.createLiteralDT((1950 + i) + "", XSDDatatype.XSDgYear));
          }
        });
  }

  private static void add(Node g, Node s, Node p, Node o) {
    DSG.add(g, s, p, o);
  }

  private static Document home() {
    HomePage page = new HomePage(DSG);
    return Jsoup.parse(
        DSG.calculateRead(() -> page.render("/", HomeSummaryCounter.compute(DSG))), "/");
  }

  @Test
  void home_withMoreEntitiesThanShown_showsTheTopAndTheTrueCount() {
    Element initiatives = home().selectFirst("section.kind-initiative");
    assertThat(initiatives.selectFirst(".count").text()).isEqualTo(String.valueOf(DOCUMENTS));
    assertThat(initiatives.select("li")).hasSize(HomeSummary.TOP_PER_KIND);
    Element more = initiatives.selectFirst("p.more");
    assertThat(more.text()).contains("all " + DOCUMENTS + " in the query editor");
    String query =
        URLDecoder.decode(
            more.selectFirst("a").attr("href").replaceFirst("^/editor/\\?query=", ""),
            StandardCharsets.UTF_8);
    assertThat(query).contains("<" + SPKG.Initiative.getURI() + ">").doesNotContain("?class");
  }

  @Test
  void home_withFewerEntitiesThanTheBound_showsThemAllWithoutANote() {
    Element nations = home().selectFirst("section.kind-nation");
    assertThat(nations.select("li")).hasSize(1);
    assertThat(nations.select("a").eachAttr("href")).containsExactly("/id/nation/US");
    assertThat(nations.select("p.more")).isEmpty();
  }

  @Test
  void home_withABigNetwork_drawsTheMostConnectedAndSaysHowManyInAll() {
    Document page = home();
    List<String> nodes = page.select("svg.network a").eachAttr("href");
    int shown = HomeSummary.MAX_NODES / 2 + NATIONS;
    assertThat(nodes)
        .as("the most connected half of the programs, and the nations taking part in them")
        .hasSize(shown);
    for (int n = 0; n < NATIONS; n++) {
      assertThat(nodes).as("each nation takes part in 7 programs").contains("/id/nation/N" + n);
    }
    assertThat(page.selectFirst(".network-section .hint").text())
        .contains(
            "Showing the " + shown + " most connected of " + (PROGRAMS + NATIONS) + " nodes",
            PROGRAMS + " participations in all");
  }

  @Test
  void home_withALongTimeline_showsTheLatestInDateOrder() {
    Document page = home();
    List<String> dates = page.select("ol.timeline time").eachText();
    assertThat(dates).hasSize(HomeSummary.LATEST_EVENTS).isSorted();
    assertThat(dates.get(0)).isEqualTo(String.valueOf(1950 + EVENTS - HomeSummary.LATEST_EVENTS));
    assertThat(dates.get(dates.size() - 1)).isEqualTo(String.valueOf(1950 + EVENTS - 1));
    assertThat(page.selectFirst(".timeline-section p.more").text())
        .contains("The latest " + HomeSummary.LATEST_EVENTS + " of " + EVENTS + " dated events");
  }

  @Test
  void entity_namedByMoreDocumentsThanAPageHolds_isCutAndSaysSo() {
    EntityDescription.Description d =
        DSG.calculateRead(() -> EntityDescription.bounded(DSG, US.getURI()));
    assertThat(d.graph().find(Node.ANY, SPKG.mentions.asNode(), US).toList())
        .hasSize(EntityDescription.LINKS_PER_PROPERTY);
    assertThat(d.cutIncoming()).containsExactly(SPKG.mentions.asNode());
    assertThat(d.cutOutgoing()).isEmpty();

    String html =
        new EntityPage(DSG)
            .render(
                new EntityResource.HtmlRequest(
                    US.getURI(),
                    d.graph(),
                    PublicBase.W3ID,
                    "/",
                    d.cutIncoming(),
                    d.cutOutgoing(),
                    null));
    Element note = Jsoup.parse(html, "/").selectFirst("p.note");
    assertThat(note.text())
        .contains("United States has more links than one page shows")
        .contains("only the first " + EntityDescription.LINKS_PER_PROPERTY);
    String query =
        URLDecoder.decode(
            note.selectFirst("a").attr("href").replaceFirst("^/editor/\\?query=", ""),
            StandardCharsets.UTF_8);
    assertThat(query).contains("<" + US.getURI() + ">", "<" + SPKG.mentions.getURI() + ">");
  }

  @Test
  void entity_withFewLinks_isWhole() {
    Node nation = NodeFactory.createURI(ID + "nation/N0");
    EntityDescription.Description d =
        DSG.calculateRead(() -> EntityDescription.bounded(DSG, nation.getURI()));
    assertThat(d.cutIncoming()).isEmpty();
    assertThat(d.graph().find(Node.ANY, SPKG.agent.asNode(), nation).toList())
        .hasSize(PROGRAMS / NATIONS);
  }
}
