package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.load.remote.ScriptedStore;
import org.w3id.spkg.load.remote.ScriptedStore.Answer;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * {@code spkg ingest --to} when the store cannot be reached, refuses, is busy for a while or for
 * too long, and when the options are wrong: a message naming what and where, the exit code, and no
 * document read when the store fails its check.
 */
class IngestToRefusalsTest {

  @TempDir Path dir;

  private static final String SEED = TestFiles.CORPUS.toString();

  @Test
  void anUnreachableStore_stopsTheRunBeforeAnyDocumentIsRead() throws Exception {
    String url = ScriptedStore.unreachableUrl();
    CommandRun run = CommandRun.of("ingest", SEED, "--to", url, "--retries", "0");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("spkg: " + url).contains("cannot be reached");
    assertThat(run.err()).doesNotContain("ingested ").doesNotContain("internal error");
  }

  @Test
  void aReadOnlyDataset_isRefusedBeforeAnyDocumentIsRead_sayingItDoesNotTakePut() {
    FusekiServer readOnly =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/ro", DatasetGraphFactory.createTxnMem(), false)
            .build()
            .start();
    try {
      String url = "http://localhost:" + readOnly.getHttpPort() + "/ro";
      CommandRun run = CommandRun.of("ingest", SEED, "--to", url);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
      assertThat(run.err())
          .contains("spkg: " + url)
          .contains("refused PUT of <" + NamedGraphs.ONTOLOGY + ">")
          // Fuseki answers 405 without reading the body and closes: a client still sending it may
          // see a reset instead, which is retried; that a 4xx is never retried is pinned by
          // GraphStoreClientTest against a scripted store.
          .containsPattern("HTTP 4\\d\\d after (1 attempt|2 attempts)")
          .contains("--to");
      assertThat(run.err()).doesNotContain("ingested ").doesNotContain("internal error");
    } finally {
      readOnly.stop();
    }
  }

  @Test
  void aStoreBusyForAWhile_isWaitedFor_andTheRunSucceeds() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.answerPuts(
          g -> g.startsWith(NamedGraphs.NS + "2023"),
          Answer.of(503, "Service Unavailable").header("Retry-After", "1"));
      CommandRun run = CommandRun.of("ingest", SEED, "--to", store.url());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("1 document written to " + store.url());
      List<ScriptedStore.Put> document =
          store.puts().stream().filter(p -> p.graph().startsWith(NamedGraphs.NS + "2023")).toList();
      assertThat(document).extracting(ScriptedStore.Put::status).containsExactly(503, 204);
      assertThat(store.puts())
          .extracting(ScriptedStore.Put::graph)
          .contains(NamedGraphs.ONTOLOGY, NamedGraphs.REFERENCE, NamedGraphs.DERIVED_REFERENCE)
          .anyMatch(g -> g.startsWith(NamedGraphs.DERIVED_NS + "2023"));
    }
  }

  @Test
  void aStoreBusyPastTheRetries_namesTheDocumentNotWritten() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.alwaysAnswerPuts(
          g -> g.startsWith(NamedGraphs.NS + "2023"), Answer.of(503, "overloaded\nby far"));
      CommandRun run = CommandRun.of("ingest", SEED, "--to", store.url(), "--retries", "1");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
      Path file = TestFiles.filesBelow(TestFiles.CORPUS, ".md").get(0);
      assertThat(run.err())
          .contains("spkg: " + file + ": not written: " + store.url())
          .contains("refused PUT of <" + NamedGraphs.NS + "2023")
          .contains("HTTP 503 after 2 attempts: overloaded by far")
          .contains("--retries")
          .contains("ingest it again");
      assertThat(run.out()).contains("0 documents written to").contains("1 refused");
      assertThat(run.err()).doesNotContain("internal error");
    }
  }

  @Test
  void aKeyAnotherWorkerTookMeanwhile_isNotOverwritten_andTheDocumentIsNamed() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.keysHeldByOtherSources(true);
      CommandRun run = CommandRun.of("ingest", SEED, "--to", store.url());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
      assertThat(run.err())
          .contains("a document of another source was written to its graph <" + NamedGraphs.NS)
          .contains("give files of the same name to the same worker");
      assertThat(store.puts())
          .extracting(ScriptedStore.Put::graph)
          .noneMatch(g -> g.startsWith(NamedGraphs.NS + "2023"));
    }
  }

  @Test
  void aDryRunWithTo_readsTheStore_andWritesWhatItWouldPutToStdout() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      CommandRun run = CommandRun.of("ingest", SEED, "--to", store.url(), "--dry-run");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(store.puts()).isEmpty();
      assertThat(run.out())
          .contains("<" + NamedGraphs.DERIVED_NS + "2023")
          .contains("<" + NamedGraphs.ONTOLOGY + ">");
    }
  }

  @Test
  void wrongOptions_areRefusedWithExitCode2() throws Exception {
    Path passwords = Files.writeString(dir.resolve("passwd"), "writer\n");
    String[][] wrong = {
      {"--to", "http://127.0.0.1:1/ds", "--store", dir.toString()},
      {"--to", "http://127.0.0.1:1/ds", "--batch", "10"},
      {"--to", "ftp://example.org/ds"},
      {"--to", "http://writer:s3cret@example.org/ds"},
      {"--to", "http://127.0.0.1:1/ds", "--retries", "-1"},
      {"--to", "http://127.0.0.1:1/ds", "--to-parallel", "0"},
      {"--to", "http://127.0.0.1:1/ds", "--to-auth", dir.resolve("none").toString()},
    };
    String[] says = {
      "--store is for a store folder",
      "--batch is for a store folder",
      "not an http or https URL",
      "--to-auth FILE",
      "--retries must be 0 or more",
      "--to-parallel must be 1 or more",
      "no such password file",
    };
    for (int i = 0; i < wrong.length; i++) {
      String[] args = new String[wrong[i].length + 2];
      args[0] = "ingest";
      args[1] = SEED;
      System.arraycopy(wrong[i], 0, args, 2, wrong[i].length);
      CommandRun run = CommandRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains(says[i]);
    }
    CommandRun badFile =
        CommandRun.of(
            "ingest", SEED, "--to", "http://127.0.0.1:1/ds", "--to-auth", passwords.toString());
    assertThat(badFile.exitCode()).as(badFile.err()).isEqualTo(3);
    assertThat(badFile.err()).contains(passwords + ":1: expected 'user: password'");
  }
}
