import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Latency of a one-row query over HTTP against a running spkg server: the check that small
 * responses stay near a millisecond (the output-buffer fix of apache/jena#4084).
 *
 * <pre>
 * ./spkg serve &amp;
 * java bench/SmallQueryLatency.java [ENDPOINT] [REQUESTS]
 * </pre>
 */
public class SmallQueryLatency {
  public static void main(String[] args) throws Exception {
    String endpoint = args.length > 0 ? args[0] : "http://localhost:3030/spkg/sparql";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    String query = "SELECT ?s { ?s a <https://w3id.org/spkg/ontology#Document> } LIMIT 1";
    URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build();
    for (int i = 0; i < 200; i++) {
      client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    long[] micros = new long[n];
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      micros[i] = (System.nanoTime() - t0) / 1000;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(micros);
    System.out.printf(
        "%d requests in %.2f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms%n",
        n, seconds, n / seconds, micros[n / 2] / 1000.0, micros[(int) (n * 0.99)] / 1000.0);
  }
}
