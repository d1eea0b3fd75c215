package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;
import static org.w3id.spkg.store.StoreContent.document;
import static org.w3id.spkg.store.StoreContent.turtle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.spkg.InputException;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

class RdfExportTest {

  /** Blank nodes in lists and nested nodes, literals of every kind that the writers treat apart. */
  static final String ALPHA =
      """
      @prefix ex: <https://example.org/> .
      program:lrp a spkg:Partnership ; rdfs:label "Lunar Relay Partnership"@en , "Relais lunaire"@fr ;
          spkg:acronym "LRP" ; spkg:participant nation:NO , nation:BR ;
          rdfs:comment "A \\"quoted\\" word,\\na second line, Zürich, 東京 and a tab\\t." .
      evidence:alpha-1 a spkg:Evidence ; spkg:quote "Norway and Brazil will join" ;
          oa:hasSelector [ a oa:TextPositionSelector ; oa:start 10 ; oa:end 37 ] ,
                         [ a oa:TextQuoteSelector ; oa:exact "join" ; oa:prefix "will " ] .
      program:relay spkg:plannedFor "2026"^^xsd:gYear ; ex:amount 900000000.50 ;
          ex:share "0.5"^^xsd:double ; ex:count 33 ; ex:confirmed true ;
          ex:members ( nation:NO nation:BR nation:JP ) .
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(RdfExport.Format.class)
  void export_isReadBackByJena_asTheSameContent(RdfExport.Format format) {
    try (SpkgStore store = filledStore("store", true)) {
      String written = export(store, format);
      DatasetGraph content = StoreContent.of(store);
      Lang lang = jenaLang(format);
      if (format.keepsGraphs()) {
        assertIsomorphic(RDFParser.fromString(written, lang).toDatasetGraph(), content);
      } else {
        Graph union = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertIsomorphic(RDFParser.fromString(written, lang).toGraph(), union);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RdfExport.Format.class)
  void export_ofTheSameContent_isTheSameBytes_whateverTheStoredBlankNodeLabels(
      RdfExport.Format format) {
    String first;
    String second;
    try (SpkgStore store = filledStore("first", false)) {
      first = withoutTimes(export(store, format));
    }
    try (SpkgStore store = filledStore("second", false)) {
      second = withoutTimes(export(store, format));
    }
    assertThat(second).isEqualTo(first);
    assertThat(first).endsWith("\n");
  }

  @Test
  void blankNodes_areLabelledB0B1InOrder_andPrefixesAreOurs() {
    try (SpkgStore store = filledStore("store", false)) {
      String nquads = export(store, RdfExport.Format.nquads);
      Matcher blank = Pattern.compile("_:(\\S+)").matcher(nquads);
      assertThat(blank.find()).isTrue();
      assertThat(blank.group(1)).isEqualTo("b0");
      while (blank.find()) {
        assertThat(blank.group(1)).matches("b[0-9]+");
      }
      assertThat(nquads).contains("_:b4 ").doesNotContain("_:b5 ");

      String trig = export(store, RdfExport.Format.trig);
      assertThat(trig)
          .contains("@prefix spkg: <https://w3id.org/spkg/ontology#> .")
          .contains("@prefix prov: <http://www.w3.org/ns/prov#> .")
          .contains("@prefix schema: <https://schema.org/> .")
          .contains("spkg:Partnership");
    }
  }

  @Test
  void exportGraph_writesThatGraphOnly() {
    try (SpkgStore store = filledStore("store", false)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.exportGraph(NamedGraphs.document("beta"), RdfExport.Format.turtle, out);
      Graph read =
          RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
      assertIsomorphic(read, turtle(SpkgStoreTest.BETA));
    }
  }

  @Test
  void exportGraph_unknownGraph_failsListingTheGraphsThereAre() {
    try (SpkgStore store = filledStore("store", false)) {
      String unknown = NamedGraphs.NS + "nope";
      assertThatThrownBy(
              () -> store.exportGraph(unknown, RdfExport.Format.trig, new ByteArrayOutputStream()))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(unknown + ": no such graph in the store at ")
          .hasMessageContaining(NamedGraphs.document("alpha") + ", " + NamedGraphs.document("beta"))
          .hasMessageContaining(NamedGraphs.META)
          .hasMessageContaining("leave --graph out");
    }
  }

  private SpkgStore filledStore(String name, boolean withOntology) {
    SpkgStore store = SpkgStore.open(dir.resolve(name));
    if (withOntology) {
      store.replaceOntologyAndReference(OntologyFiles.at(TestFiles.ONTOLOGY));
    }
    store.replaceDocument(document("alpha", turtle(ALPHA)));
    store.replaceDocument(document("beta", turtle(SpkgStoreTest.BETA)));
    return store;
  }

  private static String export(SpkgStore store, RdfExport.Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The activities' times made equal, so that runs can be compared. */
  private static String withoutTimes(String written) {
    return written.replaceAll(
        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[0-9.]+Z", "2024-01-01T00:00:00Z");
  }

  private static Lang jenaLang(RdfExport.Format format) {
    return switch (format) {
      case trig -> Lang.TRIG;
      case nquads -> Lang.NQUADS;
      case turtle -> Lang.TURTLE;
      case jsonld -> Lang.JSONLD;
      case rdfxml -> Lang.RDFXML;
      case ntriples -> Lang.NTRIPLES;
    };
  }
}
