package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.PublicBase;

/**
 * The chart of an agreement's signatories over time, on its page served over HTTP and parsed with
 * jsoup, for an invented agreement whose three documents state 12, more than 20 and 31 signatories
 * ({@code agreement-history/lunar-accord.trig}): where each point is, what it says, and that the
 * agreement's markup-laden label stays text.
 */
class SignatoryChartTest {

  private static final String LABEL = "Lunar <b>Accord</b> & \"Friends\"";
  private static final String ACCORD = "id/program/lunar-accord";

  private static final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static FusekiServer server;
  private static String base;

  @BeforeAll
  static void start() {
    dsg.executeWrite(
        () -> RDFDataMgr.read(dsg, "src/test/resources/agreement-history/lunar-accord.trig"));
    server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/spkg", dsg)
            .addServlet(
                EntityResource.PATH_SPEC,
                new EntityResource(dsg, PublicBase.W3ID, new EntityPage(dsg)))
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

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html")
            .GET()
            .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    String dir = System.getProperty("spkg.pages.out");
    if (dir != null) {
      Path out = Path.of(dir, path.replace('/', '_') + ".html");
      Files.createDirectories(out.getParent());
      Files.writeString(out, r.body(), StandardCharsets.UTF_8);
    }
    return r;
  }

  private static Element chart() throws Exception {
    Document doc = Jsoup.parse(get(ACCORD).body(), base + ACCORD);
    Element section = doc.getElementById("signatories-over-time");
    assertThat(section).as("the chart's section").isNotNull();
    return section;
  }

  @Test
  void threeTotals_areThreePoints_inDateOrder_atTheirDateAndValue() throws Exception {
    Element chart = chart();

    // x: 2021-03-01 at the left end (40 + 12), 2024-03-01 at the right end (336 - 12),
    // 2022-03-01 after 365 of the 1096 days between; y: 31, the highest, at the top (28),
    // 0 at the bottom (144).
    List<String> points =
        chart.select("g.point circle").stream()
            .map(c -> c.attr("cx") + "," + c.attr("cy"))
            .toList();
    assertThat(points).containsExactly("52.0,99.1", "142.6,69.2", "324.0,28.0");
    assertThat(chart.selectFirst("polyline.line").attr("points"))
        .isEqualTo("52.0,99.1 142.6,69.2 324.0,28.0");
    assertThat(chart.select("g.point text.value").eachText()).containsExactly("12", ">20", "31");
    assertThat(chart.select("g.point > title").eachText())
        .containsExactly(
            "2021-03-01: 12, as Fact sheet: a new lunar accord states",
            "2022-03-01: more than 20, as Statement on the <accord>'s growth states",
            "2024-03-01: 31, as Readout: the accord turns five states");
    assertThat(chart.select("g.dates text").eachText()).containsExactly("2021-03-01", "2024-03-01");
    assertThat(chart.select("g.axes text").eachText()).containsExactly("0", "31");
  }

  @Test
  void aCountOfSomethingElse_isNotCharted() throws Exception {
    Element chart = chart();

    assertThat(chart.select("svg text").eachText()).doesNotContain("400");
    assertThat(chart.select("table.totals tbody tr")).hasSize(3);
  }

  @Test
  void chart_hasTitleDescriptionAndATable_andScalesToThePage() throws Exception {
    Element chart = chart();
    Element svg = chart.selectFirst("svg.chart");

    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.attr("viewBox")).isEqualTo("0 0 360 180");
    assertThat(svg.hasAttr("width")).as("no fixed width: it scales to a 390 px phone").isFalse();
    for (String id : svg.attr("aria-labelledby").split(" ")) {
      assertThat(svg.getElementById(id)).as(id).isNotNull();
    }
    assertThat(svg.selectFirst("desc").text())
        .isEqualTo("3 totals stated by 3 documents, from 12 on 2021-03-01 to 31 on 2024-03-01.");
    assertThat(chart.select("table.totals tbody tr").eachText())
        .containsExactly(
            "2021-03-01 12 Fact sheet: a new lunar accord",
            "2022-03-01 more than 20 Statement on the <accord>'s growth",
            "2024-03-01 31 Readout: the accord turns five");
    assertThat(chart.select("table.totals a").eachAttr("href"))
        .allMatch(h -> h.startsWith(base + "id/document/20"));
  }

  @Test
  void labelsWithMarkup_areShownAsText() throws Exception {
    String body = get(ACCORD).body();
    Element chart = chart();

    assertThat(chart.selectFirst("svg > title").text())
        .isEqualTo("Signatories of " + LABEL + " over time");
    assertThat(chart.select("b, accord")).isEmpty();
    assertThat(body)
        .contains("Signatories of Lunar &lt;b&gt;Accord&lt;/b&gt; &amp; &quot;Friends&quot;")
        .contains(
            "<text class=\"value\" x=\"142.6\" y=\"60.2\" text-anchor=\"middle\">&gt;20</text>")
        .doesNotContain("<b>Accord</b>");
  }

  @Test
  void agreementWithoutStatedTotals_hasNoChart() throws Exception {
    Document doc = Jsoup.parse(get("id/program/quiet-accord").body());

    assertThat(doc.getElementById("signatories-over-time")).isNull();
    assertThat(doc.select("svg")).isEmpty();
  }

  @Test
  void onePoint_isDrawnWithItsNumber_inTheMiddle_withoutALine() {
    SignatoryChart.Point only =
        new SignatoryChart.Point(
            "2023-12-20",
            "33",
            "",
            "",
            NodeFactory.createURI("https://w3id.org/spkg/id/document/d"),
            NodeFactory.createURI("https://w3id.org/spkg/id/evidence/d/1-2"));

    List<SignatoryChart.Placed> placed = SignatoryChart.place(List.of(only));

    assertThat(placed).hasSize(1);
    assertThat(placed.get(0).x()).isEqualTo((SignatoryChart.LEFT + SignatoryChart.RIGHT) / 2.0);
    assertThat(placed.get(0).y()).isEqualTo(SignatoryChart.TOP);
    assertThat(SignatoryChart.description(List.of(only)))
        .isEqualTo("One total stated: 33 on 2023-12-20.");
  }

  @Test
  void dates_ofEachPrecision_havePlacesOnTheAxis_othersNone() {
    assertThat(SignatoryChart.day("2024-03-01")).contains(19783L);
    assertThat(SignatoryChart.day("2024-03")).contains(19783L);
    assertThat(SignatoryChart.day("2024")).contains(19723L);
    assertThat(SignatoryChart.day("March 2024")).isEmpty();
  }
}
