package org.w3id.spkg.load.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A stand-in store on a loopback port that answers as a test scripts it: SPARQL queries with no
 * rows (ASK: true, but false to whether another source holds a graph), and PUTs with the scripted
 * answers in turn (then 204), so that tests can make a store refuse, fail and recover. Records
 * every PUT.
 *
 * <pre>{@code
 * try (ScriptedStore store = ScriptedStore.start()) {
 *   store.answerPuts(g -> true, Answer.of(503, "busy").header("Retry-After", "1"));
 * }
 * }</pre>
 */
public final class ScriptedStore implements AutoCloseable {

  /** An answer to a PUT. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer of(int status, String body) {
      return new Answer(status, Map.of(), body);
    }

    public Answer header(String name, String value) {
      Map<String, String> all = new java.util.HashMap<>(headers);
      all.put(name, value);
      return new Answer(status, Map.copyOf(all), body);
    }
  }

  /** A PUT received: the graph it named, its answer, and its Authorization header (or null). */
  public record Put(String graph, int status, String authorization) {}

  private record Scripted(Predicate<String> graphs, Deque<Answer> answers, boolean forever) {}

  private final HttpServer server;
  private final List<Scripted> scripts = new CopyOnWriteArrayList<>();
  private final List<Put> puts = new CopyOnWriteArrayList<>();
  private volatile String requiredAuthorization;
  private volatile boolean otherSources;

  private ScriptedStore(HttpServer server) {
    this.server = server;
  }

  /** Starts it on a free loopback port. */
  public static ScriptedStore start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ScriptedStore store = new ScriptedStore(server);
    server.createContext("/", store::handle);
    server.start();
    return store;
  }

  /** A URL on a loopback port that nothing listens on (it was free a moment ago). */
  public static String unreachableUrl() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/ds";
    }
  }

  /** The store's URL, http://127.0.0.1:PORT/ds. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds";
  }

  /** PUTs of graphs {@code graphs} get {@code answers} in turn, then the next script's or 204. */
  public void answerPuts(Predicate<String> graphs, Answer... answers) {
    scripts.add(new Scripted(graphs, new ConcurrentLinkedDeque<>(List.of(answers)), false));
  }

  /** PUTs of graphs {@code graphs} always get {@code answer}. */
  public void alwaysAnswerPuts(Predicate<String> graphs, Answer answer) {
    scripts.add(new Scripted(graphs, new ConcurrentLinkedDeque<>(List.of(answer)), true));
  }

  /** Whether every key is held by another source than the one about to be written. */
  public void keysHeldByOtherSources(boolean held) {
    this.otherSources = held;
  }

  /** Every request must carry this Authorization header, else 401 (Basic challenge). */
  public void requireAuthorization(String header) {
    this.requiredAuthorization = header;
  }

  /** The PUTs received, in order. */
  public List<Put> puts() {
    return new ArrayList<>(puts);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"store\"");
        send(exchange, 401, "text/plain", "Unauthorized");
        return;
      }
      if (exchange.getRequestMethod().equals("PUT")) {
        String graph = graph(exchange.getRequestURI().getRawQuery());
        Answer answer = next(graph);
        puts.add(new Put(graph, answer.status(), auth));
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        send(exchange, answer.status(), "text/plain", answer.body());
        return;
      }
      // a long query comes as the body of a POST
      String text =
          URLDecoder.decode(
              exchange.getRequestURI().getRawQuery() + " " + body, StandardCharsets.UTF_8);
      // true to the probe (ASK {}); to whether another source took a key, as scripted
      boolean answer = !text.contains("sourceIdentifier") || otherSources;
      send(
          exchange,
          200,
          "application/sparql-results+json",
          text.contains("ASK")
              ? "{\"head\":{},\"boolean\":" + answer + "}"
              : "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}");
    }
  }

  private Answer next(String graph) {
    for (Scripted s : scripts) {
      if (s.graphs().test(graph) && !s.answers().isEmpty()) {
        return s.forever() ? s.answers().peek() : s.answers().poll();
      }
    }
    return Answer.of(204, "");
  }

  private static String graph(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    for (String part : rawQuery.split("&")) {
      if (part.startsWith("graph=")) {
        return URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
