package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text answers are gzip-compressed for clients that ask, and browsers find a favicon. */
class CompressionAndIconTest {

  private static SpkgServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Path store = Files.createTempDirectory("spkg-gzip-test");
    TestStores.seeded(store);
    server = SpkgServer.builder().store(store).port(0).loopback(true).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void pagesAreCompressedForClientsThatAcceptGzip() throws Exception {
    HttpResponse<byte[]> plain = get("", "Accept", "text/html");
    HttpResponse<byte[]> zipped = get("", "Accept", "text/html", "Accept-Encoding", "gzip");

    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(zipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
    byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
    assertThat(new String(inflated, StandardCharsets.UTF_8))
        .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
  }

  @Test
  void anAnswerThatVariesByAcceptKeepsAcceptEncodingInVary() throws Exception {
    HttpResponse<byte[]> ontology = get("ontology", "Accept", "text/turtle");

    assertThat(String.join(",", ontology.headers().allValues("Vary")))
        .contains("Accept")
        .contains("Accept-Encoding");
  }

  @Test
  void queryResultsAreCompressedToo() throws Exception {
    String query = "query=ASK%7B%7D";
    HttpResponse<byte[]> zipped =
        get(
            "spkg/sparql?" + query,
            "Accept",
            "application/sparql-results+json",
            "Accept-Encoding",
            "gzip");
    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
  }

  @Test
  void theFaviconIsAnIconRevalidatedByItsTag() throws Exception {
    HttpResponse<byte[]> icon = get("favicon.ico");

    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).contains("image/x-icon");
    assertThat(icon.body()).startsWith(0, 0, 1, 0);
    String tag = icon.headers().firstValue("ETag").orElseThrow();
    assertThat(get("favicon.ico", "If-None-Match", tag).statusCode()).isEqualTo(304);
  }
}
