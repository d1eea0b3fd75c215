package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One closed-loop client of {@link LoadBenchmark}: its own JDK HttpClient POSTs the mix's queries,
 * round-robin from {@code offset}, until the deadline. A 503 with {@code Retry-After} (the server's
 * admission control refusing it) is counted as a refusal; the client waits between half and all of
 * the {@code Retry-After} seconds and sends the same query again. A 503 without it (Fuseki's answer
 * to a query that ran out of time) or a client wait over {@link #TIMEOUT} is a time-out; any other
 * status than 200 an error.
 */
final class LoadClient implements Runnable {

  /** The longest a client waits for an answer. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern WAIT = Pattern.compile("(?:^|,)\\s*wait;dur=([0-9.]+)");

  private static final Pattern RUN = Pattern.compile("(?:^|,)\\s*run;dur=([0-9.]+)");

  private final URI endpoint;
  private final List<QueryCase> mix;
  private final int offset;
  private final long deadline;
  private final LoadTally tally;

  LoadClient(URI endpoint, List<QueryCase> mix, int offset, long deadlineNanos, LoadTally tally) {
    this.endpoint = endpoint;
    this.mix = mix;
    this.offset = offset;
    this.deadline = deadlineNanos;
    this.tally = tally;
  }

  @Override
  public void run() {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int k = offset;
    try {
      while (System.nanoTime() < deadline) {
        QueryCase c = mix.get(k % mix.size());
        if (send(client, c)) {
          k++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends one query: false if it was refused (and waited out), to be sent again. */
  private boolean send(HttpClient client, QueryCase c) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(c.text()))
            .build();
    long t0 = System.nanoTime();
    String problem = null;
    boolean timeout = false;
    long server = -1;
    try {
      HttpResponse<byte[]> r = client.send(request, LoadClient::body);
      Optional<String> retryAfter = r.headers().firstValue("Retry-After");
      if (r.statusCode() == 503 && retryAfter.isPresent()) {
        tally.refusals.incrementAndGet();
        waitOut(retryAfter.get());
        return false;
      }
      r.headers().firstValue("SPKG-Query-Class").ifPresent(k -> tally.classed(c.id(), k));
      OptionalLong waited = micros(r, WAIT);
      OptionalLong ran = micros(r, RUN);
      waited.ifPresent(w -> tally.waited(c.id(), w));
      if (waited.isPresent() && ran.isPresent()) {
        server = waited.getAsLong() + ran.getAsLong();
      }
      if (r.statusCode() == 503) {
        timeout = true;
        problem = c.id() + ": HTTP 503 " + firstLine(r.body());
      } else if (r.statusCode() != 200) {
        problem = c.id() + ": HTTP " + r.statusCode() + " " + firstLine(r.body());
      }
    } catch (HttpTimeoutException e) {
      timeout = true;
      problem = c.id() + ": client timeout";
    } catch (IOException e) {
      problem = c.id() + ": " + e;
    }
    tally.answered(c.id(), (System.nanoTime() - t0) / 1000, server);
    if (problem != null) {
      tally.problem(problem, timeout);
    }
    return true;
  }

  /**
   * An answer's body: read to its last byte, but kept only when it is not a 200 (for the message),
   * so 64 clients reading large answers do not fill this JVM's heap and pause it, which would count
   * as the server's latency.
   */
  private static HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
    return info.statusCode() == 200
        ? HttpResponse.BodySubscribers.replacing(new byte[0])
        : HttpResponse.BodySubscribers.ofByteArray();
  }

  /**
   * A time the server names in {@code Server-Timing: NAME;dur=MILLISECONDS}, in microseconds: its
   * wait for a turn ({@link #WAIT}) or its time from the turn to the first bytes ({@link #RUN}).
   */
  private static OptionalLong micros(HttpResponse<?> r, Pattern metric) {
    for (String value : r.headers().allValues("Server-Timing")) {
      Matcher m = metric.matcher(value);
      if (m.find()) {
        return OptionalLong.of((long) (Double.parseDouble(m.group(1)) * 1000));
      }
    }
    return OptionalLong.empty();
  }

  /** Sleeps half to all of the Retry-After seconds (a random share, so refused clients spread). */
  private void waitOut(String retryAfter) throws InterruptedException {
    long seconds;
    try {
      seconds = Long.parseLong(retryAfter.strip());
    } catch (NumberFormatException e) {
      seconds = 1;
    }
    long millis = (long) (seconds * 1000 * (0.5 + 0.5 * ThreadLocalRandom.current().nextDouble()));
    long left = (deadline - System.nanoTime()) / 1_000_000;
    Thread.sleep(Math.max(0, Math.min(millis, left)));
  }

  private static String firstLine(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
