import java.io.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.*;
import org.eclipse.jetty.util.Callback;

/**
 * The floor under {@code RawQueryLatency.java}: a server that answers every request on a
 * keep-alive connection with the same bytes spkg sends for its one-row query (headers and JSON),
 * without doing anything else. {@code raw}: one thread on a plain socket (the loopback and the
 * client, nothing of a server); {@code jetty}: a bare Jetty 12 server with a handler that writes
 * the answer (what Jetty itself costs). Measure with the same client:
 *
 * <pre>
 * java -cp target/spkg.jar bench/LoopbackFloor.java raw 3097 &amp;
 * java bench/RawQueryLatency.java 3097 20000
 * </pre>
 */
public class LoopbackFloor {
  static final String BODY =
      "{ \"head\": {\n    \"vars\": [ \"s\" ]\n  } ,\n  \"results\": {\n    \"bindings\": [\n"
          + "      { \n        \"s\": { \"type\": \"uri\" , \"value\": \"https://w3id.org/spkg/id/"
          + "document/2023-12-20-fact-sheet-strengthening-us-international-space-partnerships\" }\n"
          + "      }\n    ]\n  }\n}\n";

  public static void main(String[] a) throws Exception {
    String mode = a.length > 0 ? a[0] : "raw";
    int port = a.length > 1 ? Integer.parseInt(a[1]) : 3097;
    if (mode.equals("jetty")) {
      jetty(port);
    } else {
      raw(port);
    }
  }

  static void jetty(int port) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            response.getHeaders().put("Content-Type", "application/sparql-results+json; charset=utf-8");
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
          }
        });
    server.start();
    System.err.println("bare Jetty on " + port);
    server.join();
  }

  static void raw(int port) throws Exception {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 200 OK\r\nDate: Sat, 05 Dec 2026 22:11:25 GMT\r\nVary: Accept,Accept-Encoding,"
            + "Accept-Charset,Origin\r\nCache-Control: must-revalidate,no-cache,no-store\r\n"
            + "Content-Type: application/sparql-results+json; charset=utf-8\r\n"
            + "Access-Control-Allow-Origin: *\r\nX-Content-Type-Options: nosniff\r\n"
            + "Content-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    answer.write(head.getBytes(StandardCharsets.US_ASCII));
    answer.write(body);
    byte[] bytes = answer.toByteArray();
    try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      System.err.println("raw socket on " + port);
      while (true) {
        Socket s = listener.accept();
        new Thread(() -> serve(s, bytes)).start();
      }
    }
  }

  static void serve(Socket s, byte[] answer) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
      OutputStream out = s.getOutputStream();
      int state = 0;
      int c;
      while ((c = in.read()) >= 0) {
        // the end of a request without a body: CR LF CR LF
        state = (c == '\r' && (state == 0 || state == 2)) ? state + 1
            : (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        if (state == 4) {
          out.write(answer);
          out.flush();
          state = 0;
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }
}
