package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;

/**
 * The editor links result IRIs to their pages on the server that serves it, unless it is served at
 * the public base itself (issue #16 item 2): the page tells its script both bases.
 */
class EditorLocalLinksTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void servedElsewhereThanThePublicBase_theEditorLinksIrisToLocalPages() throws Exception {
    Element results = results(0, PublicBase.W3ID);
    assertThat(results.attr("data-public-base")).isEqualTo("https://w3id.org/spkg/");
    assertThat(results.attr("data-local-base")).isEqualTo("../");
  }

  @Test
  void servedAtThePublicBase_theEditorKeepsThePublicIris() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    PublicBase here = PublicBase.of("http://localhost:" + port + "/");
    Element results = results(port, here);
    assertThat(results.attr("data-public-base")).isEqualTo(here.iri());
    assertThat(results.attr("data-local-base")).isEmpty();
  }

  @Test
  void theScript_readsTheBasesAndLinksLocalPagesInTheSameTab() {
    String js =
        HtmlTemplates.resource(EditorPage.class, "editor/editor.js").replaceAll("\\s+", " ");
    assertThat(js)
        .contains("results.dataset.publicBase", "results.dataset.localBase")
        .contains("el(\"a\", { class: \"iri\", href: local, title: iri }, text)");
  }

  private static Element results(int port, PublicBase base) throws Exception {
    FusekiServer.Builder b =
        FusekiServer.create()
            .port(port)
            .loopback(true)
            .add("/spkg", DatasetGraphFactory.createTxnMem());
    EditorPage.addTo(b, TestFiles.QUERIES, base);
    FusekiServer server = b.build().start();
    try {
      URI page = URI.create("http://localhost:" + server.getHttpPort() + "/editor/");
      String body =
          HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      return Jsoup.parse(body).getElementById("results");
    } finally {
      server.stop();
    }
  }
}
