package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spkg serve} where it cannot serve — on a store another process holds, on a port another
 * server listens on — exits 3 with one line that says why and what to do, no stack trace. The other
 * process is a real {@code spkg serve} in a second JVM.
 */
class ServeCommandTest {

  private static final Path SEED =
      Path.of("corpus/2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md");

  private static Path dir;
  private static Path store;
  private static ServeProcess serve;
  private static int port;

  @BeforeAll
  static void startAnotherServer() throws Exception {
    dir = Files.createTempDirectory("spkg-serve-command");
    store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), SEED.toString()).exitCode())
        .isZero();
    serve = ServeProcess.start(store, dir.resolve("serve.log"));
    port = serve.endpoint().getPort();
  }

  @AfterAll
  static void stopIt() throws InterruptedException {
    if (serve != null) {
      serve.close();
    }
  }

  @Test
  void serve_onAStoreAnotherProcessHolds_exits3NamingTheProcess() {
    CommandRun run = runBounded("serve", "--store", store.toString(), "--port", "0", "--no-ingest");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("spkg: " + store + ": the store is in use by process " + serve.pid())
        .contains("--store")
        .doesNotContain("internal error")
        .doesNotContain("\tat ");
  }

  @Test
  void serve_onAPortAnotherServerListensOn_exits3SayingSo() throws IOException {
    Path other = dir.resolve("other-store");
    CommandRun run =
        runBounded(
            "serve", "--store", other.toString(), "--port", Integer.toString(port), "--no-ingest");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("spkg: port " + port + ": in use by another server; stop it or use --port N")
        .doesNotContain("internal error")
        .doesNotContain("\tat ");
    // The store the failed server opened is released: it can be used at once.
    assertThat(CommandRun.of("query", "--store", other.toString(), "ASK {}").exitCode()).isZero();
  }

  @Test
  void serve_withACorsOriginThatIsNoOrigin_isAUsageError() {
    CommandRun run =
        runBounded(
            "serve",
            "--store",
            dir.resolve("unused").toString(),
            "--cors-origin",
            "*",
            "--no-ingest");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cors-origin").contains("https://app.example.org");
  }

  @ParameterizedTest
  @CsvSource({
    "--max-running-queries, 0, at least 1",
    "--max-queued-queries, -1, 0 or more",
    "--queue-wait, 0, 0.1 to 600",
    "--queue-wait, 601, 0.1 to 600"
  })
  void serve_withAnAdmissionLimitOutOfRange_isAUsageErrorNamingIt(
      String option, String value, String expected) {
    CommandRun run =
        runBounded(
            "serve", "--store", dir.resolve("unused").toString(), option, value, "--no-ingest");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(option + " must be " + expected).contains("got");
    assertThat(dir.resolve("unused")).doesNotExist();
  }

  /** A serve that would start by mistake would serve forever: give up after a generous bound. */
  private static CommandRun runBounded(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CommandRun.of(args));
  }
}
