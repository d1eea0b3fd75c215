package org.w3id.spkg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.TestStores;

/**
 * The headers every response carries (issue #13, 10): TRACE is off everywhere; {@code nosniff} on
 * every response, errors included; a Content-Security-Policy on every response, and on each HTML
 * page one that lets the page's own scripts and styles run (checked against the page as a browser
 * parses it) and no inline script.
 */
class ResponseHeadersTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static SpkgServer server;

  /** Every kind of answer: pages, data, errors of each layer. */
  private static final List<String> PATHS =
      List.of(
          "",
          "index.html",
          "editor/",
          "api/",
          "search",
          "search?q=gateway",
          "api/packs",
          "ontology?format=html",
          "ontology",
          "id/nation/JP",
          "id/nation/JP?format=ttl",
          "id/nation/XX",
          "spkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
          "spkg/sparql?query=" + URLEncoder.encode("SELEKT <script>", StandardCharsets.UTF_8),
          "spkg/sparql",
          "spkg/nothing",
          "no/such/page",
          ".well-known/void",
          "$/ping");

  /** The HTML pages, with the Accept that asks for HTML. */
  private static final List<String> PAGES =
      List.of(
          "",
          "index.html",
          "editor/",
          "api/",
          "ontology?format=html",
          "search?q=gateway",
          "documents",
          "network",
          "timeline",
          ".well-known/void",
          "id/nation/JP",
          "id/program/gateway",
          "id/nation/XX");

  @BeforeAll
  static void start() throws Exception {
    Path store = Files.createTempDirectory("spkg-response-headers");
    TestStores.seeded(store);
    server = SpkgServer.builder().store(store).port(0).start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "spkg/sparql", "id/nation/JP", "$/ping", "editor/", "api/packs", "x"})
  void trace_isRefusedEverywhere_andEchoesNothing(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + path))
                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                .header("X-Secret", "s3cret-cookie")
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow").orElseThrow()).doesNotContain("TRACE");
    assertThat(r.body()).doesNotContain("s3cret-cookie");
  }

  @Test
  void everyResponse_saysNosniff_andHasAPolicy() throws Exception {
    for (String path : PATHS) {
      for (String accept : Arrays.asList("text/html", "*/*", null)) {
        HttpResponse<String> r = get(path, accept);
        String what = "GET /" + path + " (" + accept + ") → " + r.statusCode();
        assertThat(r.headers().allValues("X-Content-Type-Options"))
            .as(what)
            .containsExactly("nosniff");
        assertThat(r.headers().allValues("Content-Security-Policy")).as(what).hasSize(1);
      }
    }
  }

  @Test
  void everyHtmlPage_hasAPolicyThatLetsItsOwnScriptsAndStylesRun() throws Exception {
    for (String path : PAGES) {
      HttpResponse<String> r = get(path, "text/html");
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .as(path)
          .startsWith("text/html");
      String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
      Document page = Jsoup.parse(r.body(), server.url() + path);
      assertThat(blockedBy(parse(policy), page)).as("/" + path + " under " + policy).isEmpty();
    }
  }

  @Test
  void thePolicyCheck_findsWhatAPolicyBlocks() {
    // The check itself: an inline script, an inline style and a foreign stylesheet are caught.
    Document page =
        Jsoup.parse(
            "<html><head><style>p{}</style><link rel=stylesheet href='https://cdn.example/x.css'>"
                + "</head><body onload='x()'><script>alert(1)</script></body></html>",
            "http://localhost/");
    assertThat(blockedBy(parse("default-src 'self'"), page)).hasSize(4);
    assertThat(blockedBy(parse(ResponseHeaders.PAGE_POLICY), page)).hasSize(3);
    // A form whose target the policy's form-action leaves out cannot be sent.
    Document search = Jsoup.parse("<form action='/search'></form>", "http://localhost/x");
    assertThat(blockedBy(parse("form-action 'none'"), search)).containsExactly("form to /search");
    assertThat(blockedBy(parse("form-action 'self'"), search)).isEmpty();
    // A style whose hash the policy names runs.
    assertThat(blockedBy(parse("default-src 'self'; style-src " + sha256("p{}")), page))
        .hasSize(3)
        .doesNotContain("inline style");
  }

  // --- a browser's reading of a Content-Security-Policy, for what pages contain

  private static Map<String, List<String>> parse(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String part : policy.split(";")) {
      List<String> words = Arrays.asList(part.trim().split("\\s+"));
      if (!words.get(0).isEmpty()) {
        directives.putIfAbsent(
            words.get(0).toLowerCase(Locale.ROOT), words.subList(1, words.size()));
      }
    }
    return directives;
  }

  private static List<String> sources(Map<String, List<String>> csp, String directive) {
    return csp.getOrDefault(directive, csp.getOrDefault("default-src", List.of("*")));
  }

  private static List<String> formAction(Map<String, List<String>> csp) {
    return csp.getOrDefault("form-action", List.of("*"));
  }

  /** What in {@code page} the policy would block: inline code, and resources from elsewhere. */
  private static List<String> blockedBy(Map<String, List<String>> csp, Document page) {
    List<String> blocked = new ArrayList<>();
    List<String> scripts = sources(csp, "script-src");
    List<String> styles = sources(csp, "style-src");
    for (Element script : page.select("script")) {
      if (script.hasAttr("src")) {
        if (!allows(scripts, script.absUrl("src"), page.location())) {
          blocked.add("script " + script.attr("src"));
        }
      } else if (!script.data().isBlank()
          && !scripts.contains("'unsafe-inline'")
          && !(script.hasAttr("nonce")
              && scripts.contains("'nonce-" + script.attr("nonce") + "'"))) {
        blocked.add("inline script");
      }
    }
    for (Element e : page.getAllElements()) {
      e.attributes()
          .forEach(
              a -> {
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                    && !scripts.contains("'unsafe-inline'")) {
                  blocked.add("handler " + a.getKey());
                }
              });
      if (e.attr("href").trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
        blocked.add("javascript: link");
      }
    }
    boolean inlineStyles = styles.contains("'unsafe-inline'");
    boolean unhashedStyle =
        page.select("style").stream().anyMatch(style -> !styles.contains(sha256(style.data())));
    if (!inlineStyles && (unhashedStyle || !page.select("[style]").isEmpty())) {
      blocked.add("inline style");
    }
    for (Element link : page.select("link[rel~=(?i)stylesheet]")) {
      if (!allows(styles, link.absUrl("href"), page.location())) {
        blocked.add("stylesheet " + link.attr("href"));
      }
    }
    // form-action does not fall back to default-src: without it, any target is allowed.
    List<String> forms = formAction(csp);
    for (Element form : page.select("form")) {
      String action = form.hasAttr("action") ? form.absUrl("action") : page.location();
      if (!allows(forms, action, page.location())) {
        blocked.add("form to " + form.attr("action"));
      }
    }
    for (Element img : page.select("img[src]")) {
      if (!allows(sources(csp, "img-src"), img.absUrl("src"), page.location())) {
        blocked.add("image " + img.attr("src"));
      }
    }
    return blocked;
  }

  /** The source that allows an inline element with this text: {@code 'sha256-…'}. */
  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean allows(List<String> sources, String url, String pageUrl) {
    if (sources.contains("*")) {
      return !url.startsWith("data:") || sources.contains("data:");
    }
    if (url.startsWith("data:")) {
      return sources.contains("data:");
    }
    URI u = URI.create(url);
    URI p = URI.create(pageUrl);
    boolean sameOrigin =
        u.getScheme().equals(p.getScheme())
            && u.getHost().equals(p.getHost())
            && u.getPort() == p.getPort();
    return (sameOrigin && sources.contains("'self'"))
        || sources.stream().anyMatch(s -> !s.startsWith("'") && url.startsWith(s));
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
