package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.server.endpoint.AdmissionLimits;
import org.w3id.spkg.server.endpoint.ReniceProbe;

/**
 * Admission control on a running server with one turn and one place in the queue: a long query
 * holds the turn, a second request waits, a third is refused with 503, {@code Retry-After} and a
 * message; the waiting one is answered when the turn frees; the long query's own time-out is
 * Fuseki's 503, without {@code Retry-After}; pages that run no queries pass whatever the load. A
 * query learnt to be expensive waits for the other expensive one while a light one runs in its own
 * lane, and each counted answer names its cost class in {@code SPKG-Query-Class}; a medium query
 * runs on a thread of lower priority than the ones that receive requests.
 */
class AdmissionControlTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Runs until its 5 s limit (the request's {@code timeout=}): holds the one turn meanwhile. */
  private static final String LONG =
      "spkg/sparql?timeout=5&query="
          + URLEncoder.encode(
              "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8);

  /**
   * The same query as {@link #LONG}, with a limit of 3 s: it teaches the server it is slow (3 s of
   * processor time, or at least 1 s on a busy machine).
   */
  private static final String LONG_3S = LONG.replace("timeout=5", "timeout=3");

  /**
   * The classes of a query of milliseconds: instant under 10 ms of processor time, cheap above (a
   * first run on a busy machine).
   */
  private static final List<String> LIGHT = List.of("instant", "cheap");

  private static final String ASK =
      "spkg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);

  @TempDir Path dir;

  private SpkgServer start(Duration wait) {
    return start(new AdmissionLimits(1, 1, wait));
  }

  private SpkgServer start(AdmissionLimits limits) {
    Path store = dir.resolve("store");
    TestStores.seeded(store);
    return SpkgServer.builder().store(store).port(0).admission(limits).start();
  }

  private static CompletableFuture<HttpResponse<String>> send(SpkgServer server, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/sparql-results+json, text/html;q=0.5, */*;q=0.1")
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(SpkgServer server, String type, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + "spkg/sparql"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", type)
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the long query, then the ASK, and returns once the first runs and the second waits. */
  private static List<CompletableFuture<HttpResponse<String>>> fill(SpkgServer server)
      throws InterruptedException {
    return fill(server, ASK);
  }

  /**
   * Sends the long query, then {@code then}, and returns once the first runs and the second waits.
   */
  private static List<CompletableFuture<HttpResponse<String>>> fill(SpkgServer server, String then)
      throws InterruptedException {
    var first = send(server, LONG);
    while (server.runningQueries() < 1) {
      Thread.sleep(10);
    }
    var second = send(server, then);
    while (server.queuedQueries() < 1) {
      assertThat(first).as("the long query is still running").isNotDone();
      Thread.sleep(10);
    }
    return List.of(first, second);
  }

  @Test
  void aQueryBeyondTheQueue_isRefused503WithRetryAfter_andTheQueuedOnesAreAnswered()
      throws Exception {
    try (SpkgServer server = start(Duration.ofSeconds(30))) {
      List<CompletableFuture<HttpResponse<String>>> running = fill(server);

      HttpResponse<String> third = send(server, ASK).get();

      assertThat(third.statusCode()).isEqualTo(503);
      assertThat(third.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(third.body())
          .contains("the server is busy", "1 queries are running and 1 more are waiting")
          .contains("was not run", "Try again in 30 s");
      HttpResponse<String> timedOut = running.get(0).get();
      assertThat(timedOut.statusCode()).as("the long query's own time-out").isEqualTo(503);
      assertThat(timedOut.body()).contains("Query timed out");
      assertThat(timedOut.headers().firstValue("Retry-After")).isEmpty();
      HttpResponse<String> queued = running.get(1).get();
      assertThat(queued.statusCode()).isEqualTo(200);
      assertThat(queued.body()).contains("true");
    }
  }

  @Test
  void aQueryThatWaitsLongerThanTheQueueWait_isRefused503WithRetryAfter() throws Exception {
    try (SpkgServer server = start(Duration.ofMillis(500))) {
      List<CompletableFuture<HttpResponse<String>>> running = fill(server);

      HttpResponse<String> waited = running.get(1).get();

      assertThat(waited.statusCode()).isEqualTo(503);
      assertThat(waited.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(waited.body())
          .contains("waited 0.5 s for one of the 1 turns", "was not run", "Try again in 1 s");
      assertThat(running.get(0).get().headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Test
  void pagesThatRunNoQueries_passWhileTheQueueIsFull() throws Exception {
    try (SpkgServer server = start(Duration.ofSeconds(30))) {
      List<CompletableFuture<HttpResponse<String>>> running = fill(server);

      for (String page : List.of("$/ping", "", "ontology", "editor/", "favicon.ico")) {
        HttpResponse<String> r = send(server, page).get();
        assertThat(r.statusCode()).as(page).isEqualTo(200);
        assertThat(r.headers().firstValue("Retry-After")).as(page).isEmpty();
      }
      HttpResponse<String> entity = send(server, "id/nation/JP").get();
      assertThat(entity.statusCode()).as("an entity page runs queries").isEqualTo(503);
      assertThat(entity.headers().firstValue("Retry-After")).isPresent();
      assertThat(running.get(1).get().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theQueryClass_isLearntFromEarlierRuns_andSentInAHeader() throws Exception {
    try (SpkgServer server = start(Duration.ofSeconds(30))) {
      send(server, "spkg/sparql?query=ASK%7B%3Fs%20%3Fp%201%7D").get(); // warms the server up

      HttpResponse<String> first = send(server, ASK).get();
      HttpResponse<String> second = send(server, ASK).get();

      assertThat(first.headers().firstValue("SPKG-Query-Class"))
          .as("not seen yet")
          .hasValue("medium");
      assertThat(second.headers().firstValue("SPKG-Query-Class"))
          .as("milliseconds: a light class")
          .get()
          .isIn(LIGHT);
      HttpResponse<String> posted = post(server, "application/sparql-query", "ASK  {\n ?s ?p ?o }");
      HttpResponse<String> form =
          post(server, "application/x-www-form-urlencoded", "query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D");
      HttpResponse<String> other = post(server, "application/sparql-query", "ASK {?s ?p 2}");
      assertThat(posted.body()).contains("true");
      assertThat(posted.headers().firstValue("SPKG-Query-Class"))
          .as("the same query, in a body")
          .get()
          .isIn(LIGHT);
      assertThat(form.headers().firstValue("SPKG-Query-Class")).as("in a form").get().isIn(LIGHT);
      assertThat(other.headers().firstValue("SPKG-Query-Class")).hasValue("medium");
      assertThat(send(server, "$/ping").get().headers().firstValue("SPKG-Query-Class"))
          .as("not counted")
          .isEmpty();
    }
  }

  @Test
  void anExpensiveQueryWaitsForTheOtherOne_whileALightOneRunsAtOnceInItsOwnLane() throws Exception {
    try (SpkgServer server = start(new AdmissionLimits(1, 4, Duration.ofSeconds(30)))) {
      HttpResponse<String> learnt = send(server, LONG_3S).get(); // 3 s: expensive from now on
      assertThat(learnt.headers().firstValue("SPKG-Query-Class")).hasValue("medium");
      HttpResponse<String> firstAsk = send(server, ASK).get(); // milliseconds: light from now on
      assertThat(firstAsk.headers().firstValue("SPKG-Query-Class")).hasValue("medium");
      List<CompletableFuture<HttpResponse<String>>> both = fill(server, LONG);
      var first = both.get(0);
      var second = both.get(1);
      assertThat(server.runningQueries()).as("the lanes of light queries are free").isOne();

      HttpResponse<String> ask = send(server, ASK).get();

      assertThat(ask.statusCode()).isEqualTo(200);
      assertThat(ask.headers().firstValue("SPKG-Query-Class")).get().isIn(LIGHT);
      assertThat(first).as("the first expensive query still runs").isNotDone();
      assertThat(second).as("the second still waits").isNotDone();
      assertThat(first.get().headers().firstValue("SPKG-Query-Class")).hasValue("expensive");
      assertThat(second.get().statusCode()).as("run once the first ended").isEqualTo(503);
      assertThat(second.get().body()).contains("Query timed out");
      assertThat(second.get().headers().firstValue("SPKG-Query-Class")).hasValue("expensive");
    }
  }

  @Test
  void manyQueriesAtOnce_areAllAnswered_andEveryTurnIsGivenBack() throws Exception {
    try (SpkgServer server = start(new AdmissionLimits(2, 64, Duration.ofSeconds(30)))) {
      List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String query = i % 2 == 0 ? ASK : "spkg/sparql?query=ASK%7B%3Fs%20%3Fp%20" + i + "%7D";
        all.add(send(server, query));
      }

      for (CompletableFuture<HttpResponse<String>> r : all) {
        assertThat(r.get().statusCode()).isEqualTo(200);
        assertThat(r.get().headers().firstValue("SPKG-Query-Class")).isPresent();
      }
      for (int i = 0; i < 500 && server.runningQueries() + server.queuedQueries() > 0; i++) {
        Thread.sleep(10); // the last turn is given back just after its answer is sent
      }
      assertThat(server.runningQueries()).isZero();
      assertThat(server.queuedQueries()).isZero();
    }
  }

  @Test
  void aMediumQueryRunsOnAThreadOfLowerPriority() throws Exception {
    Path tasks = Path.of("/proc/self/task");
    assumeThat(Files.isDirectory(tasks)).as("/proc: thread priorities are read on Linux").isTrue();
    assumeThat(ReniceProbe.worksHere()).as("renice installed and allowed here").isTrue();
    Integer own = ReniceProbe.niceOf(ReniceProbe.ownThreadId());
    assertThat(own).as("this thread's nice value, from /proc").isNotNull();
    try (SpkgServer server = start(new AdmissionLimits(2, 4, Duration.ofSeconds(30)))) {
      HttpResponse<String> medium = send(server, ASK).get();
      assertThat(medium.headers().firstValue("SPKG-Query-Class")).hasValue("medium");
      assertThat(medium.headers().allValues("Server-Timing"))
          .as("its wait for a turn and its time from it to the first bytes, from that thread")
          .anyMatch(v -> v.matches("wait;dur=[0-9.]+"))
          .anyMatch(v -> v.matches("run;dur=[0-9.]+"));

      List<Integer> slowLane = new ArrayList<>();
      try (var all = Files.list(tasks)) {
        for (Path task : (Iterable<Path>) all::iterator) {
          try {
            String name = Files.readString(task.resolve("comm")).strip();
            Integer nice = ReniceProbe.niceOf(task.getFileName().toString());
            if (name.startsWith("spkg-slow-quer") && nice != null) { // the kernel keeps 15 chars
              slowLane.add(nice);
            }
          } catch (NoSuchFileException ended) { // a thread that ended since the listing
            continue;
          }
        }
      }
      assertThat(slowLane).as("the thread that ran the medium query").isNotEmpty();
      assertThat(slowLane).as("their nice values, above this thread's").allMatch(n -> n > own);
    }
  }
}
