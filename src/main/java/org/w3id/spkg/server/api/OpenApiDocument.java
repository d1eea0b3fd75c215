package org.w3id.spkg.server.api;

import static org.w3id.spkg.server.api.OpenApiJson.object;
import static org.w3id.spkg.server.api.OpenApiJson.ref;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.ResultFormat;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.store.SoftwareVersion;

/**
 * The OpenAPI 3.0.3 document of the packs API: one operation per pack query, at {@code
 * /packs/{pack}/{query}} below the server {@code …/api}, with its summary and description, the pack
 * and the header's tags, a typed parameter per query parameter ({@link OpenApiParameters}), {@code
 * page} for a paginated query, and a 200 answer in each result format; plus the two listings. The
 * schemas, headers and error answers the operations share are the file {@code
 * api/openapi-components.json} next to this class.
 *
 * <pre>{@code
 * JsonObject doc = OpenApiDocument.build(packs, runner, "http://localhost:3030/api");
 * }</pre>
 */
final class OpenApiDocument {

  /** The OpenAPI version the document follows. */
  static final String OPENAPI = "3.0.3";

  private static final String COMPONENTS = "openapi-components.json";
  private static final String TAG_LISTS = "packs";

  private OpenApiDocument() {}

  /**
   * The document for {@code packs}, with the values of enumerated parameters that list none read
   * from the data by {@code runner}, and without {@code servers}: {@link #withServer} adds it.
   */
  static JsonObject build(QueryPacks packs, PackRunner runner) {
    JsonObject doc = new JsonObject();
    doc.put("openapi", OPENAPI);
    doc.put("info", info());
    JsonArray tags = new JsonArray();
    tags.add(tag(TAG_LISTS, "The packs and their queries, as JSON."));
    for (Pack p : packs.packs()) {
      tags.add(tag(p.name(), p.title()));
    }
    doc.put("tags", tags);
    JsonObject paths = new JsonObject();
    paths.put("/packs", get(listing(packs)));
    paths.put("/packs/{pack}", get(pack(packs)));
    OpenApiParameters parameters = new OpenApiParameters(runner);
    for (Pack p : packs.packs()) {
      for (PackQuery q : p.queries()) {
        JsonObject operation = operation(q, runner, parameters);
        paths.put(path(q), object(q.header().method().toLowerCase(Locale.ROOT), operation));
      }
    }
    doc.put("paths", paths);
    doc.put("components", JSON.parse(HtmlTemplates.resource(OpenApiDocument.class, COMPONENTS)));
    return doc;
  }

  /** {@code doc} with {@code servers} naming {@code api}, the API's base URL without "/". */
  static JsonObject withServer(JsonObject doc, String api) {
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonValue> e : doc.entrySet()) {
      out.put(e.getKey(), e.getValue());
      if (e.getKey().equals("info")) {
        JsonObject server = new JsonObject();
        server.put("url", api);
        server.put("description", "this spkg server");
        JsonArray servers = new JsonArray();
        servers.add(server);
        out.put("servers", servers);
      }
    }
    return out;
  }

  /** The path of a query below the server: {@code /packs/reference/01-nations-in-region}. */
  static String path(PackQuery q) {
    return "/packs/" + q.pack() + "/" + q.name();
  }

  /** {@code pack_query} with every character but letters, digits and "_" as "_". */
  static String operationId(PackQuery q) {
    return (q.pack() + "_" + q.name()).replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static JsonObject operation(
      PackQuery q, PackRunner runner, OpenApiParameters parameters) {
    JsonObject op = new JsonObject();
    op.put("operationId", operationId(q));
    op.put("summary", q.header().summary());
    op.put(
        "description",
        (q.header().description().strip()
                + "\n\nRuns `"
                + q.id()
                + ".rq` on the served store, for at most "
                + PackListing.shown(runner.timeout(q))
                + ". Choose the format by `Accept`, or end the path with "
                + ".json, .csv, .tsv, .md or .txt.")
            .strip());
    Set<String> tags = new LinkedHashSet<>();
    tags.add(q.pack());
    tags.addAll(q.header().tags());
    JsonArray tagList = new JsonArray();
    tags.forEach(tagList::add);
    op.put("tags", tagList);
    parameters.addTo(op, q);
    JsonObject responses = new JsonObject();
    responses.put("200", answer(q));
    responses.put("400", ref("responses/BadRequest"));
    responses.put("404", ref("responses/NotFound"));
    responses.put("406", ref("responses/NotAcceptable"));
    responses.put("422", ref("responses/Unprocessable"));
    responses.put("503", ref("responses/Timeout"));
    responses.put("default", ref("responses/Failure"));
    op.put("responses", responses);
    return op;
  }

  private static JsonObject answer(PackQuery q) {
    JsonObject content = new JsonObject();
    for (ResultFormat f : PackFormats.RESULT_FORMATS.values()) {
      JsonObject schema =
          f == ResultFormat.json ? ref("schemas/SparqlResults") : object("type", "string");
      content.put(f.mediaType(), object("schema", schema));
    }
    JsonObject headers = new JsonObject();
    headers.put("SPKG-Rows", ref("headers/Rows"));
    if (q.header().pagination() > 0) {
      headers.put("Link", ref("headers/Link"));
    }
    JsonObject ok = new JsonObject();
    ok.put(
        "description",
        q.query().isAskType()
            ? "The answer, true or false."
            : "The answer: one row per solution"
                + (q.header().pagination() > 0
                    ? ", " + q.header().pagination() + " a page."
                    : (q.ordered() ? ", in the query's order." : ".")));
    ok.put("headers", headers);
    ok.put("content", content);
    return ok;
  }

  private static JsonObject listing(QueryPacks packs) {
    JsonObject op = new JsonObject();
    op.put("operationId", "listPacks");
    op.put("summary", "The packs and their queries");
    op.put("tags", tagArray(TAG_LISTS));
    op.put("responses", object("200", jsonAnswer("The packs.", "schemas/PackList")));
    return op;
  }

  private static JsonObject pack(QueryPacks packs) {
    JsonObject op = new JsonObject();
    op.put("operationId", "getPack");
    op.put("summary", "One pack and its queries");
    op.put("tags", tagArray(TAG_LISTS));
    JsonObject schema = object("type", "string");
    JsonArray names = new JsonArray();
    packs.packs().forEach(p -> names.add(p.name()));
    schema.put("enum", names);
    JsonObject name = new JsonObject();
    name.put("name", "pack");
    name.put("in", "path");
    name.put("required", true);
    name.put("schema", schema);
    JsonArray parameters = new JsonArray();
    parameters.add(name);
    op.put("parameters", parameters);
    JsonObject responses = object("200", jsonAnswer("The pack.", "schemas/Pack"));
    responses.put("404", ref("responses/NotFound"));
    op.put("responses", responses);
    return op;
  }

  private static JsonObject jsonAnswer(String description, String schema) {
    JsonObject answer = object("description", description);
    answer.put("content", object("application/json", object("schema", ref(schema))));
    return answer;
  }

  private static JsonObject get(JsonObject operation) {
    return object("get", operation);
  }

  private static JsonObject info() {
    JsonObject info = new JsonObject();
    info.put("title", "spkg query packs");
    info.put("version", SoftwareVersion.current());
    info.put(
        "description",
        "The saved queries of spkg's query packs, each an operation with typed parameters. Values"
            + " are bound as RDF terms, never pasted into the query text; a value of the wrong type"
            + " is refused (400) before anything runs. The same packs run on the command line with"
            + " `spkg packs run`.");
    JsonObject license = object("name", "Apache-2.0");
    license.put("url", "https://www.apache.org/licenses/LICENSE-2.0");
    info.put("license", license);
    return info;
  }

  private static JsonObject tag(String name, String description) {
    JsonObject tag = object("name", name);
    if (!description.isBlank()) {
      tag.put("description", description);
    }
    return tag;
  }

  private static JsonArray tagArray(String tag) {
    JsonArray tags = new JsonArray();
    tags.add(tag);
    return tags;
  }
}
