package org.w3id.spkg.server;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.store.Entailments;
import org.w3id.spkg.store.HomeSummaryCounter;
import org.w3id.spkg.store.StoreConfig;
import org.w3id.spkg.store.VoidDescription;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/** Stores for server tests: the ontology, the reference data and the seed, written as spkg does. */
public final class TestStores {

  public static final Path SEED =
      TestFiles.CORPUS.resolve(
          "2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md");

  private TestStores() {}

  /** A store in {@code folder} holding the seed, with entailments, VoID and the home summary. */
  public static void seeded(Path folder) {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    ExtractedDocument seed = DocumentIngester.create(files).extract(SEED, IngestOptions.defaults());
    DatasetGraph dsg = StoreConfig.bundled().in(folder).assembleDataset();
    try {
      dsg.executeWrite(
          () -> {
            put(dsg, NamedGraphs.ONTOLOGY, files.ontology().getGraph());
            put(dsg, NamedGraphs.REFERENCE, files.reference().getGraph());
            put(dsg, seed.graphIri(), seed.graph());
            Entailments.refresh(dsg);
            VoidDescription.refresh(dsg);
            HomeSummaryCounter.refresh(dsg);
          });
    } finally {
      dsg.close();
    }
  }

  private static void put(DatasetGraph dsg, String graph, Graph g) {
    Node name = NodeFactory.createURI(graph);
    g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
  }
}
