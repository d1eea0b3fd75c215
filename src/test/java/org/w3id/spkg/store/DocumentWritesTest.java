package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;
import static org.w3id.spkg.store.StoreContent.document;
import static org.w3id.spkg.store.StoreContent.turtle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.load.DocumentGraphs;
import org.w3id.spkg.server.TestStores;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The bulk write of a batch ({@link DocumentWrites}, {@link BulkQuads}): the same store as writing
 * one quad at a time through the text dataset, search in step, all or nothing.
 */
class DocumentWritesTest {

  private static final String SPKG_ACTOR = "https://w3id.org/spkg/ontology#Actor";
  private static final Instant STARTED = Instant.parse("2024-03-14T10:00:00Z");

  @TempDir Path dir;
  SpkgStore bulk;
  SpkgStore oneByOne;

  @BeforeEach
  void open() {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    bulk = SpkgStore.open(dir.resolve("bulk"));
    oneByOne = SpkgStore.open(dir.resolve("one-by-one"));
    bulk.replaceOntologyAndReference(files);
    oneByOne.replaceOntologyAndReference(files);
  }

  @AfterEach
  void close() {
    bulk.close();
    oneByOne.close();
  }

  @Test
  void bulkWrite_givesTheStoreOfOneDocumentPerTransaction_newReplacedAndRepeatedInOneBatch() {
    DocumentGraph seed =
        DocumentGraphs.of(
            DocumentIngester.create(OntologyFiles.at(TestFiles.ONTOLOGY))
                .extract(TestStores.SEED, IngestOptions.defaults()));
    List<List<DocumentGraph>> batches =
        List.of(
            List.of(seed, document("alpha", turtle(SpkgStoreTest.ALPHA_V1))),
            // alpha twice in one batch: the later one wins, as written one after the other.
            List.of(
                document("alpha", turtle(SpkgStoreTest.ALPHA_V1)),
                document("beta", turtle(SpkgStoreTest.BETA)),
                document("alpha", turtle(SpkgStoreTest.ALPHA_V2))),
            List.of(seed));
    for (List<DocumentGraph> batch : batches) {
      bulk.replaceDocuments(batch.stream().map(d -> new PendingDocument(d, STARTED)).toList());
      batch.forEach(doc -> writeOneQuadAtATime(oneByOne, doc));
    }

    var written = StoreContent.withoutTimes(StoreContent.of(bulk));
    assertIsomorphic(written, StoreContent.withoutTimes(StoreContent.of(oneByOne)));
    assertThat(StoreContent.graph(written, NamedGraphs.INFERRED).size()).isPositive();
    assertIsomorphic(
        StoreContent.graph(written, NamedGraphs.document("alpha")), turtle(SpkgStoreTest.ALPHA_V2));
  }

  @Test
  void anEntailmentOfANewSubject_thatAnotherDocumentOfTheBatchStates_isNotInferred() {
    // agency:fresh is new to the store: its entailments are looked up in the batch, not the store.
    DocumentGraph agency = document("gamma", turtle("agency:fresh a spkg:Agency ."));
    DocumentGraph organization =
        document(
            "delta",
            turtle(
                "agency:fresh a <http://www.w3.org/ns/org#FormalOrganization> ."
                    + " agency:other a spkg:SpaceAgency ."));
    bulk.replaceDocuments(
        List.of(new PendingDocument(agency, STARTED), new PendingDocument(organization, STARTED)));
    writeOneQuadAtATime(oneByOne, agency);
    writeOneQuadAtATime(oneByOne, organization);

    var written = StoreContent.withoutTimes(StoreContent.of(bulk));
    assertIsomorphic(written, StoreContent.withoutTimes(StoreContent.of(oneByOne)));
    Graph inferred = StoreContent.graph(written, NamedGraphs.INFERRED);
    var fresh = NodeFactory.createURI("https://w3id.org/spkg/id/agency/fresh");
    var type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    assertThat(inferred.contains(fresh, type, NodeFactory.createURI(SPKG_ACTOR))).isTrue();
    assertThat(
            inferred.contains(
                fresh, type, NodeFactory.createURI("http://www.w3.org/ns/org#FormalOrganization")))
        .as("stated by the other document of the batch")
        .isFalse();
    // And again in a later batch, where the subject is no longer new: the store is looked up.
    DocumentGraph again =
        document("epsilon", turtle("agency:fresh a spkg:Agency . agency:other a spkg:Agency ."));
    bulk.replaceDocuments(List.of(new PendingDocument(again, STARTED)));
    writeOneQuadAtATime(oneByOne, again);
    assertIsomorphic(
        StoreContent.withoutTimes(StoreContent.of(bulk)),
        StoreContent.withoutTimes(StoreContent.of(oneByOne)));
  }

  @Test
  void bulkWrite_isFoundByTextSearch_asWritesOneQuadAtATimeAre() {
    for (String version : List.of(SpkgStoreTest.ALPHA_V1, SpkgStoreTest.ALPHA_V2)) {
      bulk.replaceDocument(document("alpha", turtle(version)), STARTED);
      writeOneQuadAtATime(oneByOne, document("alpha", turtle(version)));
      assertThat(search(bulk, "Lunar")).contains("https://w3id.org/spkg/id/program/lrp");
    }
    bulk.replaceDocument(document("beta", turtle(SpkgStoreTest.BETA)), STARTED);
    writeOneQuadAtATime(oneByOne, document("beta", turtle(SpkgStoreTest.BETA)));
    assertThat(search(bulk, "Kenya")).containsExactly("https://w3id.org/spkg/id/agency/ksa");
    // The text index has no uid field (fuseki-config/spkg.ttl), so Lucene cannot delete an entry:
    // what a replaced version said stays findable, on either path alike.
    for (String words : List.of("Lunar", "Norway", "Kenya", "KSA")) {
      assertThat(search(bulk, words)).as(words).isEqualTo(search(oneByOne, words));
    }
  }

  @Test
  void aBatchFailingAfterItsIndexesAreWritten_leavesTheStoreAndTheTextIndexAsBefore() {
    bulk.replaceDocument(document("alpha", turtle(SpkgStoreTest.ALPHA_V1)), STARTED);
    var before = StoreContent.of(bulk);
    // A label on a literal: TDB2 stores the quad, the text index refuses it (its subject is no
    // IRI), after every quad of the batch is in TDB2's indexes and Kenya's label in Lucene's.
    Graph broken = turtle(SpkgStoreTest.ALPHA_V2);
    broken.add(
        Triple.create(
            NodeFactory.createLiteralString("not a subject"),
            RDFS.label.asNode(),
            NodeFactory.createLiteralString("Ghost station")));
    List<PendingDocument> batch =
        List.of(
            new PendingDocument(document("beta", turtle(SpkgStoreTest.BETA)), STARTED),
            new PendingDocument(document("alpha", broken), STARTED));

    assertThatThrownBy(() -> bulk.replaceDocuments(batch)).isInstanceOf(RuntimeException.class);

    assertIsomorphic(StoreContent.of(bulk), before);
    assertThat(search(bulk, "Kenya")).isEmpty();
    assertThat(search(bulk, "Ghost")).isEmpty();
    assertThat(search(bulk, "Norway")).containsExactly("https://w3id.org/spkg/id/evidence/alpha-1");
    // And the store takes the next batch.
    bulk.replaceDocument(document("beta", turtle(SpkgStoreTest.BETA)), STARTED);
    assertThat(search(bulk, "Kenya")).containsExactly("https://w3id.org/spkg/id/agency/ksa");
  }

  /** The subjects the text index finds for {@code words} in the document graphs alpha and beta. */
  private static List<String> search(SpkgStore store, String words) {
    DatasetGraphText text = (DatasetGraphText) store.datasetGraph();
    List<String> subjects = new ArrayList<>();
    for (String key : List.of("alpha", "beta")) {
      Txn.executeRead(
          text,
          () ->
              text.search(words, null, NamedGraphs.document(key), null, -1)
                  .forEachRemaining((TextHit hit) -> subjects.add(hit.getNode().getURI())));
    }
    return subjects;
  }

  /**
   * How a document was written before the bulk path, one transaction per document (as {@code
   * --batch 1}): each quad through the text dataset.
   */
  private static void writeOneQuadAtATime(SpkgStore store, DocumentGraph doc) {
    var dataset = store.datasetGraph();
    Txn.executeWrite(
        dataset,
        () -> {
          List<Triple> removed = new ArrayList<>();
          dataset
              .getGraph(NodeFactory.createURI(doc.graphIri()))
              .find()
              .forEachRemaining(removed::add);
          List<Triple> added = GraphWrites.replace(dataset, doc.graphIri(), doc.graph());
          IngestActivity activity =
              IngestActivity.of(doc, SoftwareVersion.current(), STARTED, Instant.now());
          GraphWrites.replaceSubject(dataset, NamedGraphs.META, activity.iri(), activity.triples());
          Entailments.update(dataset, removed, added);
        });
  }
}
