package org.w3id.spkg.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A connection to Chromium's DevTools protocol over its browser WebSocket: commands are JSON
 * messages answered by id, and events are handed to every listener. Sessions of page targets share
 * the connection ("flatten" mode), so one socket drives every tab.
 *
 * <p>Written on the JDK's WebSocket client so the browser test needs no driver binary and no
 * browser-automation library: the protocol is small for what the test does (open a tab, set its
 * size, navigate, evaluate, listen for console and log entries).
 */
final class DevTools implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A CDP event: its method, the session it came from ({@code null} for the browser) and params.
   */
  record Event(String method, String sessionId, JsonNode params) {}

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
  private final Duration timeout;

  private DevTools(WebSocket socket, Duration timeout) {
    this.socket = socket;
    this.timeout = timeout;
  }

  /** Connects to the browser endpoint {@code ws://127.0.0.1:PORT/devtools/browser/ID}. */
  static DevTools connect(URI browserEndpoint, Duration timeout) throws Exception {
    var frames = new Frames();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(timeout)
            .buildAsync(browserEndpoint, frames)
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    DevTools devTools = new DevTools(socket, timeout);
    frames.owner = devTools;
    return devTools;
  }

  void addListener(Consumer<Event> listener) {
    listeners.add(listener);
  }

  void removeListener(Consumer<Event> listener) {
    listeners.remove(listener);
  }

  /** Sends a browser-level command and waits for its result. */
  JsonNode send(String method, ObjectNode params) throws Exception {
    return send(null, method, params);
  }

  /**
   * Sends a command to a session (or the browser when {@code sessionId} is null) and waits for its
   * result; a protocol error becomes an {@link IllegalStateException} naming the method.
   */
  JsonNode send(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    var answer = new CompletableFuture<JsonNode>();
    pending.put(id, answer);
    socket.sendText(JSON.writeValueAsString(message), true).get();
    try {
      JsonNode reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + " had no answer in " + timeout, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(method + " failed", e.getCause());
    } finally {
      pending.remove(id);
    }
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (Exception e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    String session = message.has("sessionId") ? message.get("sessionId").asText() : null;
    Event event = new Event(message.path("method").asText(), session, message.path("params"));
    listeners.forEach(l -> l.accept(event));
  }

  @Override
  public void close() {
    socket.abort();
    pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("closed")));
  }

  /** Joins a message's fragments, then dispatches it. */
  private static final class Frames implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private volatile DevTools owner;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        if (owner != null) {
          owner.dispatch(text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
