package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spkg ingest} against the store of a running {@code spkg serve} (a real second process)
 * stops with a message naming the server's process, and the server keeps serving its store.
 */
class IngestWhileServingTest {

  private static final Path SEED =
      Path.of("corpus/2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md");

  @TempDir Path dir;

  @Test
  void ingestIntoTheStoreOfARunningServer_isRefusedNamingIt_andTheServerKeepsAnswering()
      throws Exception {
    Path store = dir.resolve("store");
    assertThat(CommandRun.of("ingest", "--store", store.toString(), SEED.toString()).exitCode())
        .isZero();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process serve =
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
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(90, TimeUnit.SECONDS);
      assertThat(line).as("the server's first line").startsWith("Serving http://localhost:");
      String endpoint = line.substring("Serving ".length()).trim();

      CommandRun run = CommandRun.of("ingest", "--store", store.toString(), SEED.toString());
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err())
          .contains("the store is in use by process " + serve.pid())
          .contains("spkg serve");

      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              endpoint
                                  + "?query="
                                  + URLEncoder.encode(
                                      "SELECT (COUNT(?i) AS ?n) { ?i a <https://w3id.org/spkg/ontology#Initiative> }",
                                      StandardCharsets.UTF_8)))
                      .header("Accept", "text/csv")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.body()).contains("28");
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
