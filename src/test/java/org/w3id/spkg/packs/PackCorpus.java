package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.load.DocumentLoader;
import org.w3id.spkg.load.LoadReport;
import org.w3id.spkg.store.SpkgStore;

/**
 * The store the pack tests run on: {@code corpus/} ingested as {@code spkg ingest} does, and each
 * pack's stand-in endpoint started.
 */
final class PackCorpus implements AutoCloseable {

  private final SpkgStore store;
  private final Map<String, StandIn> standIns = new HashMap<>();

  private PackCorpus(SpkgStore store) {
    this.store = store;
  }

  /**
   * Ingests {@code corpus/} into a store under {@code dir} and starts the stand-ins of {@code
   * packs}.
   */
  static PackCorpus ingest(Path dir, QueryPacks packs) {
    Path folder = dir.resolve("store");
    LoadReport report =
        DocumentLoader.builder().store(folder).build().load(List.of(TestFiles.CORPUS));
    assertThat(report.complete()).as(report.tally().summary("ingested", 0)).isTrue();
    PackCorpus corpus = new PackCorpus(SpkgStore.openExisting(folder));
    for (Pack pack : packs.packs()) {
      pack.standIn().ifPresent(file -> corpus.standIns.put(pack.name(), StandIn.start(file)));
    }
    return corpus;
  }

  /** What a test checks of one pack query. */
  @FunctionalInterface
  interface QueryCheck {
    void check(Pack pack, PackQuery query) throws Throwable;
  }

  /** One dynamic test per query of {@code packs}, in a container per pack. */
  static Stream<DynamicContainer> perQuery(QueryPacks packs, QueryCheck check) {
    return packs.packs().stream()
        .map(
            pack ->
                DynamicContainer.dynamicContainer(
                    pack.name(),
                    pack.queries().stream()
                        .map(q -> DynamicTest.dynamicTest(q.name(), () -> check.check(pack, q)))));
  }

  SpkgStore store() {
    return store;
  }

  /** The stand-in endpoint of the pack named {@code pack}, if it has one. */
  Optional<StandIn> standIn(String pack) {
    return Optional.ofNullable(standIns.get(pack));
  }

  @Override
  public void close() {
    standIns.values().forEach(StandIn::close);
    store.close();
  }
}
