package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.store.RunningServer;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * {@code spkg query}, {@code spkg packs run} and {@code spkg export} on a store that a running
 * {@code spkg serve} (a real second process) holds: they use its endpoint, say so on stderr, and
 * print byte for byte what they print on the store itself; the server's refusals are reported with
 * its message.
 */
class ReadWhileServingTest {

  /** Fewer rows than the row cap of the server below (--row-cap 20). */
  private static final String SELECT =
      "SELECT ?doc ?title (STRLEN(?title) AS ?n) { ?doc a spkg:Document ; dct:title ?title }"
          + " ORDER BY ?doc";

  private static final String ASK = "ASK { ?d a spkg:Document }";

  private static final String CONSTRUCT =
      "CONSTRUCT { ?doc dct:title ?t } WHERE { ?doc a spkg:Document ; dct:title ?t }";

  /** More rows than the server's cap. */
  private static final String MANY = "SELECT ?s { ?s ?p ?o }";

  @TempDir static Path dir;
  static Path store;

  @BeforeAll
  static void ingest() {
    store = IngestCommandTest.ingestCorpus(dir.resolve("store"));
  }

  /** The command lines compared, local against served. */
  private static Map<String, List<String>> commands() {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    for (String format : List.of("table", "csv", "tsv", "json", "md")) {
      commands.put("select " + format, List.of("query", "--format", format, SELECT));
      commands.put("ask " + format, List.of("query", "--format", format, ASK));
    }
    commands.put("construct", List.of("query", CONSTRUCT));
    for (String format : List.of("table", "csv", "json")) {
      commands.put(
          "pack " + format,
          List.of(
              "packs",
              "run",
              "reference/01",
              "--param",
              "region=region/oceania",
              "--format",
              format));
    }
    commands.put("export trig", List.of("export", "--format", "trig"));
    commands.put("export nquads", List.of("export", "--format", "nquads"));
    commands.put(
        "export graph", List.of("export", "--format", "turtle", "--graph", NamedGraphs.REFERENCE));
    return commands;
  }

  private static CommandRun run(List<String> command) {
    String[] args = command.toArray(new String[command.size() + 2]);
    args[command.size()] = "--store";
    args[command.size() + 1] = store.toString();
    return CommandRun.of(args);
  }

  @Test
  void readingCommands_whileServing_useTheEndpoint_andPrintWhatTheStoreGives() throws Exception {
    Map<String, String> local = new LinkedHashMap<>();
    commands()
        .forEach(
            (name, command) -> {
              CommandRun run = run(command);
              assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
              assertThat(run.err()).as(name).isEmpty();
              local.put(name, run.out());
            });

    try (ServeProcess serve =
        ServeProcess.start(store, dir.resolve("serve.log"), "--row-cap", "20")) {
      String notice =
          "spkg: the store "
              + store
              + " is held by `spkg serve` (pid "
              + serve.pid()
              + "); using its SPARQL endpoint "
              + serve.endpoint();
      commands()
          .forEach(
              (name, command) -> {
                CommandRun run = run(command);
                assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
                assertThat(run.err()).as(name).isEqualTo(notice + System.lineSeparator());
                assertThat(run.out()).as(name).isNotBlank().isEqualTo(local.get(name));
              });

      CommandRun refused = run(List.of("query", MANY));
      assertThat(refused.exitCode()).isEqualTo(3);
      assertThat(refused.out()).isEmpty();
      assertThat(refused.err())
          .contains(notice)
          .contains("spkg: " + serve.endpoint() + ": the endpoint refused the query (HTTP 422)")
          .contains("more than 20 rows, the server's row cap");

      CommandRun noGraph =
          run(List.of("export", "--format", "turtle", "--graph", "https://example.org/none"));
      assertThat(noGraph.exitCode()).isEqualTo(3);
      assertThat(noGraph.err()).contains("no such graph at").contains(NamedGraphs.REFERENCE);

      CommandRun badQuery = run(List.of("query", "SELECT * { ?s ?p }"));
      assertThat(badQuery.exitCode()).isEqualTo(3);
      assertThat(badQuery.err()).contains("spkg: query:1:").contains("not a SPARQL query");

      CommandRun ingest =
          CommandRun.of("ingest", "--store", store.toString(), IngestCommandTest.ALPHA.toString());
      assertThat(ingest.exitCode()).isEqualTo(3);
      assertThat(ingest.err())
          .contains("the store is in use by process " + serve.pid() + ", a running `spkg serve`")
          .contains("its endpoint: " + serve.endpoint())
          .contains("stop it (Ctrl-C where it runs, or kill " + serve.pid() + ")");
    }
    assertThat(store.resolve(RunningServer.FILE))
        .as("removed when the server stops")
        .doesNotExist();
  }

  @Test
  void aStaleMarker_isIgnored_andTheStoreIsInUseAsBefore() throws Exception {
    Path copy = dir.resolve("stale");
    IngestCommandTest.ingestCorpus(copy);
    try (var holder = org.w3id.spkg.store.StoreHolder.start(copy, dir.resolve("holder.log"))) {
      // The holder's own pid, but an endpoint nothing answers at.
      Files.writeString(
          copy.resolve(RunningServer.FILE),
          "endpoint=http\\://localhost\\:9/spkg/sparql\npid="
              + holder.pid()
              + "\nstarted=2026-01-01T00\\:00\\:00Z\n");
      CommandRun run = CommandRun.of("query", "--store", copy.toString(), ASK);
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .doesNotContain("using its SPARQL endpoint")
          .contains("the store is in use by process " + holder.pid())
          .contains("whose endpoint http://localhost:9/spkg/sparql does not answer")
          .contains("kill " + holder.pid());

      // A marker of a process that is gone: as if there were none.
      Files.writeString(
          copy.resolve(RunningServer.FILE),
          "endpoint=http\\://localhost\\:9/spkg/sparql\npid=999999999\nstarted=2026-01-01T00\\:00\\:00Z\n");
      CommandRun gone = CommandRun.of("query", "--store", copy.toString(), ASK);
      assertThat(gone.exitCode()).isEqualTo(3);
      assertThat(gone.err())
          .contains("the store is in use by process " + holder.pid())
          .contains("no running `spkg serve` answers for it")
          .contains("stop the process " + holder.pid());
    }
  }
}
