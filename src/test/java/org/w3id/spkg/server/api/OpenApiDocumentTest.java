package org.w3id.spkg.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.QueryTarget;
import org.w3id.spkg.server.ServedStore;

/**
 * The OpenAPI document of the packs API, read back by an independent OpenAPI 3 parser (swagger-
 * parser): valid, one operation per query file, parameters typed as the query names them.
 */
class OpenApiDocumentTest {

  private static final String API = "http://localhost:3030/api";
  private static final Path SAMPLE = Path.of("src/test/resources/server/packs");
  private static final String ARCTIC = "https://w3id.org/spkg/id/region/arctic";

  private static ServedStore served;
  private static PackRunner runner;

  @BeforeAll
  static void open() throws IOException {
    served = ServedStore.seeded("spkg-openapi-test");
    runner = new PackRunner(QueryTarget.dataset(served.dsg, "the test store"));
  }

  @AfterAll
  static void close() {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void bundledPacks_validateAsOpenApi3_withOneOperationPerQueryFile() {
    QueryPacks packs = QueryPacks.read(TestFiles.QUERIES);
    OpenAPI api = parse(packs);

    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    assertThat(api.getServers()).singleElement().extracting(s -> s.getUrl()).isEqualTo(API);
    List<Path> files = TestFiles.filesBelow(TestFiles.QUERIES, ".rq");
    Map<String, Operation> operations = queryOperations(api);
    assertThat(operations).hasSize(files.size());
    for (Path file : files) {
      String pack = file.getParent().getFileName().toString();
      String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
      PackQuery q = packs.query(pack + "/" + name);
      Operation op = operations.get("/packs/" + pack + "/" + name);
      assertThat(op).as(file.toString()).isNotNull();
      assertThat(op.getOperationId()).isEqualTo((pack + "_" + name).replace('-', '_'));
      assertThat(op.getSummary()).isEqualTo(q.header().summary());
      assertThat(op.getTags()).startsWith(pack).containsAll(q.header().tags());
      assertThat(op.getResponses().get("200").getContent().keySet())
          .containsExactlyInAnyOrder(
              "application/sparql-results+json",
              "text/csv",
              "text/tab-separated-values",
              "text/markdown",
              "text/plain");
      assertThat(op.getResponses()).containsKeys("400", "404", "503");
      if (q.header().method().equals("GET")) {
        List<String> names =
            op.getParameters() == null
                ? List.of()
                : op.getParameters().stream().map(Parameter::getName).toList();
        List<String> expected =
            new java.util.ArrayList<>(q.parameters().stream().map(p -> p.name()).toList());
        if (q.header().pagination() > 0) {
          expected.add(PackRunner.PAGE);
        }
        expected.add(PackFormats.RAW);
        assertThat(names).as(file.toString()).isEqualTo(expected);
      }
    }
    assertThat(api.getPaths()).containsKeys("/packs", "/packs/{pack}");
  }

  @Test
  void parameters_haveSchemasByType_withDefaultsAndEnumerations() {
    OpenAPI api = parse(QueryPacks.read(SAMPLE));
    Map<String, Operation> operations = queryOperations(api);

    Map<String, Parameter> echo = parameters(operations.get("/packs/sample/06-echo"));
    assertThat(echo.keySet()).containsExactly("text", "label", "since", "share", "count", "raw");
    assertThat(echo.values()).allSatisfy(p -> assertThat(p.getRequired()).isFalse());
    assertThat(type(echo.get("text"))).isEqualTo("string");
    assertThat(type(echo.get("label"))).isEqualTo("string");
    assertThat(type(echo.get("since"))).isEqualTo("string date");
    assertThat(type(echo.get("share"))).isEqualTo("number");
    assertThat(type(echo.get("count"))).isEqualTo("integer");
    assertThat(echo.get("since").getDescription()).contains("xsd:date", "?__since_xsd_date");
    assertThat(type(echo.get("raw"))).isEqualTo("boolean");
    assertThat(echo.get("raw").getDescription()).contains("spreadsheet");

    Map<String, Parameter> byCode = parameters(operations.get("/packs/sample/02-nation-by-code"));
    assertThat(byCode.get("code").getRequired()).isTrue();
    assertThat(byCode.get("code").getSchema().getEnum()).containsExactly("JP", "US", "FR");

    Schema<?> region =
        parameters(operations.get("/packs/sample/03-regions-of-nations")).get("region").getSchema();
    assertThat(type(region)).isEqualTo("string uri");
    assertThat(region.getDefault()).hasToString(ARCTIC);
    assertThat(region.getEnum())
        .map(Object::toString)
        .contains(ARCTIC, "https://w3id.org/spkg/id/region/europe")
        .allSatisfy(v -> assertThat(v).startsWith("https://w3id.org/spkg/id/region/"));

    Map<String, Parameter> paged = parameters(operations.get("/packs/sample/01-nations-paged"));
    assertThat(paged.keySet()).containsExactly("region", "page", "raw");
    assertThat(paged.get("region").getRequired()).isTrue();
    assertThat(paged.get("page").getSchema().getMinimum()).isEqualByComparingTo("1");
    assertThat(operations.get("/packs/sample/01-nations-paged").getTags())
        .containsExactly("sample", "paging");
    assertThat(
            operations.get("/packs/sample/01-nations-paged").getResponses().get("200").getHeaders())
        .containsKeys("Link", "SPKG-Rows")
        .doesNotContainKey("SPKG-Row-Cap");

    PathItem post = api.getPaths().get("/packs/sample/04-count-in-region");
    assertThat(post.getGet()).isNull();
    Schema<?> form =
        post.getPost()
            .getRequestBody()
            .getContent()
            .get("application/x-www-form-urlencoded")
            .getSchema();
    assertThat(form.getRequired()).containsExactly("region");
    assertThat(type(form.getProperties().get("region"))).isEqualTo("string uri");
  }

  @Test
  void build_readsTheDataOnce_perEnumeratedParameter() {
    QueryPacks packs = QueryPacks.read(SAMPLE);
    int[] runs = {0};
    QueryTarget counting =
        new QueryTarget() {
          final QueryTarget store = QueryTarget.dataset(served.dsg, "the test store");

          @Override
          public org.w3id.spkg.packs.ResultTable run(
              org.apache.jena.query.Query query, java.time.Duration timeout) {
            runs[0]++;
            return store.run(query, timeout);
          }

          @Override
          public String description() {
            return store.description();
          }
        };
    OpenApiDocument.build(packs, new PackRunner(counting));
    assertThat(runs[0]).isEqualTo(1);
  }

  // ---- helpers ----

  /** The document for {@code packs}, parsed by swagger-parser, which must report nothing. */
  @Test
  void everyErrorStatus_showsExamplesOfItsOwnStatus() {
    OpenAPI api = parse(QueryPacks.read(TestFiles.QUERIES));
    Map<String, Set<String>> messagesByStatus = new TreeMap<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              for (Operation op : item.readOperations()) {
                op.getResponses()
                    .forEach(
                        (code, response) -> {
                          if (!code.startsWith("2")) {
                            Set<String> messages =
                                messagesByStatus.computeIfAbsent(code, c -> new TreeSet<>());
                            errorExamples(api, response)
                                .forEach(
                                    (name, error) -> {
                                      int status = ((Number) error.get("status")).intValue();
                                      if (code.equals("default")) {
                                        assertThat(status).as(name).isGreaterThanOrEqualTo(500);
                                      } else {
                                        assertThat(status)
                                            .as("%s %s %s", path, code, name)
                                            .isEqualTo(Integer.parseInt(code));
                                      }
                                      messages.add((String) error.get("message"));
                                    });
                          }
                        });
              }
            });
    assertThat(messagesByStatus).containsKeys("400", "404", "406", "422", "503", "default");
    assertThat(messagesByStatus.get("422"))
        .anyMatch(m -> m.contains("SERVICE") && m.contains("is not allowed"));
    assertThat(messagesByStatus.values().stream().flatMap(Set::stream).toList())
        .doesNotHaveDuplicates();
  }

  /** The {@code error} objects of a response's JSON examples, by example name; never empty. */
  private static Map<String, Map<?, ?>> errorExamples(OpenAPI api, ApiResponse response) {
    ApiResponse resolved =
        response.get$ref() == null
            ? response
            : api.getComponents()
                .getResponses()
                .get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    Map<String, Example> examples = resolved.getContent().get("application/json").getExamples();
    assertThat(examples).as(resolved.getDescription()).isNotEmpty();
    Map<String, Map<?, ?>> errors = new TreeMap<>();
    examples.forEach(
        (name, example) ->
            errors.put(
                name,
                (Map<?, ?>)
                    new ObjectMapper().convertValue(example.getValue(), Map.class).get("error")));
    return errors;
  }

  private static OpenAPI parse(QueryPacks packs) {
    String json =
        new String(
            JsonResponses.bytes(
                OpenApiDocument.withServer(OpenApiDocument.build(packs, runner), API)),
            StandardCharsets.UTF_8);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
    assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  /** Path → operation, for the paths of queries (not the listings). */
  private static Map<String, Operation> queryOperations(OpenAPI api) {
    return api.getPaths().entrySet().stream()
        .filter(e -> e.getKey().chars().filter(c -> c == '/').count() == 3)
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    e.getValue().getGet() != null
                        ? e.getValue().getGet()
                        : e.getValue().getPost()));
  }

  private static Map<String, Parameter> parameters(Operation op) {
    return op.getParameters().stream()
        .collect(
            Collectors.toMap(
                Parameter::getName, p -> p, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String type(Parameter p) {
    return type(p.getSchema());
  }

  private static String type(Schema<?> s) {
    return s.getFormat() == null ? s.getType() : s.getType() + " " + s.getFormat();
  }
}
