package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.pages.EntityPage;
import org.w3id.spkg.server.pages.EntityResource.HtmlRequest;
import org.w3id.spkg.vocab.SPKG;

/**
 * Evidence quotes are Markdown sentences; entity and document pages show them as text with their
 * links (issue #16 item 1), never with {@code [text](url)} or {@code **} marks.
 */
class EntityPageQuoteTest {

  private static final String ID = "https://w3id.org/spkg/id/";
  private static final String QUOTE =
      "The **Artemis Accords** were signed by [NASA](https://www.nasa.gov/artemis) and *ESA*.";
  private static final String SHOWN = "The Artemis Accords were signed by NASA and ESA.";

  private final Node entity = NodeFactory.createURI(ID + "agency/nasa");
  private final Node document = NodeFactory.createURI(ID + "document/accords");
  private final Graph g = graph();

  private Graph graph() {
    Node evidence = NodeFactory.createURI(ID + "evidence/accords/0-86.r");
    Node selector = NodeFactory.createURI(ID + "passage/accords/0-86.position");
    Graph graph = GraphFactory.createDefaultGraph();
    graph.add(entity, RDF.type.asNode(), SPKG.Agency.asNode());
    graph.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString("NASA"));
    graph.add(entity, SPKG.evidence.asNode(), evidence);
    graph.add(document, RDF.type.asNode(), SPKG.Document.asNode());
    graph.add(document, RDFS.label.asNode(), NodeFactory.createLiteralString("The Accords"));
    graph.add(evidence, SPKG.quote.asNode(), NodeFactory.createLiteralString(QUOTE));
    graph.add(evidence, SPKG.text.asNode(), NodeFactory.createLiteralString(SHOWN));
    graph.add(evidence, OA.hasSource.asNode(), document);
    graph.add(evidence, OA.hasSelector.asNode(), selector);
    int length = QUOTE.codePointCount(0, QUOTE.length());
    graph.add(selector, OA.start.asNode(), NodeFactory.createLiteralDT("0", XSDDatatype.XSDint));
    graph.add(
        selector,
        OA.end.asNode(),
        NodeFactory.createLiteralDT(String.valueOf(length), XSDDatatype.XSDint));
    return graph;
  }

  private Document page(Node node) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node name = NodeFactory.createURI("https://w3id.org/spkg/graph/accords");
    dsg.executeWrite(
        () ->
            g.find()
                .forEachRemaining(
                    t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
    return Jsoup.parse(
        new EntityPage(dsg).render(new HtmlRequest(node.getURI(), g, PublicBase.W3ID, "/")));
  }

  @Test
  void entityPage_showsTheQuoteAsTextWithItsLink() {
    Document doc = page(entity);

    Element quote = doc.selectFirst("blockquote.evidence p");
    assertThat(quote).isNotNull();
    assertThat(quote.text()).isEqualTo(SHOWN);
    assertThat(quote.select("a").attr("href")).isEqualTo("https://www.nasa.gov/artemis");
    assertThat(quote.select("a").text()).isEqualTo("NASA");
    assertThat(quote.select("strong").text()).isEqualTo("Artemis Accords");
    assertThat(quote.select("em").text()).isEqualTo("ESA");
    assertThat(doc.body().text()).doesNotContain("](", "**", "[NASA");
  }

  @Test
  void documentPage_showsThePassageAsTextWithItsLink() {
    Document doc = page(document);

    Element mark = doc.selectFirst("mark#o0");
    assertThat(mark).isNotNull();
    assertThat(mark.text()).isEqualTo(SHOWN);
    assertThat(mark.select("a").attr("href")).isEqualTo("https://www.nasa.gov/artemis");
    assertThat(doc.body().text()).doesNotContain("](", "**", "[NASA");
  }
}
