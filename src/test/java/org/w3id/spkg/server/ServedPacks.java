package org.w3id.spkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.ParameterException;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.QueryTarget;

/**
 * An spkg server on a seeded store (port 0, loopback) serving the {@code reference} pack of {@code
 * queries/} and the test pack {@code sample} ({@code src/test/resources/server/packs/}), with an
 * HTTP client for its API and readers for what it answers.
 */
final class ServedPacks implements AutoCloseable {

  static final String ARCTIC = "https://w3id.org/spkg/id/region/arctic";
  static final String NATIONS = "api/packs/reference/01-nations-in-region";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final SpkgServer server;
  final QueryPacks packs;

  private ServedPacks(SpkgServer server, QueryPacks packs) {
    this.server = server;
    this.packs = packs;
  }

  /** Starts a server whose row cap is {@code rowCap} (0: none). */
  static ServedPacks start(long rowCap) throws IOException {
    Path store = Files.createTempDirectory("spkg-api-test");
    TestStores.seeded(store);
    Path folder = Files.createTempDirectory("spkg-api-packs");
    copy(TestFiles.QUERIES.resolve("reference"), folder.resolve("reference"));
    copy(Path.of("src/test/resources/server/packs/sample"), folder.resolve("sample"));
    QueryPacks packs = QueryPacks.read(folder);
    SpkgServer.Builder builder =
        SpkgServer.builder()
            .store(store)
            .port(0)
            .loopback(true)
            // forwarded() plays the reverse proxy.
            .trustProxy(true);
    if (rowCap > 0) {
      builder.rowCap(rowCap);
    }
    SpkgServer server = builder.packs(packs).start();
    return new ServedPacks(server, packs);
  }

  String url() {
    return server.url();
  }

  /**
   * The message the CLI prints when {@code values} are given to the query {@code id}.
   *
   * @throws AssertionError if the query takes them
   */
  String problem(String id, Map<String, String> values) {
    try {
      new PackRunner(QueryTarget.dataset(server.dataset(), "the test store"))
          .bind(packs.query(id), values);
    } catch (ParameterException e) {
      return e.problem();
    }
    throw new AssertionError(id + " takes " + values);
  }

  HttpResponse<String> get(String path, String accept) throws Exception {
    return send(path, "GET", accept);
  }

  HttpResponse<String> send(String path, String method, String accept) throws Exception {
    return absolute(server.url() + path, method, accept);
  }

  HttpResponse<String> absolute(String url, String method, String accept) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> post(String path, String form) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The body of {@code path} asked for through a TLS proxy at spkg.example.org. */
  String forwarded(String path) throws Exception {
    return send(request(path)
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "spkg.example.org"))
        .body();
  }

  @Override
  public void close() {
    server.close();
  }

  // ---- reading answers ----

  /** The query {@code id} in a list of packs. */
  static JsonObject query(JsonObject list, String id) {
    return list.get("packs").getAsArray().stream()
        .flatMap(p -> p.getAsObject().get("queries").getAsArray().stream())
        .map(JsonValue::getAsObject)
        .filter(q -> string(q, "id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no query " + id + " in the list"));
  }

  /** A string member of a JSON object, or null. */
  static String string(JsonValue json, String key) {
    JsonValue v = json.getAsObject().get(key);
    return v == null ? null : v.getAsString().value();
  }

  static List<JsonValue> bindings(HttpResponse<String> r) {
    return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
  }

  /** The message of an error answer. */
  static String message(HttpResponse<String> r) {
    return string(JSON.parse(r.body()).get("error"), "message");
  }

  /** rel → URL of a {@code Link} header. */
  static Map<String, String> links(String header) {
    Map<String, String> links = new HashMap<>();
    Matcher m = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"").matcher(header);
    while (m.find()) {
      links.put(m.group(2), m.group(1));
    }
    return links;
  }

  static List<QuerySolution> rows(String csv) {
    return rows(csv, ResultSetLang.RS_CSV);
  }

  static List<QuerySolution> rows(String text, Lang lang) {
    ResultSet rs =
        ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang);
    List<QuerySolution> rows = new ArrayList<>();
    rs.forEachRemaining(rows::add);
    return rows;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
