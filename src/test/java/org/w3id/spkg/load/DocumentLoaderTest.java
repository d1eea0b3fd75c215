package org.w3id.spkg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreContent;

class DocumentLoaderTest {

  static final Path CORPUS = Path.of("src/test/resources/ingest/corpus");
  static final Path ALPHA = CORPUS.resolve("alpha.md");
  static final Path BETA = CORPUS.resolve("beta.md");

  @TempDir Path dir;

  @Test
  void load_ofTheTestCorpus_ingestsEveryDocument_andSeesThemAsReplacedTheSecondTime() {
    Path store = dir.resolve("store");
    LoadReport first = DocumentLoader.builder().store(store).build().load(List.of(CORPUS));
    LoadReport again = DocumentLoader.builder().store(store).build().load(List.of(CORPUS));

    assertThat(first.complete()).isTrue();
    assertThat(first.tally().documents()).isEqualTo(3);
    assertThat(first.tally().summary("in", 0)).contains("(3 new, 0 replaced, 0 refused;");
    assertThat(again.tally().summary("in", 0)).contains("(0 new, 3 replaced, 0 refused;");
  }

  @Test
  void failedBatchWrite_namesItsDocuments_andLeavesTheStoreAsItWas() {
    Path store = dir.resolve("store");
    assertThat(DocumentLoader.builder().store(store).build().load(List.of(CORPUS)).complete())
        .isTrue();
    DatasetGraph before = contentOf(store);

    LoadReport report =
        DocumentLoader.builder()
            .store(store)
            .batch(2)
            .writes(FailingWrites.whenWriting("beta"))
            .build()
            .load(List.of(CORPUS));

    assertThat(report.writeFailure()).isPresent();
    BatchWriteException failure = report.writeFailure().orElseThrow();
    assertThat(BatchWriteException.reason(failure.getCause()))
        .isEqualTo("java.lang.IllegalStateException: failed on purpose");
    assertThat(failure.failedBatch().stream().map(q -> q.doc().source()))
        .containsExactly(ALPHA, BETA);
    assertThat(failure.notWritten().stream().map(q -> q.doc().source().toString()))
        .hasSize(3)
        .contains(ALPHA.toString(), BETA.toString())
        .anyMatch(s -> s.endsWith("gamma.md"));
    assertThat(report.complete()).isFalse();
    assertThat(report.tally().summary("ingested", 0))
        .startsWith("0 documents ingested")
        .contains("(0 new, 0 replaced, 3 refused;");
    assertIsomorphic(contentOf(store), before);
  }

  @Test
  void aNewStoreStartedEarly_isDeletedWhenNoDocumentReachesIt_andAnEmptyFolderIsKept()
      throws IOException {
    Path bad = Files.createDirectory(dir.resolve("bad"));
    for (String name : List.of("one.md", "two.md")) {
      Files.write(bad.resolve(name), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
    }
    Path missing = dir.resolve("store");
    Path empty = Files.createDirectory(dir.resolve("empty"));

    LoadReport none = DocumentLoader.builder().store(missing).build().load(List.of(bad));
    LoadReport alsoNone = DocumentLoader.builder().store(empty).build().load(List.of(bad));

    assertThat(none.tally().summary("in", 0)).contains("(0 new, 0 replaced, 2 refused;");
    assertThat(alsoNone.tally().summary("in", 0)).contains("(0 new, 0 replaced, 2 refused;");
    assertThat(missing).doesNotExist();
    assertThat(empty).isEmptyDirectory();
    // The same folder takes a run that writes, started early as well.
    assertThat(DocumentLoader.builder().store(empty).build().load(List.of(CORPUS)).complete())
        .isTrue();
    assertThat(contentOf(empty).listGraphNodes()).toIterable().hasSizeGreaterThan(3);
  }

  private static DatasetGraph contentOf(Path store) {
    try (SpkgStore opened = SpkgStore.openExisting(store)) {
      return StoreContent.of(opened);
    }
  }
}
