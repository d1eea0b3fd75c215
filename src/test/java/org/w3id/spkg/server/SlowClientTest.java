package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow uploads (issue #13, B): clients that open {@code POST /spkg/sparql} with a {@code
 * Content-Length} of 200,000 and send a byte every few seconds must not hold the threads others
 * need, and are answered 408 and closed at the body deadline.
 */
class SlowClientTest {

  private static final int SLOW_CLIENTS = 24;
  private static Path store;
  private static final HttpClient http = HttpClient.newHttpClient();
  private final ScheduledExecutorService trickle = Executors.newScheduledThreadPool(2);

  @BeforeAll
  static void seed() throws IOException {
    store = Files.createTempDirectory("spkg-slow-clients");
    TestStores.seeded(store);
  }

  @Test
  void slowUploads_leavePingAndTheHomePageAnswering() throws Exception {
    try (SpkgServer server = SpkgServer.builder().store(store).port(0).start();
        SlowUploads slow = new SlowUploads(server.port(), SLOW_CLIENTS, Duration.ofSeconds(5))) {
      Thread.sleep(1000);

      for (String path : List.of("$/ping", "", "$/ping")) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode())
            .as("GET /" + path + " while slow uploads are open")
            .isEqualTo(200);
      }
      assertThat(slow.open()).as("the slow uploads are still open").isEqualTo(SLOW_CLIENTS);
    }
  }

  @Test
  void slowUploads_areAnswered408AndClosedAtTheDeadline() throws Exception {
    Duration deadline = Duration.ofSeconds(2);
    try (SpkgServer server =
            SpkgServer.builder().store(store).port(0).bodyDeadline(deadline).start();
        SlowUploads slow = new SlowUploads(server.port(), SLOW_CLIENTS, Duration.ofSeconds(1))) {
      long started = System.nanoTime();
      for (Socket socket : slow.sockets) {
        String answer = readToEnd(socket, Duration.ofSeconds(10));
        assertThat(answer).startsWith("HTTP/1.1 408 ").contains("within 2 s");
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).as("all closed by the server").isLessThan(deadline.plusSeconds(4));
    }
  }

  @Test
  void aBodyInPieces_withinTheDeadline_isAnsweredAsUsual() throws Exception {
    try (SpkgServer server = SpkgServer.builder().store(store).port(0).start();
        Socket socket = new Socket("localhost", server.port())) {
      byte[] query = "ASK { ?s ?p ?o }".getBytes(StandardCharsets.US_ASCII);
      OutputStream out = socket.getOutputStream();
      out.write(head("/spkg/sparql", query.length, "application/sparql-query", true));
      for (byte b : query) {
        out.write(b);
        out.flush();
        Thread.sleep(20);
      }
      String answer = readToEnd(socket, Duration.ofSeconds(20));
      assertThat(answer).startsWith("HTTP/1.1 200 ").contains("true");
    }
  }

  @Test
  void aLargeBodyOffTheWriteEndpoints_isRefusedBeforeItIsRead() throws Exception {
    try (SpkgServer server = SpkgServer.builder().store(store).port(0).start();
        Socket socket = new Socket("localhost", server.port())) {
      long started = System.nanoTime();
      socket.getOutputStream().write(head("/spkg", 5_000_000, "application/sparql-query", false));
      socket.getOutputStream().flush();

      String answer = readToEnd(socket, Duration.ofSeconds(10));
      assertThat(answer).startsWith("HTTP/1.1 413 ").contains("at most 262144 bytes");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void anUploadLargerThanTheReadAhead_arrivesWhole() throws Exception {
    Path passwords = Files.createTempFile("spkg-passwords", ".txt");
    Files.writeString(passwords, "admin: secret\n");
    StringBuilder turtle = new StringBuilder();
    int triples = 20_000;
    for (int i = 0; i < triples; i++) {
      turtle
          .append("<urn:x:s")
          .append(i)
          .append("> <urn:x:p> \"value number ")
          .append(i)
          .append("\" .\n");
    }
    assertThat(turtle.length()).isGreaterThan((int) SpkgServer.MAX_QUERY_BYTES * 2);
    try (SpkgServer server =
        SpkgServer.builder().store(store).port(0).passwordFile(passwords).start()) {
      String graph = "urn:x:large-upload";
      HttpResponse<String> put =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url() + "spkg/data?graph=" + graph))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)))
                  .header("Content-Type", "text/turtle")
                  .PUT(HttpRequest.BodyPublishers.ofString(turtle.toString()))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
      HttpResponse<String> count =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          server.sparqlEndpoint()
                              + "?query="
                              + java.net.URLEncoder.encode(
                                  "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }",
                                  StandardCharsets.UTF_8)))
                  .header("Accept", "text/csv")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(count.body()).contains(Integer.toString(triples));
    }
  }

  /** Connections that each announce a 200,000-byte query and send one byte per {@code pace}. */
  private final class SlowUploads implements AutoCloseable {
    final List<Socket> sockets = new ArrayList<>();

    SlowUploads(int port, int clients, Duration pace) throws IOException {
      for (int i = 0; i < clients; i++) {
        Socket socket = new Socket("localhost", port);
        socket
            .getOutputStream()
            .write(head("/spkg/sparql", 200_000, "application/sparql-query", false));
        socket.getOutputStream().write('A');
        socket.getOutputStream().flush();
        sockets.add(socket);
      }
      trickle.scheduleAtFixedRate(
          this::oneByteEach, pace.toMillis(), pace.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void oneByteEach() {
      for (Socket socket : sockets) {
        try {
          socket.getOutputStream().write('A');
          socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
          // The server has closed it: nothing more to send.
        }
      }
    }

    /** How many the server has not closed: a read that times out means the connection waits. */
    int open() throws IOException {
      int open = 0;
      for (Socket socket : sockets) {
        socket.setSoTimeout(50);
        try {
          if (socket.getInputStream().read() < 0) {
            continue;
          }
        } catch (SocketTimeoutException waiting) {
          open++;
        }
      }
      return open;
    }

    @Override
    public void close() throws IOException {
      trickle.shutdownNow();
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  private static byte[] head(String path, int length, String type, boolean close) {
    return ("POST "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
            + type
            + "\r\nAccept: text/csv\r\nContent-Length: "
            + length
            + "\r\n"
            + (close ? "Connection: close\r\n" : "")
            + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Everything the server sends until it closes the connection, within {@code bound}. */
  private static String readToEnd(Socket socket, Duration bound) throws IOException {
    socket.setSoTimeout((int) bound.toMillis());
    InputStream in = socket.getInputStream();
    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
  }
}
