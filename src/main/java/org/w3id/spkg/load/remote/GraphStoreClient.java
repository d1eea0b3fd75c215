package org.w3id.spkg.load.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.HttpLib;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;

/**
 * Writes graphs to a store that speaks the SPARQL 1.1 Graph Store HTTP Protocol: {@code PUT
 * URL?graph=IRI} with the graph as N-Triples replaces the named graph, so writing a graph again is
 * a replacement. A failure that may pass (network error, 429, 5xx but 501 and 505) is tried again
 * as the {@link RetryPolicy} says, honouring the store's {@code Retry-After}; any other status is
 * final. Requests go through Jena's HTTP layer, so credentials registered with Jena's {@code
 * AuthEnv} (Basic or Digest) are used; Jena's {@code GSP} class is not, since its errors do not
 * carry the response headers ({@code Retry-After}). Safe for concurrent use.
 *
 * <pre>{@code
 * GraphStoreClient store = GraphStoreClient.of("http://localhost:3030/ds", RetryPolicy.defaults());
 * store.put("https://w3id.org/spkg/graph/ontology", ontology);
 * }</pre>
 */
public final class GraphStoreClient {

  /** How long one request may take before it counts as a network failure. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  /** Waits between attempts; tests pass one that records instead. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final String url;
  private final RetryPolicy retries;
  private final HttpClient http;
  private final Sleeper sleeper;

  GraphStoreClient(String url, RetryPolicy retries, Sleeper sleeper) {
    this.url = Objects.requireNonNull(url, "url");
    this.retries = Objects.requireNonNull(retries, "retries");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A client of the Graph Store Protocol endpoint {@code url} (no query string). */
  public static GraphStoreClient of(String url, RetryPolicy retries) {
    return new GraphStoreClient(url, retries, d -> Thread.sleep(d.toMillis()));
  }

  /** The Graph Store Protocol URL. */
  public String url() {
    return url;
  }

  /**
   * Replaces the named graph {@code graphIri} of the store with {@code graph}.
   *
   * @throws GraphStoreRefusal if the store refused it, or could not be reached, after the retries
   */
  public void put(String graphIri, Graph graph) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    RDFWriter.source(graph).lang(Lang.NTRIPLES).output(body);
    byte[] bytes = body.toByteArray();
    String target =
        url
            + (url.contains("?") ? "&" : "?")
            + "graph="
            + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
    for (int attempt = 1; ; attempt++) {
      HttpRequest request =
          HttpLib.requestBuilderFor(target)
              .uri(HttpLib.toRequestURI(target))
              .timeout(REQUEST_TIMEOUT)
              .header("Content-Type", WebContent.contentTypeNTriples)
              .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
              .build();
      int status;
      String answer;
      Duration retryAfter = null;
      Throwable cause = null;
      try {
        HttpResponse<InputStream> response = HttpLib.execute(http, request);
        status = response.statusCode();
        answer = read(response.body());
        if (status >= 200 && status < 300) {
          return;
        }
        retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
      } catch (HttpException e) {
        status = e.getStatusCode() > 0 ? e.getStatusCode() : -1;
        answer = e.getResponse();
        cause = e.getCause() != null ? e.getCause() : e;
      }
      if (!RetryPolicy.transientStatus(status) || attempt > retries.retries()) {
        throw refusal(graphIri, status, answer, cause, attempt);
      }
      try {
        sleeper.sleep(retries.delay(attempt, retryAfter));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw refusal(graphIri, status, answer, e, attempt);
      }
    }
  }

  private GraphStoreRefusal refusal(
      String graphIri, int status, String answer, Throwable cause, int attempts) {
    String tries = attempts == 1 ? "1 attempt" : attempts + " attempts";
    String what =
        status < 0
            ? "could not be reached ("
                + (cause == null ? "no answer" : RefusalHints.networkReason(cause))
                + ") after "
                + tries
            : "refused PUT of <"
                + graphIri
                + "> with HTTP "
                + status
                + " after "
                + tries
                + ": "
                + RefusalHints.firstLines(answer);
    return new GraphStoreRefusal(
        url, graphIri, status, "the store " + what + "; " + RefusalHints.hint(status), cause);
  }

  /** The store's answer, up to what a refusal quotes; the rest is read and dropped. */
  private static String read(InputStream body) {
    try (body) {
      byte[] head = body.readNBytes(RefusalHints.QUOTED_CHARS * 4);
      body.transferTo(OutputStream.nullOutputStream());
      return new String(head, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** A {@code Retry-After} (seconds, or an HTTP date) as a wait; null if absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
