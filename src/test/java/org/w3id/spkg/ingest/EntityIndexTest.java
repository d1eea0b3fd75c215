package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

class EntityIndexTest {

  private static final OntologyFiles FILES = OntologyFiles.at(TestFiles.ONTOLOGY);
  private static final String LSRI = "https://w3id.org/spkg/id/program/lsri";

  private static Graph turtle(String text) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(
            "PREFIX spkg: <https://w3id.org/spkg/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + text,
            Lang.TURTLE)
        .parse(g);
    return g;
  }

  private static final Graph DOC_A =
      turtle(
          "<"
              + LSRI
              + "> a spkg:Program ; rdfs:label \"Lunar Surface Relay Initiative\" ;"
              + " spkg:acronym \"LSRI\" .");

  private static boolean finds(EntityIndex index, String text) {
    return new KnownEntities(index)
        .gazetteer().find(text).stream().anyMatch(m -> m.iri().equals(LSRI));
  }

  @Test
  void aDocumentsEntities_areFound_untilItsSourceIsRemoved() {
    EntityIndex index = EntityIndex.of(FILES);
    assertThat(finds(index, "The LSRI will fly.")).isFalse();
    index.put("doc/a", DOC_A);
    assertThat(finds(index, "The LSRI will fly.")).isTrue();
    assertThat(finds(index, "the Lunar Surface Relay Initiative")).isTrue();
    KnownEntities known = new KnownEntities(index);
    assertThat(known.isA(LSRI, SPKG.Program)).isTrue();
    assertThat(known.label(LSRI)).isEqualTo("Lunar Surface Relay Initiative");
    index.remove("doc/a");
    assertThat(finds(index, "The LSRI will fly.")).isFalse();
    assertThat(new KnownEntities(index).isKnown(LSRI)).isFalse();
    assertThat(index.has("doc/a")).isFalse();
  }

  @Test
  void twoSources_keepAnEntity_untilBothAreGone_andTheAnswerDoesNotDependOnOrder() {
    Graph other =
        turtle(
            "<"
                + LSRI
                + "> a spkg:Program ; rdfs:label \"A Lunar Relay\" ; spkg:acronym \"LSRI\" .");
    EntityIndex ab = EntityIndex.of(FILES);
    ab.put("doc/a", DOC_A);
    ab.put("doc/b", other);
    EntityIndex ba = EntityIndex.of(FILES);
    ba.put("doc/b", other);
    ba.put("doc/a", DOC_A);
    assertThat(new KnownEntities(ab).label(LSRI)).isEqualTo("A Lunar Relay");
    assertThat(new KnownEntities(ba).label(LSRI)).isEqualTo("A Lunar Relay");
    ab.remove("doc/b");
    assertThat(finds(ab, "The LSRI will fly.")).isTrue();
    assertThat(new KnownEntities(ab).label(LSRI)).isEqualTo("Lunar Surface Relay Initiative");
  }

  @Test
  void aViewWithoutASource_answersAsTheIndexWithThatSourceRemoved() {
    String nasa = "https://w3id.org/spkg/id/agency/nasa";
    String relay = "https://w3id.org/spkg/id/company/relay-works";
    Graph a =
        turtle(
            "<"
                + LSRI
                + "> a spkg:Program ; rdfs:label \"A Lunar Relay\" ; spkg:acronym \"LSRI\" ."
                + " <"
                + relay
                + "> a spkg:Company ; rdfs:label \"Relay Works\" ;"
                + " spkg:nation <https://w3id.org/spkg/id/nation/AA> ."
                + " <"
                + nasa
                + "> spkg:nation <https://w3id.org/spkg/id/nation/AA> .");
    Graph b =
        turtle(
            "<"
                + relay
                + "> a spkg:Organization ; rdfs:label \"Relay Works Group\" ;"
                + " spkg:nation <https://w3id.org/spkg/id/nation/JP> .");
    EntityIndex removed = EntityIndex.of(FILES);
    EntityIndex full = EntityIndex.of(FILES);
    for (EntityIndex index : List.of(removed, full)) {
      index.put("doc/a", DOC_A);
      index.put("doc/b", a);
      index.put("doc/c", b);
    }
    removed.remove("doc/b");
    EntityIndex view = full.without("doc/b");

    String text = "The LSRI, Relay Works Group and Relay Works joined NASA and a Lunar Relay.";
    assertThat(new KnownEntities(view).gazetteer().find(text))
        .isEqualTo(new KnownEntities(removed).gazetteer().find(text))
        .isNotEqualTo(new KnownEntities(full).gazetteer().find(text));
    for (String iri : List.of(LSRI, nasa, relay)) {
      assertThat(view.types(iri)).as(iri).isEqualTo(removed.types(iri));
      assertThat(view.isKnown(iri)).as(iri).isEqualTo(removed.isKnown(iri));
      assertThat(view.label(iri)).as(iri).isEqualTo(removed.label(iri));
      assertThat(view.nation(iri)).as(iri).isEqualTo(removed.nation(iri));
    }
    assertThat(view.label(LSRI)).isNotEqualTo(full.label(LSRI));
    assertThat(view.nation(nasa)).isNotEqualTo(full.nation(nasa));
    for (String nation : List.of("AA", "JP", "US")) {
      String n = "https://w3id.org/spkg/id/nation/" + nation;
      assertThat(view.inNation(n)).as(nation).containsExactlyElementsOf(removed.inNation(n));
    }
    assertThat(view.titles()).isEqualTo(removed.titles());
    assertThat(view.conceptKeywords()).isEqualTo(removed.conceptKeywords());
    assertThat(view.has("doc/b")).isFalse();
    assertThat(full.has("doc/b")).isTrue();
  }

  @Test
  void aView_isReadOnly() {
    EntityIndex view = EntityIndex.of(FILES).without("doc/a");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.put("doc/a", DOC_A))
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.remove("doc/a"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void declaringInADocument_staysLocalToIt() {
    EntityIndex index = EntityIndex.of(FILES);
    KnownEntities first = new KnownEntities(index);
    first.declare(LSRI, SPKG.Program.getURI(), "Lunar Surface Relay Initiative", null);
    assertThat(first.isA(LSRI, SPKG.Program)).isTrue();
    assertThat(new KnownEntities(index).isKnown(LSRI)).isFalse();
  }

  @Test
  void referenceAgenciesOfANation_areListed() {
    KnownEntities known = new KnownEntities(EntityIndex.of(FILES));
    assertThat(known.ofTypeInNation(SPKG.SpaceAgency, "https://w3id.org/spkg/id/nation/JP"))
        .contains("https://w3id.org/spkg/id/agency/jaxa");
  }
}
