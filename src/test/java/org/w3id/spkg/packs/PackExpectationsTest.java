package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.cli.SpkgCommand;
import org.w3id.spkg.store.SpkgStore;

/**
 * Every query of every pack, run with its defaults on a store ingested from {@code corpus/}, gives
 * the answer in its {@code .expected.csv} (one dynamic test per query file; a query without one
 * fails). A pack with a {@code stand-in.ttl} runs against it, served on loopback.
 */
class PackExpectationsTest {

  @TempDir static Path dir;

  private static final QueryPacks PACKS = QueryPacks.read(TestFiles.QUERIES);
  private static SpkgStore store;
  private static final Map<String, StandIn> STAND_INS = new HashMap<>();

  @BeforeAll
  static void ingestCorpus() {
    Path folder = dir.resolve("store");
    StringWriter err = new StringWriter();
    int code =
        SpkgCommand.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "ingest",
            "--store",
            folder.toString(),
            TestFiles.CORPUS.toString());
    assertThat(code).as(err.toString()).isZero();
    store = SpkgStore.openExisting(folder);
    for (Pack pack : PACKS.packs()) {
      pack.standIn().ifPresent(file -> STAND_INS.put(pack.name(), StandIn.start(file)));
    }
  }

  @AfterAll
  static void close() {
    STAND_INS.values().forEach(StandIn::close);
    if (store != null) {
      store.close();
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyPackQuery_givesItsExpectedAnswer_onTheCorpus() {
    return PACKS.packs().stream()
        .map(
            pack ->
                DynamicContainer.dynamicContainer(
                    pack.name(),
                    pack.queries().stream()
                        .map(q -> DynamicTest.dynamicTest(q.name(), () -> check(pack, q)))));
  }

  private static void check(Pack pack, PackQuery query) {
    PackRunner runner = new PackRunner(QueryTarget.dataset(store.datasetGraph(), "corpus"));
    StandIn standIn = STAND_INS.get(pack.name());
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
