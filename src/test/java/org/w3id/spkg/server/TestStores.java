package org.w3id.spkg.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
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
import org.w3id.spkg.vocab.SPKG;

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

  /** The local path on a server ({@code /id/document/…}) of the first document in {@code dsg}. */
  public static String firstDocumentPath(DatasetGraph dsg) {
    return dsg.calculateRead(
        () -> {
          Iterator<Quad> quads =
              dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), SPKG.Document.asNode());
          while (quads.hasNext()) {
            Node document = quads.next().getSubject();
            if (document.isURI()) {
              return URI.create(document.getURI()).getPath().replaceFirst("^/spkg", "");
            }
          }
          throw new IllegalStateException("the seed store has no document");
        });
  }

  private static void put(DatasetGraph dsg, String graph, Graph g) {
    Node name = NodeFactory.createURI(graph);
    g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
  }
}
