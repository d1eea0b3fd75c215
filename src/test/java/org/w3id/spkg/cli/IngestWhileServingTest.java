package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    try (ServeProcess serve = ServeProcess.start(store, dir.resolve("serve.log"))) {
      String endpoint = serve.endpoint().toString();

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
    }
  }
}
