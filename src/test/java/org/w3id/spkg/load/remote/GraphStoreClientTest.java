package org.w3id.spkg.load.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.HttpLib;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;
import org.w3id.spkg.load.remote.ScriptedStore.Answer;

/** PUT with retries: what is tried again, how long it waits, and what a refusal says. */
class GraphStoreClientTest {

  private static final String G = "https://w3id.org/spkg/graph/doc";
  private static final Graph GRAPH =
      RDFParser.fromString("<urn:x:s> <urn:x:p> \"o\" .", Lang.NTRIPLES).toGraph();

  @TempDir Path dir;

  private final List<Duration> waits = new ArrayList<>();

  private GraphStoreClient client(String url, int retries) {
    return new GraphStoreClient(url, RetryPolicy.of(retries), waits::add);
  }

  @Test
  void put_triesAgainAfter503_waitingAsLongAsRetryAfterAsks() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.answerPuts(g -> true, Answer.of(503, "busy").header("Retry-After", "7"));
      client(store.url(), 3).put(G, GRAPH);
      assertThat(store.puts()).extracting(ScriptedStore.Put::status).containsExactly(503, 204);
      assertThat(store.puts()).extracting(ScriptedStore.Put::graph).containsOnly(G);
      assertThat(waits).hasSize(1);
      assertThat(waits.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void put_backsOffExponentially_andGivesUpAfterItsRetries() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.alwaysAnswerPuts(g -> true, Answer.of(502, "Bad Gateway\nupstream down"));
      assertThatThrownBy(() -> client(store.url(), 3).put(G, GRAPH))
          .isInstanceOfSatisfying(
              GraphStoreRefusal.class,
              e -> {
                assertThat(e.status()).isEqualTo(502);
                assertThat(e.graph()).isEqualTo(G);
                assertThat(e.getMessage())
                    .contains(store.url())
                    .contains("<" + G + ">")
                    .contains("HTTP 502 after 4 attempts")
                    .contains("Bad Gateway upstream down")
                    .contains("--retries");
              });
      assertThat(store.puts()).hasSize(4);
      assertThat(waits).hasSize(3);
      // half to all of 0.5 s, 1 s, 2 s
      assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
      assertThat(waits.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }
  }

  @Test
  void put_neverRetriesAnOther4xx_andSaysWhatItMeans() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.alwaysAnswerPuts(g -> true, Answer.of(405, "Error 405: Method Not Allowed"));
      assertThatThrownBy(() -> client(store.url(), 5).put(G, GRAPH))
          .isInstanceOfSatisfying(
              GraphStoreRefusal.class,
              e ->
                  assertThat(e.getMessage())
                      .contains("HTTP 405 after 1 attempt")
                      .contains("Method Not Allowed")
                      .contains("does not take PUT"));
      assertThat(store.puts()).hasSize(1);
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void put_toNothingListening_isRetriedThenRefusedAsUnreachable() throws Exception {
    String url = ScriptedStore.unreachableUrl();
    assertThatThrownBy(() -> client(url, 2).put(G, GRAPH))
        .isInstanceOfSatisfying(
            GraphStoreRefusal.class,
            e -> {
              assertThat(e.status()).isEqualTo(-1);
              assertThat(e.getMessage())
                  .contains(url)
                  .contains("could not be reached")
                  .contains("after 3 attempts")
                  .contains("check the URL");
            });
    assertThat(waits).hasSize(2);
  }

  @Test
  void put_answersTheStoresChallenge_withTheCredentialsOfThePasswordFile() throws Exception {
    try (ScriptedStore store = ScriptedStore.start()) {
      store.requireAuthorization(HttpLib.basicAuth("writer", "s3cret"));
      assertThatThrownBy(() -> client(store.url(), 0).put(G, GRAPH))
          .isInstanceOfSatisfying(
              GraphStoreRefusal.class,
              e -> assertThat(e.getMessage()).contains("HTTP 401").contains("--to-auth"));

      Path file = Files.writeString(dir.resolve("passwd"), "# the store\nwriter: s3cret\n");
      StoreCredentials.read(file).registerFor(store.url());
      client(store.url(), 0).put(G, GRAPH);
      assertThat(store.puts()).last().extracting(ScriptedStore.Put::status).isEqualTo(204);
    }
  }

  @Test
  void passwordFile_withoutAUserAndPassword_orHashed_isRefusedWithItsLine() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n\n");
    Path noPassword = Files.writeString(dir.resolve("nopass"), "writer\n");
    Path hashed = Files.writeString(dir.resolve("hashed"), "writer: MD5:abcdef\n");
    assertThatThrownBy(() -> StoreCredentials.read(empty))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no 'user: password' line");
    assertThatThrownBy(() -> StoreCredentials.read(noPassword))
        .hasMessageContaining(noPassword + ":1: expected 'user: password'");
    assertThatThrownBy(() -> StoreCredentials.read(hashed))
        .hasMessageContaining(hashed + ":1: the password is stored hashed (MD5:)");
    assertThat(StoreCredentials.read(Files.writeString(dir.resolve("ok"), "a: b c\n")))
        .isEqualTo(new StoreCredentials("a", "b c"));
  }

  @Test
  void retryAfter_readsSecondsAndHttpDates() {
    assertThat(GraphStoreClient.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
    assertThat(GraphStoreClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
        .isEqualTo(Duration.ZERO);
    assertThat(GraphStoreClient.retryAfter("soon")).isNull();
    assertThat(RetryPolicy.of(3).delay(1, Duration.ofMinutes(10)))
        .as("never longer than the policy's longest wait")
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void refusals_quoteTheMessageOfAnHtmlErrorPage() {
    assertThat(
            RefusalHints.firstLines(
                "<html><body><h3>Error</h3><xmp>SQ110:SECURITY: Permission denied\n for delete"
                    + "</xmp></body></html>"))
        .isEqualTo("SQ110:SECURITY: Permission denied for delete");
    assertThat(RefusalHints.firstLines("<html><head><title>Oops</title></head><p>Gone</p></html>"))
        .isEqualTo("Oops Gone");
    assertThat(RefusalHints.firstLines("  \n")).isEqualTo("(no message)");
  }
}
