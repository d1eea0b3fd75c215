package org.w3id.spkg.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.TestStores;

/**
 * The pages as a reader meets them, in a real browser: home, the documents, network and timeline
 * views, search, an entity, a document, the query editor, the API docs and the ontology, each at a
 * desktop width and at a 390 px phone. On each: no console error (CSP refusals and failed loads
 * count), no sideways scroll, no Markdown source in the visible text, and no serious or critical
 * violation from axe-core.
 *
 * <p>The browser is Debian's Chromium ({@code apt-get install chromium}), started by the test. On a
 * machine without it the test is skipped and says so, except under CI ({@code CI} set), where a
 * missing browser fails: {@code .ci/run} installs it.
 */
class PagesInBrowserTest {

  private static final int DESKTOP = 1280;
  private static final int PHONE = 390;

  private static Path store;
  private static SpkgServer server;
  private static HeadlessChromium chromium;
  private static String axe;
  private static String pageChecks;
  private static String axeSerious;
  private static String documentPath;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> executable = HeadlessChromium.executable();
    if (executable.isEmpty()) {
      String why =
          "no Chromium at "
              + HeadlessChromium.CANDIDATES
              + " or $SPKG_CHROMIUM: install Debian's (apt-get install chromium) to run the"
              + " browser test";
      if (System.getenv("CI") != null) {
        fail(why + " (CI is set, so the test may not be skipped)");
      }
      assumeTrue(false, why);
    }
    axe = resource("/axe.min.js");
    pageChecks = resource("/org/w3id/spkg/browser/page-checks.js");
    axeSerious = resource("/org/w3id/spkg/browser/axe-serious.js");
    store = Files.createTempDirectory("spkg-browser-test");
    TestStores.seeded(store);
    server = SpkgServer.builder().store(store).port(0).loopback(true).start();
    documentPath = TestStores.firstDocumentPath(server.dataset());
    chromium = HeadlessChromium.start(executable.get());
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  static Stream<Arguments> pages() {
    List<Arguments> all = new ArrayList<>();
    for (int width : new int[] {DESKTOP, PHONE}) {
      for (String path :
          List.of(
              "/",
              "/documents",
              "/network",
              "/timeline",
              "/search?q=gateway",
              "/id/agency/nasa",
              "document",
              "/editor/",
              "/api/",
              "/ontology")) {
        all.add(Arguments.of(path, width));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("pages")
  void pageReadsWell(String page, int width) throws Exception {
    String path = page.equals("document") ? documentPath : page;
    String url = server.url() + path.substring(1);
    assertThat(status(url)).as("status of %s", path).isEqualTo(200);
    try (BrowserTab tab = BrowserTab.open(chromium.devTools(), width, 900)) {
      tab.navigate(url);
      JsonNode seen = tab.evaluate(pageChecks);
      tab.evaluate(axe + "\n;true");
      JsonNode serious = tab.evaluate(axeSerious);
      List<String> errors = tab.errors();

      assertThat(errors).as("console and log errors on %s at %d px", path, width).isEmpty();
      assertThat(seen.get("scrollWidth").asInt())
          .as("page width of %s at %d px; widest: %s", path, width, seen.get("wide"))
          .isLessThanOrEqualTo(seen.get("innerWidth").asInt());
      assertThat(seen.get("markdown"))
          .as("visible Markdown source on %s at %d px", path, width)
          .isEmpty();
      assertThat(serious)
          .as("axe serious/critical violations on %s at %d px", path, width)
          .isEmpty();
    }
  }

  @Test
  void theEditorRunsATypedQuery() throws Exception {
    try (BrowserTab tab = BrowserTab.open(chromium.devTools(), PHONE, 900)) {
      tab.navigate(server.url() + "editor/");
      JsonNode run = tab.evaluate(resource("/org/w3id/spkg/browser/editor-run.js"));

      assertThat(run.get("rows").asInt())
          .as("result rows; status: %s", run.get("status"))
          .isEqualTo(6);
      assertThat(tab.errors()).as("console and log errors while running a query").isEmpty();
    }
  }

  private static int status(String url) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PagesInBrowserTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
