package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.pages.EntityPage;
import org.w3id.spkg.server.pages.EntityResource.HtmlRequest;
import org.w3id.spkg.vocab.SPKG;

/**
 * Text from the store reaches an entity page escaped once: never as markup, never as {@code
 * &amp;amp;}.
 */
class EntityPageEscapingTest {

  private static final String LABEL = "R&D <script>alert('label')</script> \"Agency\"";
  private static final String QUOTE = "Tom & Jerry signed <script>alert(2)</script> the accord.";

  @Test
  void labelAndQuote_withScriptAndAmpersand_areShownAsText() {
    Node entity = NodeFactory.createURI("https://w3id.org/spkg/id/agency/hostile");
    Node evidence = NodeFactory.createURI("https://w3id.org/spkg/id/evidence/hostile/1");
    Node document = NodeFactory.createURI("https://w3id.org/spkg/id/document/hostile");
    Graph g = GraphFactory.createDefaultGraph();
    g.add(entity, RDF.type.asNode(), SPKG.Agency.asNode());
    g.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(LABEL));
    g.add(entity, SPKG.evidence.asNode(), evidence);
    g.add(evidence, SPKG.quote.asNode(), NodeFactory.createLiteralString(QUOTE));
    g.add(evidence, OA.hasSource.asNode(), document);
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node name = NodeFactory.createURI("https://w3id.org/spkg/graph/hostile");
    dsg.executeWrite(
        () ->
            g.find()
                .forEachRemaining(
                    t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));

    String html =
        new EntityPage(dsg).render(new HtmlRequest(entity.getURI(), g, PublicBase.W3ID, "/"));

    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("&amp;amp;", "&amp;lt;")
        .contains("R&amp;D &lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt; &quot;Agency&quot;")
        .contains("Tom &amp; Jerry signed &lt;script&gt;alert(2)&lt;/script&gt; the accord.");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("h1").text()).isEqualTo(LABEL);
    assertThat(doc.title()).isEqualTo(LABEL + " · spkg");
    assertThat(doc.select("blockquote.evidence").text()).contains(QUOTE);
  }
}
