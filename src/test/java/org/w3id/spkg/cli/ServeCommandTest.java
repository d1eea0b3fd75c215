package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
  private static Process serve;
  private static int port;

  @BeforeAll
  static void startAnotherServer() throws Exception {
    dir = Files.createTempDirectory("spkg-serve-command");
    store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), SEED.toString()).exitCode())
        .isZero();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    serve =
        new ProcessBuilder(
                java,
                "-cp",
                classpath,
                SpkgCommand.class.getName(),
                "serve",
                "--store",
                store.toString(),
                "--port",
                "0",
                "--no-ingest")
            .redirectError(dir.resolve("serve.log").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(90, TimeUnit.SECONDS);
    assertThat(line).as("the other server's first line").startsWith("Serving http://localhost:");
    port = URI.create(line.substring("Serving ".length()).trim()).getPort();
  }

  @AfterAll
  static void stopIt() throws InterruptedException {
    if (serve != null) {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
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

  /** A serve that would start by mistake would serve forever: give up after a generous bound. */
  private static CommandRun runBounded(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CommandRun.of(args));
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      return null;
    }
  }
}
