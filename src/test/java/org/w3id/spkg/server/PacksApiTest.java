package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.server.ServedPacks.ARCTIC;
import static org.w3id.spkg.server.ServedPacks.NATIONS;
import static org.w3id.spkg.server.ServedPacks.bindings;
import static org.w3id.spkg.server.ServedPacks.encode;
import static org.w3id.spkg.server.ServedPacks.message;
import static org.w3id.spkg.server.ServedPacks.query;
import static org.w3id.spkg.server.ServedPacks.rows;
import static org.w3id.spkg.server.ServedPacks.string;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running pack queries over HTTP ({@link ServedPacks}): the list, the answer in each format by
 * extension or Accept, parameters bound as typed terms, and errors as JSON with the CLI's messages.
 */
class PacksApiTest {

  private static final List<String> INJECTIONS =
      List.of("x\" } ; DROP ALL #", "> . ?s ?p ?o . <", ARCTIC + ">\n} UNION { ?s ?p ?o");

  private static ServedPacks api;

  @BeforeAll
  static void start() throws Exception {
    api = ServedPacks.start(0);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void list_namesEveryPackAndQueryWithItsParametersAndUrl() throws Exception {
    HttpResponse<String> r = api.get("api/packs", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
    JsonObject json = JSON.parse(r.body());
    assertThat(json.get("packs").getAsArray().stream().map(p -> string(p, "name")))
        .containsExactly("reference", "sample");
    assertThat(string(json, "openapi")).isEqualTo(api.url() + "api/openapi.json");

    JsonObject nations = query(json, "reference/01-nations-in-region");
    assertThat(string(nations, "summary")).isEqualTo("Nations in a region");
    assertThat(string(nations, "url")).isEqualTo(api.url() + NATIONS);
    assertThat(string(nations, "method")).isEqualTo("GET");
    assertThat(string(nations, "timeout")).isEqualTo("10s");
    assertThat(nations.get("pagination").isNull()).isTrue();
    JsonObject region = nations.get("parameters").getAsArray().get(0).getAsObject();
    assertThat(string(region, "name")).isEqualTo("region");
    assertThat(string(region, "variable")).isEqualTo("?_region_iri");
    assertThat(string(region, "type")).isEqualTo("iri");
    assertThat(string(region, "default")).isEqualTo(ARCTIC);
    // region has a default, so a request may leave it out: not required (issue #16 item 10).
    assertThat(region.get("required").getAsBoolean().value()).isFalse();

    JsonObject byCode = query(json, "sample/02-nation-by-code");
    JsonObject code = byCode.get("parameters").getAsArray().get(0).getAsObject();
    assertThat(code.get("allowed").getAsArray().stream().map(v -> v.getAsString().value()))
        .containsExactly("JP", "US", "FR");
    assertThat(string(query(json, "sample/04-count-in-region"), "method")).isEqualTo("POST");
    assertThat(query(json, "sample/01-nations-paged").get("pagination").getAsNumber().value())
        .extracting(Number::intValue)
        .isEqualTo(3);
    assertThat(string(query(json, "sample/05-slow"), "timeout")).isEqualTo("100ms");
    JsonObject echo = query(json, "sample/06-echo");
    assertThat(echo.get("parameters").getAsArray().stream().map(p -> string(p, "datatype")))
        .containsExactly(null, null, "xsd:date", null, null);

    JsonObject pack = JSON.parse(api.get("api/packs/sample", null).body());
    assertThat(string(pack, "title")).isEqualTo("queries that exercise the packs API");
    assertThat(pack.get("queries").getAsArray()).hasSize(8);
  }

  @Test
  void csv_isTheQuerysAnswerWithTheParameterBound() throws Exception {
    HttpResponse<String> r = api.get(NATIONS + ".csv?region=" + encode(ARCTIC), null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv;charset=utf-8");
    List<QuerySolution> rows = rows(r.body(), ResultSetLang.RS_CSV);
    assertThat(rows).isNotEmpty();
    assertThat(rows).extracting(s -> s.get("label").toString()).contains("Norway", "Canada");
    assertThat(rows).extracting(s -> s.get("alpha2").toString()).doesNotContain("JP", "FR");
    assertThat(r.headers().firstValue("SPKG-Rows")).hasValue(Integer.toString(rows.size()));
    assertThat(r.headers().firstValue("SPKG-Row-Cap")).isEmpty();
    assertThat(r.headers().allValues("Server-Timing"))
        .as("the query's time, the wait for its turn, and the time from it to the first bytes")
        .anyMatch(v -> v.matches("query;dur=[0-9.]+"))
        .anyMatch(v -> v.matches("wait;dur=[0-9.]+"))
        .anyMatch(v -> v.matches("run;dur=[0-9.]+"));
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

    // The short form of an IRI, and the default when the parameter is left out.
    assertThat(api.get(NATIONS + ".csv?region=region/arctic", null).body()).isEqualTo(r.body());
    assertThat(api.get(NATIONS + ".csv", null).body()).isEqualTo(r.body());
    List<QuerySolution> asia = rows(api.get(NATIONS + ".csv?region=region%2Fasia", null).body());
    assertThat(asia).extracting(s -> s.get("alpha2").toString()).contains("AF");
  }

  @Test
  void eachExtension_givesItsFormat() throws Exception {
    String q = "?region=" + encode(ARCTIC);
    HttpResponse<String> json = api.get(NATIONS + ".json" + q, null);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValue("application/sparql-results+json");
    JsonObject parsed = JSON.parse(json.body());
    assertThat(parsed.get("head").getAsObject().get("vars").getAsArray())
        .extracting(v -> v.getAsString().value())
        .containsExactly("nation", "label", "alpha2", "alpha3", "wikidata");
    int n = parsed.get("results").getAsObject().get("bindings").getAsArray().size();
    assertThat(n).isGreaterThan(3);

    HttpResponse<String> tsv = api.get(NATIONS + ".tsv" + q, null);
    assertThat(tsv.headers().firstValue("Content-Type"))
        .hasValue("text/tab-separated-values;charset=utf-8");
    assertThat(rows(tsv.body(), ResultSetLang.RS_TSV)).hasSize(n);

    HttpResponse<String> md = api.get(NATIONS + ".md" + q, null);
    assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=utf-8");
    assertThat(md.body().lines().toList())
        .startsWith("| nation | label | alpha2 | alpha3 | wikidata |", "|---|---|---|---|---|")
        .hasSize(n + 2);

    HttpResponse<String> txt = api.get(NATIONS + ".txt" + q, null);
    assertThat(txt.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    assertThat(txt.body()).contains("| nation").contains("\"Norway\"");

    for (String other : List.of("xml", "rq", "table")) {
      HttpResponse<String> r = api.get(NATIONS + "." + other + q, null);
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(message(r)).startsWith("no result format '." + other + "'; the formats are");
    }
    assertThat(api.get(NATIONS + ".CSV" + q, null).body())
        .isEqualTo(api.get(NATIONS + ".csv" + q, null).body());
  }

  @Test
  void accept_choosesTheFormat_withJsonByDefault() throws Exception {
    Map<String, String> expected =
        Map.of(
            "", "application/sparql-results+json",
            "text/csv", "text/csv;charset=utf-8",
            "application/json", "application/sparql-results+json",
            "text/csv;q=0.5, text/markdown", "text/markdown;charset=utf-8",
            "text/*", "text/csv;charset=utf-8",
            "text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json",
            "text/tab-separated-values", "text/tab-separated-values;charset=utf-8",
            "text/plain", "text/plain;charset=utf-8");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      HttpResponse<String> r = api.get(NATIONS, e.getKey().isEmpty() ? null : e.getKey());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).as(e.getKey()).hasValue(e.getValue());
      // Vary is a list: the server adds Accept-Encoding to the Accept the API sets.
      assertThat(String.join(",", r.headers().allValues("Vary")).split("\\s*,\\s*"))
          .contains("Accept");
    }
    HttpResponse<String> csv = api.get(NATIONS + "?region=region%2Feurope", "text/csv");
    assertThat(csv.headers().firstValue("Content-Location"))
        .hasValue(api.url() + NATIONS + ".csv?region=region%2Feurope");

    HttpResponse<String> none = api.get(NATIONS, "image/png, text/csv;q=0");
    assertThat(none.statusCode()).isEqualTo(406);
    assertThat(message(none)).startsWith("no result format is acceptable");
  }

  @Test
  void injectionAttempts_areRefusedByType_andNeverChangeTheQuery() throws Exception {
    for (String value : INJECTIONS) {
      HttpResponse<String> r = api.get(NATIONS + ".json?region=" + encode(value), null);
      assertThat(r.statusCode()).as(value).isEqualTo(400);
      JsonObject error = JSON.parse(r.body()).get("error").getAsObject();
      assertThat(string(error, "message"))
          .startsWith("parameter 'region' must be an IRI")
          .isEqualTo(api.problem("reference/01-nations-in-region", Map.of("region", value)));
      assertThat(string(error, "parameter")).isEqualTo("region");
      assertThat(r.body()).doesNotContain("bindings", "Norway");

      // As a string, the same text is a value like any other: one row, the text itself.
      HttpResponse<String> echo =
          api.get("api/packs/sample/06-echo.json?text=" + encode(value), null);
      assertThat(echo.statusCode()).isEqualTo(200);
      List<JsonValue> echoed = bindings(echo);
      assertThat(echoed).hasSize(1);
      assertThat(string(echoed.get(0).getAsObject().get("text"), "value")).isEqualTo(value);
    }
  }

  @Test
  void typedValues_areBoundAsTypedTerms() throws Exception {
    HttpResponse<String> r =
        api.get(
            "api/packs/sample/06-echo.json?since=2024-01-31&share=2.5&count=7&label=Moon", null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonObject row = bindings(r).get(0).getAsObject();
    assertThat(string(row.get("since"), "datatype"))
        .isEqualTo("http://www.w3.org/2001/XMLSchema#date");
    assertThat(string(row.get("share"), "datatype"))
        .isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
    assertThat(string(row.get("count"), "datatype"))
        .isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
    assertThat(string(row.get("label"), "xml:lang")).isEqualTo("en");
  }

  @Test
  void badRequests_getTheClisMessage_asJson() throws Exception {
    record Case(String query, Map<String, String> values, String parameter, String says) {}
    List<Case> cases =
        List.of(
            new Case("sample/06-echo", Map.of("count", "abc"), "count", "must be an integer"),
            new Case("sample/06-echo", Map.of("since", "2024-13-45"), "since", "xsd:date"),
            new Case("sample/06-echo", Map.of("share", "1e3"), "share", "must be a number"),
            new Case("sample/01-nations-paged", Map.of(), "region", "is required"),
            new Case("sample/02-nation-by-code", Map.of("code", "DE"), "code", "allowed: JP, US"),
            new Case("reference/01-nations-in-region", Map.of("nope", "1"), "nope", "its param"),
            new Case("reference/01-nations-in-region", Map.of("page", "2"), "page", "no pagin"),
            new Case("sample/01-nations-paged", Map.of("page", "0"), "page", "from 1"));
    for (Case c : cases) {
      StringBuilder url = new StringBuilder("api/packs/" + c.query() + "?");
      c.values().forEach((k, v) -> url.append(encode(k)).append('=').append(encode(v)).append('&'));
      HttpResponse<String> r = api.get(url.toString(), null);
      assertThat(r.statusCode()).as(c.toString()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
      JsonObject error = JSON.parse(r.body()).get("error").getAsObject();
      assertThat(error.get("status").getAsNumber().value().intValue()).isEqualTo(400);
      assertThat(string(error, "parameter")).as(c.toString()).isEqualTo(c.parameter());
      assertThat(string(error, "message"))
          .as(c.toString())
          .contains(c.says())
          .isEqualTo(api.problem(c.query(), c.values()));
    }

    HttpResponse<String> twice =
        api.get(NATIONS + "?region=region/europe&region=region/asia", null);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(message(twice)).isEqualTo("parameter 'region' is given 2 times; give it once");
  }

  @Test
  void unknownPackOrQuery_is404_listingWhatThereIs() throws Exception {
    HttpResponse<String> pack = api.get("api/packs/nope/01-x", null);
    assertThat(pack.statusCode()).isEqualTo(404);
    assertThat(message(pack)).isEqualTo("no such pack; the packs are reference, sample");
    assertThat(message(api.get("api/packs/nope", null))).isEqualTo(message(pack));

    HttpResponse<String> query = api.get("api/packs/reference/09-nothing.csv", null);
    assertThat(query.statusCode()).isEqualTo(404);
    assertThat(message(query))
        .isEqualTo(
            "no such query; the pack's queries are 01-nations-in-region, 02-agencies-of-nation,"
                + " 03-space-agencies");
    assertThat(api.get("api/packs/reference/01-nations-in-region/more", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void listing_andOpenApi_agreeOnWhichParametersAreRequired() throws Exception {
    JsonObject listing = JSON.parse(api.get("api/packs", null).body());
    JsonObject paths =
        JSON.parse(api.get("api/openapi.json", null).body()).get("paths").getAsObject();
    int compared = 0;
    for (var pack : listing.get("packs").getAsArray()) {
      for (var q : pack.getAsObject().get("queries").getAsArray()) {
        JsonObject query = q.getAsObject();
        JsonObject operation =
            paths
                .get("/packs/" + string(query, "id"))
                .getAsObject()
                .get(string(query, "method").toLowerCase(java.util.Locale.ROOT))
                .getAsObject();
        for (var p : query.get("parameters").getAsArray()) {
          JsonObject parameter = p.getAsObject();
          String name = string(parameter, "name");
          boolean inListing = parameter.get("required").getAsBoolean().value();
          assertThat(inListing)
              .as("%s %s", string(query, "id"), name)
              .isEqualTo(requiredInOpenApi(operation, name));
          compared++;
        }
      }
    }
    assertThat(compared).isPositive();
  }

  /** Whether the operation requires {@code name}: a required query parameter or body field. */
  private static boolean requiredInOpenApi(JsonObject operation, String name) {
    if (operation.hasKey("parameters")) {
      for (var p : operation.get("parameters").getAsArray()) {
        if (name.equals(string(p.getAsObject(), "name"))) {
          return p.getAsObject().hasKey("required")
              && p.getAsObject().get("required").getAsBoolean().value();
        }
      }
    }
    JsonObject schema =
        operation
            .get("requestBody")
            .getAsObject()
            .get("content")
            .getAsObject()
            .get("application/x-www-form-urlencoded")
            .getAsObject()
            .get("schema")
            .getAsObject();
    return schema.hasKey("required")
        && schema.get("required").getAsArray().stream()
            .anyMatch(v -> v.getAsString().value().equals(name));
  }
}
