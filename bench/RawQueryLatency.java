import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Latency of a one-row query over HTTP measured with a minimal client: one keep-alive socket, the
 * request written by hand, the answer read to its end (Content-Length or chunked). Beside {@code
 * SmallQueryLatency.java} (the JDK HttpClient), it shows how much of a small query's HTTP time is
 * the client's.
 *
 * <pre>
 * ./spkg serve &amp;
 * java bench/RawQueryLatency.java [PORT] [REQUESTS]
 * </pre>
 */
public class RawQueryLatency {
  public static void main(String[] a) throws Exception {
    int port = a.length > 0 ? Integer.parseInt(a[0]) : 3030;
    int n = a.length > 1 ? Integer.parseInt(a[1]) : 2000;
    String q = "SELECT ?s { ?s a <https://w3id.org/spkg/ontology#Document> } LIMIT 1";
    String req = "GET /spkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n\r\n";
    byte[] rb = req.getBytes(StandardCharsets.US_ASCII);
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setTcpNoDelay(true);
      OutputStream out = s.getOutputStream();
      BufferedInputStream in = new BufferedInputStream(s.getInputStream(), 65536);
      long[] t = new long[n];
      for (int i = -300; i < n; i++) {
        long t0 = System.nanoTime();
        out.write(rb); out.flush();
        read(in);
        if (i >= 0) t[i] = System.nanoTime() - t0;
      }
      Arrays.sort(t);
      System.out.printf("raw socket: p50 %.3f ms p90 %.3f ms p99 %.3f ms%n", t[n/2]/1e6, t[n*9/10]/1e6, t[n*99/100]/1e6);
    }
  }
  static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(); int c;
    while ((c = in.read()) != '\n') { if (c < 0) throw new EOFException(); if (c != '\r') b.append((char) c); }
    return b.toString();
  }
  static void read(InputStream in) throws IOException {
    String status = line(in); if (!status.contains(" 200 ")) throw new IOException(status);
    int len = -1; boolean chunked = false; String h;
    while (!(h = line(in)).isEmpty()) {
      String l = h.toLowerCase();
      if (l.startsWith("content-length:")) len = Integer.parseInt(l.substring(15).trim());
      if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
    }
    if (chunked) { while (true) { int size = Integer.parseInt(line(in).trim(), 16); if (size == 0) { line(in); return; } in.readNBytes(size); line(in); } }
    in.readNBytes(len);
  }
}
