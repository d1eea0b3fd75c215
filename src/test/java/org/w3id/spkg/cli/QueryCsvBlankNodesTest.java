package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.SpkgStore;

/**
 * {@code spkg query --format csv} writes a blank node as {@code _:label}, as SPARQL 1.1 CSV has.
 */
class QueryCsvBlankNodesTest {

  @TempDir Path dir;

  @Test
  void csv_writesABlankNodeAsUnderscoreColonLabel() {
    Path store = dir.resolve("store");
    SpkgStore.open(store).close();

    CommandRun run =
        CommandRun.of(
            "query",
            "--store",
            store.toString(),
            "--format",
            "csv",
            "SELECT ?b ?n WHERE { BIND (BNODE() AS ?b) BIND (1 AS ?n) }");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().split("\r\n")).hasSize(2);
    assertThat(run.out().split("\r\n")[1]).matches("_:[A-Za-z0-9]+,1");
  }
}
