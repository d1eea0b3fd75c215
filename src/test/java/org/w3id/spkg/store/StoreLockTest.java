package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.store.StoreContent.assertIsomorphic;
import static org.w3id.spkg.store.StoreContent.document;
import static org.w3id.spkg.store.StoreContent.turtle;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void open_whileAnotherProcessHoldsTheFolder_failsNamingFolderAndProcess_andChangesNothing()
      throws Exception {
    Path folder = dir.resolve("store");
    DatasetGraph before;
    try (SpkgStore store = SpkgStore.open(folder)) {
      store.replaceDocument(document("beta", turtle(SpkgStoreTest.BETA)));
      before = StoreContent.of(store);
    }

    try (StoreHolder holder = StoreHolder.start(folder, dir.resolve("holder.log"))) {
      String pid = Long.toString(holder.pid());
      assertThatThrownBy(() -> SpkgStore.open(folder))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageStartingWith(folder.toString())
          .hasMessageContaining("in use by process " + pid)
          .hasMessageContaining("no running `spkg serve` answers for it")
          .hasMessageContaining("stop the process " + pid + " (kill " + pid)
          .hasMessageContaining("or use --store with another folder")
          .satisfies(
              e -> assertThat(((StoreLockedException) e).processId()).isEqualTo(holder.pid()));
      assertThatThrownBy(() -> SpkgStore.openExisting(folder))
          .isInstanceOf(StoreLockedException.class);
    }

    try (SpkgStore store = SpkgStore.openExisting(folder)) {
      assertIsomorphic(StoreContent.of(store), before);
    }
  }
}
