package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;
import static org.w3id.spkg.store.StoreContent.document;
import static org.w3id.spkg.store.StoreContent.turtle;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.load.DocumentGraphs;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/** The VoID counts on TDB2 node ids give the same description as {@code void.rq}. */
class VoidDescriptionTest {

  private static final Path FACT_SHEETS = Path.of("src/test/resources/ingest/factsheets");

  private static final Node VOID_TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");
  private static final Node DATASET = NodeFactory.createURI(VoidDescription.NS + "dataset");

  /**
   * What the counts must get right: a triple and a type in two graphs, Wikidata links as IRIs and
   * as a literal, links elsewhere and to a blank node, a blank-node class, a literal class, a
   * subject outside spkg's entity space.
   */
  static final String ODD =
      """
      nation:NO a spkg:Nation ; <http://www.w3.org/2002/07/owl#sameAs>
          <http://www.wikidata.org/entity/Q20>, "http://www.wikidata.org/entity/Q20",
          <https://example.org/norway>, [] .
      agency:ksa a spkg:Agency, _:kind, "a literal class" ; spkg:nation nation:KE .
      <https://example.org/outside> a spkg:Nation ; rdfs:label "Outside"@en .
      _:someone a spkg:Agency ; rdfs:label "Someone"@en .
      """;

  static final String ODD_V2 =
      """
      nation:NO a spkg:Nation ; <http://www.w3.org/2002/07/owl#sameAs>
          <http://www.wikidata.org/entity/Q20> .
      """;

  private static final OntologyFiles FILES = OntologyFiles.at(TestFiles.ONTOLOGY);

  @TempDir Path dir;
  SpkgStore store;
  DocumentIngester ingester;

  @BeforeEach
  void open() {
    store = SpkgStore.open(dir.resolve("store"));
    ingester = DocumentIngester.create(FILES);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void emptyStore_countsAsVoidRqDoes() {
    DatasetGraph dsg = store.datasetGraph();
    Txn.executeRead(dsg, () -> assertSameAsQuery(dsg));
    assertThat(Txn.calculateRead(dsg, () -> triples(VoidDescription.compute(dsg)))).isZero();
  }

  @Test
  void seedStore_countsAsVoidRqDoes_andRefreshStoresThat() {
    store.replaceOntologyAndReference(FILES);
    store.replaceDocument(DocumentGraphs.of(ingester.extract(seed(), IngestOptions.defaults())));
    store.refreshDerived();

    DatasetGraph dsg = store.datasetGraph();
    Txn.executeRead(
        dsg,
        () -> {
          assertThat(TdbVoidCounter.count(dsg)).as("counted on node ids").isPresent();
          assertSameAsQuery(dsg);
          assertIsomorphic(VoidDescription.stored(dsg), VoidDescription.computeByQuery(dsg));
          assertThat(triples(VoidDescription.compute(dsg))).isGreaterThan(1000);
        });
  }

  @Test
  void severalDocuments_replacedAndRemoved_countAsVoidRqDoes() {
    store.replaceOntologyAndReference(FILES);
    store.replaceDocument(DocumentGraphs.of(ingester.extract(seed(), IngestOptions.defaults())));
    for (Path file : TestFiles.filesBelow(FACT_SHEETS, ".md")) {
      store.replaceDocument(DocumentGraphs.of(ingester.extract(file, IngestOptions.defaults())));
    }
    store.replaceDocument(document("odd", turtle(ODD)));
    store.replaceDocument(document("odd-too", turtle(ODD)));
    DatasetGraph dsg = store.datasetGraph();
    Txn.executeRead(dsg, () -> assertSameAsQuery(dsg));

    store.replaceDocument(document("odd", turtle(ODD_V2)));
    Txn.executeRead(dsg, () -> assertSameAsQuery(dsg));

    Txn.executeWrite(dsg, () -> dsg.removeGraph(NodeFactory.createURI(graphOf(seed()))));
    store.refreshDerived();
    Txn.executeRead(
        dsg,
        () -> {
          assertSameAsQuery(dsg);
          assertIsomorphic(VoidDescription.stored(dsg), VoidDescription.computeByQuery(dsg));
        });
  }

  @Test
  void insideAWriteTransaction_countsItsUncommittedWrites() {
    store.replaceOntologyAndReference(FILES);
    store.replaceDocument(DocumentGraphs.of(ingester.extract(seed(), IngestOptions.defaults())));
    DatasetGraph dsg = store.datasetGraph();
    long before = Txn.calculateRead(dsg, () -> triples(VoidDescription.compute(dsg)));
    dsg.begin(TxnType.WRITE);
    try {
      Node graph = NodeFactory.createURI(NamedGraphs.document("odd"));
      for (Triple t : turtle(ODD).find().toList()) {
        dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
      }
      assertSameAsQuery(dsg);
      assertThat(triples(VoidDescription.compute(dsg))).isGreaterThan(before);
    } finally {
      dsg.abort();
      dsg.end();
    }
    assertThat(Txn.calculateRead(dsg, () -> triples(VoidDescription.compute(dsg))))
        .isEqualTo(before);
  }

  @Test
  void datasetNotInTdb2_isCountedByVoidRq() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Graph odd = turtle(ODD);
    Node graph = NodeFactory.createURI(NamedGraphs.document("odd"));
    Txn.executeWrite(
        dsg,
        () ->
            odd.find()
                .forEachRemaining(
                    t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    Txn.executeRead(
        dsg,
        () -> {
          assertThat(TdbVoidCounter.count(dsg)).isEmpty();
          assertSameAsQuery(dsg);
          assertThat(triples(VoidDescription.compute(dsg))).isEqualTo(odd.size());
        });
  }

  private static void assertSameAsQuery(DatasetGraph dsg) {
    assertIsomorphic(VoidDescription.compute(dsg), VoidDescription.computeByQuery(dsg));
  }

  private static long triples(Graph description) {
    return Long.parseLong(
        description
            .find(DATASET, VOID_TRIPLES, Node.ANY)
            .next()
            .getObject()
            .getLiteralLexicalForm());
  }

  private static Path seed() {
    return TestFiles.CORPUS.resolve(
        "2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md");
  }

  private static String graphOf(Path file) {
    return NamedGraphs.document(DocumentIngester.keyOf(file));
  }
}
