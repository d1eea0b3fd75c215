package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;

/**
 * Every query of every pack, run with its defaults on a store ingested from {@code corpus/}, gives
 * the answer in its {@code .expected.csv} (one dynamic test per query file; a query without one
 * fails). A pack with a {@code stand-in.ttl} runs against it, served on loopback.
 */
class PackExpectationsTest {

  @TempDir static Path dir;

  private static final QueryPacks PACKS = QueryPacks.read(TestFiles.QUERIES);
  private static PackCorpus corpus;

  @BeforeAll
  static void ingestCorpus() {
    corpus = PackCorpus.ingest(dir, PACKS);
  }

  @AfterAll
  static void close() {
    if (corpus != null) {
      corpus.close();
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyPackQuery_givesItsExpectedAnswer_onTheCorpus() {
    return PackCorpus.perQuery(PACKS, PackExpectationsTest::check);
  }

  private static void check(Pack pack, PackQuery query) {
    PackRunner runner =
        new PackRunner(QueryTarget.dataset(corpus.store().datasetGraph(), "corpus"));
    StandIn standIn = corpus.standIn(pack.name()).orElse(null);
    PackTester tester = new PackTester(runner, standIn == null ? Map.of() : standIn.parameters());
    PackTester.Outcome outcome = tester.test(query);
    assertThat(outcome.differences())
        .as("%s: differences from %s", query.id(), query.expectedFile().getFileName())
        .isEmpty();
  }

  @Test
  void everyRqFile_isAPackQuery_andEveryPackHasAReadmeListingItsQueries() throws Exception {
    List<Path> files = TestFiles.filesBelow(TestFiles.QUERIES, ".rq");
    assertThat(PACKS.packs().stream().mapToLong(p -> p.queries().size()).sum())
        .isEqualTo(files.size());
    for (Pack pack : PACKS.packs()) {
      Path readme = pack.folder().resolve("README.md");
      assertThat(readme).as("%s has a README.md", pack.name()).isRegularFile();
      String text = Files.readString(readme);
      assertThat(pack.title()).as("%s README heading", pack.name()).isNotBlank();
      for (PackQuery q : pack.queries()) {
        assertThat(text).as("%s README lists %s", pack.name(), q.name()).contains(q.name());
      }
    }
  }

  @Test
  void everyExpectedFile_belongsToAQuery() {
    List<Path> expected = TestFiles.filesBelow(TestFiles.QUERIES, ".expected.csv");
    List<Path> owned =
        PACKS.packs().stream()
            .flatMap(p -> p.queries().stream())
            .map(PackQuery::expectedFile)
            .toList();
    assertThat(expected).allSatisfy(f -> assertThat(owned).contains(f));
  }
}
