package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.spkg.server.endpoint.DumpServlet;

/** The gzipped dumps over real HTTP: headers, determinism, and the store parsed back. */
class DumpServletTest {

  private static ServedStore served;
  private static DatasetGraph dsg;
  private static String base;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    served = ServedStore.seeded("spkg-dump-test");
    dsg = served.dsg;
    base = ServedStore.base(served.start(DumpServlet.PATH_SPEC, new DumpServlet(dsg)));
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  private static HttpResponse<byte[]> get(String path, String method, String acceptEncoding)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (acceptEncoding != null) {
      b.header("Accept-Encoding", acceptEncoding);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"spkg.trig.gz, TRIG", "spkg.nq.gz, NQUADS"})
  void get_dump_parsesBackIsomorphicToTheStore(String file, String syntax) throws Exception {
    HttpResponse<byte[]> r = get("dumps/" + file, "GET", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gzip");
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + file + "\"");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    DatasetGraph parsed = DatasetGraphFactory.create();
    Lang lang = "TRIG".equals(syntax) ? Lang.TRIG : Lang.NQUADS;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      RDFParser.source(in).lang(lang).parse(parsed);
    }
    DatasetGraph stored = DatasetGraphFactory.create();
    dsg.executeRead(() -> dsg.find().forEachRemaining(stored::add));

    assertThat(stored.isEmpty()).isFalse();
    assertThat(parsed.listGraphNodes()).toIterable().hasSizeGreaterThanOrEqualTo(5);
    if (!IsoMatcher.isomorphic(parsed, stored)) {
      RDFDataMgr.write(System.err, parsed, Lang.NQUADS);
      assertThat(parsed.stream().count())
          .as("quads parsed vs stored")
          .isEqualTo(stored.stream().count());
      assertThat(false).as("the dump is isomorphic to the store").isTrue();
    }
  }

  @Test
  void get_twice_givesTheSameBytes() throws Exception {
    byte[] first = get("dumps/spkg.nq.gz", "GET", null).body();
    byte[] second = get("dumps/spkg.nq.gz", "GET", null).body();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void get_clientAcceptingGzipEncoding_stillGetsTheFileAsItIs() throws Exception {
    HttpResponse<byte[]> r = get("dumps/spkg.trig.gz", "GET", "gzip, deflate");

    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      String start = new String(in.readNBytes(200), StandardCharsets.UTF_8);
      assertThat(start).contains("@prefix");
    }
  }

  @Test
  void head_answersHeadersWithoutABody() throws Exception {
    HttpResponse<byte[]> r = get("dumps/spkg.trig.gz", "HEAD", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/gzip");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"spkg.trig.gz\"");
    assertThat(r.headers().firstValue("Content-Length")).isNotEqualTo(Optional.of("0"));
    assertThat(r.body()).isEmpty();
  }

  @Test
  void get_unknownDump_is404ListingTheDumps() throws Exception {
    HttpResponse<byte[]> r = get("dumps/spkg.ttl.gz", "GET", null);
    String body = new String(r.body(), StandardCharsets.UTF_8);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(body)
        .contains("No dump named 'spkg.ttl.gz'")
        .contains(base + "dumps/spkg.trig.gz  (application/trig, gzipped)")
        .contains(base + "dumps/spkg.nq.gz  (application/n-quads, gzipped)");
  }
}
