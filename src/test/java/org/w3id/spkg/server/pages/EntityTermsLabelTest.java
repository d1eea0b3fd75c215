package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.vocab.SPKG;

/**
 * The name a page shows for an entity: an English one first, the preferred label before a label
 * before an acronym, and of several alike the least — the same whatever order the store returns
 * them in.
 */
class EntityTermsLabelTest {

  private static final Node E = NodeFactory.createURI("https://w3id.org/spkg/id/meeting/nspc-3");

  private static String labelOf(List<Triple> triples) {
    Graph g = GraphFactory.createDefaultGraph();
    triples.forEach(g::add);
    EntityTerms terms =
        new EntityTerms(
            g,
            new EntityResource.HtmlRequest(E.getURI(), g, PublicBase.W3ID, "http://localhost/"),
            HtmlTemplates.of(EntityPage.class, "entity-page/", "fragments.html"));
    return terms.label(E);
  }

  private static Triple name(org.apache.jena.rdf.model.Property p, String text, String lang) {
    return Triple.create(E, p.asNode(), NodeFactory.createLiteralLang(text, lang));
  }

  @Test
  void ofTwoLabels_theLeast_inEitherOrder() {
    Triple third = name(RDFS.label, "Third Meeting of the National Space Council", "en");
    Triple other = name(RDFS.label, "National Space Council Meeting", "en");

    assertThat(labelOf(List.of(third, other))).isEqualTo("National Space Council Meeting");
    assertThat(labelOf(List.of(other, third))).isEqualTo("National Space Council Meeting");
  }

  @Test
  void anEnglishName_beforeAPreferredLabelInAnotherLanguage_thenPreferredBeforeLabelAndAcronym() {
    Triple french = name(SKOS.prefLabel, "Conseil national de l'espace", "fr");
    Triple english = name(RDFS.label, "National Space Council", "en");
    Triple acronym = name(SPKG.acronym, "NSpC", "en");
    Triple preferred = name(SKOS.prefLabel, "The National Space Council", "en");

    assertThat(labelOf(List.of(french, acronym, english))).isEqualTo("National Space Council");
    assertThat(labelOf(List.of(acronym, english, preferred)))
        .isEqualTo("The National Space Council");
    assertThat(labelOf(List.of(acronym))).isEqualTo("NSpC");
    assertThat(labelOf(List.of())).isEqualTo("nspc-3");
  }
}
