package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;
import static org.w3id.spkg.store.StoreContent.document;
import static org.w3id.spkg.store.StoreContent.turtle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.load.DocumentGraphs;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

class SpkgStoreTest {

  static final String ALPHA_V1 =
      """
      program:lrp a spkg:Partnership ; rdfs:label "Lunar Relay Partnership"@en ;
          spkg:acronym "LRP" ; spkg:participant nation:NO .
      evidence:alpha-1 a spkg:Evidence ; spkg:quote "Norway will join" ;
          oa:hasSelector [ a oa:TextPositionSelector ; oa:start 10 ; oa:end 26 ] .
      """;

  static final String ALPHA_V2 =
      """
      program:lrp a spkg:Partnership ; rdfs:label "Lunar Relay Partnership"@en .
      """;

  static final String BETA =
      """
      agency:ksa a spkg:Agency ; rdfs:label "Kenya Space Agency"@en ; spkg:acronym "KSA" ;
          spkg:nation nation:KE .
      """;

  @TempDir Path dir;
  SpkgStore store;

  @BeforeEach
  void open() {
    store = SpkgStore.open(dir.resolve("store"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void replaceDocument_writesTheGraphAndTheIngestActivity() {
    DocumentGraph alpha = document("alpha", turtle(ALPHA_V1));
    Instant started = Instant.parse("2024-03-14T10:00:00Z");
    store.replaceDocument(alpha, started);

    DatasetGraph content = StoreContent.of(store);
    assertIsomorphic(StoreContent.graph(content, NamedGraphs.document("alpha")), alpha.graph());
    Graph meta = StoreContent.graph(content, NamedGraphs.META);
    Node activity = NodeFactory.createURI("https://w3id.org/spkg/id/ingest/alpha");
    assertThat(meta.find(activity, Node.ANY, Node.ANY).toList()).hasSize(6);
    assertThat(object(meta, activity, "http://www.w3.org/ns/prov#used").getURI())
        .isEqualTo(alpha.documentIri());
    assertThat(
            object(meta, activity, "https://w3id.org/spkg/ontology#sha256").getLiteralLexicalForm())
        .isEqualTo(alpha.sha256());
    assertThat(
            object(meta, activity, "https://w3id.org/spkg/ontology#softwareVersion")
                .getLiteralLexicalForm())
        .matches("\\d+\\.\\d+\\.\\d+.*");
    Node start = object(meta, activity, "http://www.w3.org/ns/prov#startedAtTime");
    assertThat(Instant.parse(start.getLiteralLexicalForm())).isEqualTo(started);
    assertThat(start.getLiteralDatatypeURI())
        .isEqualTo("http://www.w3.org/2001/XMLSchema#dateTime");
    Node end = object(meta, activity, "http://www.w3.org/ns/prov#endedAtTime");
    assertThat(Instant.parse(end.getLiteralLexicalForm())).isAfter(started);
  }

  @Test
  void replaceDocument_again_replacesTheGraphAndTheActivityWhole() {
    store.replaceDocument(document("alpha", turtle(ALPHA_V1)));
    store.replaceDocument(document("beta", turtle(BETA)));
    DocumentGraph v2 = document("alpha", turtle(ALPHA_V2));
    store.replaceDocument(v2);

    DatasetGraph content = StoreContent.of(store);
    assertIsomorphic(StoreContent.graph(content, NamedGraphs.document("alpha")), v2.graph());
    assertIsomorphic(StoreContent.graph(content, NamedGraphs.document("beta")), turtle(BETA));
    assertThat(StoreContent.graph(content, NamedGraphs.META).size()).isEqualTo(12);
  }

  @Test
  void replaceDocument_twice_givesTheSameStoreAsOnce_apartFromTimes() {
    store.replaceDocument(document("beta", turtle(BETA)));
    store.replaceDocument(document("alpha", turtle(ALPHA_V1)));
    DatasetGraph once = StoreContent.withoutTimes(StoreContent.of(store));

    store.replaceDocument(document("alpha", turtle(ALPHA_V1)));
    DatasetGraph twice = StoreContent.withoutTimes(StoreContent.of(store));

    assertIsomorphic(twice, once);
  }

  @Test
  void replaceDocument_failingHalfway_keepsThePreviousState() {
    store.replaceDocument(document("alpha", turtle(ALPHA_V1)));
    store.replaceDocument(document("beta", turtle(BETA)));
    DatasetGraph before = StoreContent.of(store);

    FailingGraph failing = new FailingGraph(turtle(ALPHA_V2 + BETA), 3);
    assertThatThrownBy(() -> store.replaceDocument(document("alpha", failing)))
        .hasMessageContaining("failed on purpose");

    assertThat(failing.delivered.get()).as("triples written before the failure").isEqualTo(3);
    assertIsomorphic(StoreContent.of(store), before);
    store.replaceDocument(document("gamma", turtle(BETA)));
    assertThat(store.graphNames()).contains(NamedGraphs.document("gamma"));
  }

  @Test
  void replaceDocument_keyNamingAReservedGraph_isRefused_andChangesNothing() {
    store.replaceDocument(document("alpha", turtle(ALPHA_V1)));
    DatasetGraph before = StoreContent.of(store);

    assertThatThrownBy(() -> store.replaceDocument(document("meta", turtle(BETA))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("meta.md")
        .hasMessageContaining("rename the file");
    assertIsomorphic(StoreContent.of(store), before);
  }

  @Test
  void replaceOntologyAndReference_loadsBothGraphs_wholly() {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    store.replaceOntologyAndReference(files);
    DatasetGraph data = store.datasetGraph();
    Node ontology = NodeFactory.createURI(NamedGraphs.ONTOLOGY);
    Node stray = NodeFactory.createURI("https://example.org/stray");
    Txn.executeWrite(data, () -> data.add(ontology, stray, stray, stray));

    store.replaceOntologyAndReference(files);

    DatasetGraph content = StoreContent.of(store);
    assertIsomorphic(
        StoreContent.graph(content, NamedGraphs.ONTOLOGY), files.ontology().getGraph());
    assertIsomorphic(
        StoreContent.graph(content, NamedGraphs.REFERENCE), files.reference().getGraph());
    // The inferred graph follows new axioms and reference data at once.
    assertThat(store.graphNames())
        .containsExactly(NamedGraphs.INFERRED, NamedGraphs.ONTOLOGY, NamedGraphs.REFERENCE);
  }

  @Test
  void knownEntities_holdNamesAndTypesOfNamedEntitiesInDocumentGraphsOnly() {
    store.replaceDocument(
        document(
            "alpha",
            turtle(
                """
                program:lrp a spkg:Partnership ; rdfs:label "Lunar Relay Partnership"@en ;
                    skos:altLabel "the relay partnership"@en ; spkg:acronym "LRP" ;
                    spkg:participant nation:NO .
                evidence:alpha-1 a spkg:Evidence ; spkg:quote "Norway will join" .
                [] a spkg:Section ; rdfs:label "an unnamed section" .
                """)));
    DatasetGraph data = store.datasetGraph();
    Node reference = NodeFactory.createURI(NamedGraphs.REFERENCE);
    Node japan = NodeFactory.createURI("https://w3id.org/spkg/id/nation/JP");
    Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    Txn.executeWrite(
        data, () -> data.add(reference, japan, label, NodeFactory.createLiteralString("Japan")));

    assertIsomorphic(
        store.knownEntities(),
        turtle(
            """
            program:lrp a spkg:Partnership ; rdfs:label "Lunar Relay Partnership"@en ;
                skos:altLabel "the relay partnership"@en ; spkg:acronym "LRP" .
            """));
  }

  @Test
  void knownEntitiesOfADocument_areWhatTheStoreKnowsOnceItIsStored() {
    DocumentGraph beta = document("beta", turtle(BETA));
    Graph before = SpkgStore.knownEntities(beta);
    store.replaceDocument(beta);

    assertThat(before.size()).isEqualTo(3);
    assertIsomorphic(store.knownEntities(), before);
  }

  @Test
  void knownEntitiesOfExtractedDocuments_areWhatTheStoreQueryFindsOnceTheyAreStored()
      throws Exception {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    DocumentIngester ingester = DocumentIngester.create(files);
    List<Path> sheets;
    try (var list = Files.list(Path.of("src/test/resources/ingest/factsheets"))) {
      sheets = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(sheets).isNotEmpty();
    for (Path sheet : sheets) {
      DocumentGraph doc = DocumentGraphs.of(ingester.extract(sheet, IngestOptions.defaults()));
      Graph direct = SpkgStore.knownEntities(doc);
      store.replaceDocument(doc);

      assertThat(direct.size()).as(sheet.toString()).isPositive();
      assertIsomorphic(store.knownEntitiesByGraph().get(doc.graphIri()), direct);
    }
  }

  @Test
  void close_releasesTheFolder_andOpeningItTwiceInOneProcessFails() {
    Path folder = dir.resolve("store");
    assertThatThrownBy(() -> SpkgStore.open(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("open in this process already");
    store.replaceDocument(document("beta", turtle(BETA)));
    store.close();

    store = SpkgStore.openExisting(folder);
    assertThat(store.graphNames()).contains(NamedGraphs.document("beta"));
  }

  @Test
  void openExisting_missingFolder_failsAndCreatesNothing() {
    Path missing = dir.resolve("nothing-here");
    assertThatThrownBy(() -> SpkgStore.openExisting(missing))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no store at " + missing + "; run 'spkg ingest' first");
    assertThat(missing).doesNotExist();
  }

  @Test
  void openExisting_folderWithoutDatabase_fails() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> SpkgStore.openExisting(empty))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no store at " + empty);
    assertThat(empty).isEmptyDirectory();
  }

  @Test
  void open_aFile_fails() throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
    assertThatThrownBy(() -> SpkgStore.open(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a file, not a store folder");
  }

  @Test
  void defaultFolder_isDataUnderSpkgHome_elseDataHere() {
    String saved = System.getProperty("spkg.home");
    try {
      System.setProperty("spkg.home", "/opt/spkg");
      assertThat(SpkgStore.defaultFolder()).isEqualTo(Path.of("/opt/spkg/data"));
      System.clearProperty("spkg.home");
      assertThat(SpkgStore.defaultFolder()).isEqualTo(Path.of("data"));
    } finally {
      if (saved == null) {
        System.clearProperty("spkg.home");
      } else {
        System.setProperty("spkg.home", saved);
      }
    }
  }

  private static Node object(Graph graph, Node subject, String predicate) {
    List<Triple> found = graph.find(subject, NodeFactory.createURI(predicate), Node.ANY).toList();
    assertThat(found).as(predicate).hasSize(1);
    return found.get(0).getObject();
  }

  /** A graph whose iterator throws after {@code failAfter} triples, as a crash mid-write would. */
  static final class FailingGraph extends GraphBase {
    final Graph content;
    final int failAfter;
    final AtomicInteger delivered = new AtomicInteger();

    FailingGraph(Graph content, int failAfter) {
      this.content = content;
      this.failAfter = failAfter;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
      Iterator<Triple> all = content.find(pattern).toList().iterator();
      return WrappedIterator.create(
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return all.hasNext();
            }

            @Override
            public Triple next() {
              if (!all.hasNext()) {
                throw new NoSuchElementException();
              }
              if (delivered.get() == failAfter) {
                throw new IllegalStateException("failed on purpose after " + failAfter);
              }
              delivered.incrementAndGet();
              return all.next();
            }
          });
    }
  }
}
