package org.w3id.spkg.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Swagger UI page at /api/ and the webjar's files it loads. */
class SwaggerUiTest {

  private static final HttpClient http = HttpClient.newHttpClient();
  private static FusekiServer server;
  private static String base;

  @BeforeAll
  static void start() {
    server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .addServlet(SwaggerUi.PATH_SPEC, new SwaggerUi())
            .build()
            .start();
    base = "http://localhost:" + server.getHttpPort() + "/";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void page_loadsSwaggerUiFromTheWebjar_overTheOpenApiDocument() throws Exception {
    HttpResponse<String> r = get("api/", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'")
        .doesNotContain("script-src");
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("#swagger-ui").attr("data-url")).isEqualTo("openapi.json");
    assertThat(page.select("script").stream().filter(s -> !s.hasAttr("src"))).isEmpty();
    String version = SwaggerUi.webjarVersion();
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(page.select("script[src]").eachAttr("src"))
        .contains("swagger-ui/swagger-ui-bundle.js?v=" + version);
    assertThat(page.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("swagger-ui/swagger-ui.css?v=" + version);

    HttpResponse<String> redirect = get("api", null);
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/api/");
  }

  @Test
  void assets_areServedWithTheirTypes_andCachedForGoodByVersion() throws Exception {
    String page = get("api/", null).body();
    for (String src : List.of("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css")) {
      Matcher m = Pattern.compile(Pattern.quote(src) + "\\?v=([^\"]+)").matcher(page);
      assertThat(m.find()).as(src).isTrue();
      HttpResponse<String> versioned = get("api/" + src + "?v=" + m.group(1), null);
      assertThat(versioned.statusCode()).isEqualTo(200);
      assertThat(versioned.headers().firstValue("Content-Type").orElseThrow())
          .startsWith(src.endsWith(".js") ? "text/javascript" : "text/css");
      assertThat(versioned.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      assertThat(versioned.body()).hasSizeGreaterThan(10_000);
      String etag = versioned.headers().firstValue("ETag").orElseThrow();
      assertThat(get("api/" + src, etag).statusCode()).isEqualTo(304);
    }
    Matcher init = Pattern.compile("swagger-init\\.js\\?v=([0-9a-f]+)").matcher(page);
    assertThat(init.find()).isTrue();
    HttpResponse<String> script = get("api/swagger-init.js?v=" + init.group(1), null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("SwaggerUIBundle(");
  }

  @Test
  void unknownFiles_are404() throws Exception {
    for (String path :
        List.of(
            "api/swagger-ui/nope.js",
            "api/swagger-ui/index.html",
            "api/swagger-ui/",
            "api/nothing",
            "api/swagger-ui/..%2F..%2Fpom.properties")) {
      assertThat(get(path, null).statusCode()).as(path).isIn(400, 404);
    }
  }

  private static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
