package org.w3id.spkg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * An ingest run hands on a document's first pass as its second when the first read no sentence
 * ({@link ExtractedDocument#readSentences}: an off-topic document, or one without a sentence),
 * because then nothing in it depends on what the other documents define. Checked on the real
 * briefings beside this checkout ({@code ../shared/corpus-real} and {@code
 * ../shared/archive-sample}): each is extracted alone, and again knowing every entity the others
 * define; where the first read no sentence, the two graphs are the same.
 */
class FirstPassReuseTest {

  @Test
  void aDocumentThatReadNoSentence_isExtractedTheSameKnowingTheOthers() throws IOException {
    List<Path> files = TestFiles.markdownBelow(TestFiles.REAL_BRIEFINGS);
    assumeTrue(!files.isEmpty(), "no ../shared/corpus-real or archive-sample beside this checkout");
    DocumentIngester alone = DocumentIngester.create(OntologyFiles.at(TestFiles.ONTOLOGY));
    IngestOptions options = IngestOptions.defaults();
    List<ExtractedDocument> first = new ArrayList<>();
    Graph known = GraphFactory.createDefaultGraph();
    for (Path file : files) {
      ExtractedDocument doc = alone.extract(file, options);
      first.add(doc);
      EntitiesByDocument.entitiesOf(doc).find().forEach(known::add);
    }
    DocumentIngester knowing = alone.withKnownEntities(known);

    int readNone = 0;
    int changedByOthers = 0;
    for (int i = 0; i < files.size(); i++) {
      ExtractedDocument before = first.get(i);
      ExtractedDocument after = knowing.extract(files.get(i), options);
      if (!before.readSentences()) {
        assertThat(after.readSentences()).as(files.get(i).toString()).isFalse();
        assertThat(after.graph().isIsomorphicWith(before.graph()))
            .as("%s read no sentence, yet knowing the others changed it", files.get(i))
            .isTrue();
        assertThat(after.warnings()).isEqualTo(before.warnings());
        readNone++;
      } else if (!after.graph().isIsomorphicWith(before.graph())) {
        changedByOthers++;
      }
    }
    // Not vacuous: both kinds are there, and knowing the others does change documents it reads.
    assertThat(readNone).isPositive();
    assertThat(changedByOthers).isPositive();
  }
}
