package org.w3id.spkg.server.api;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.Parameter;

/**
 * The packs as {@code GET /api/packs} lists them: each pack with its queries, each query with its
 * header (summary, description, tags, method, pagination, time limit), its parameters and the URL
 * that runs it. URLs are absolute, under the base the request came in by.
 *
 * @param api the API's base URL, ending in "/": {@code http://localhost:3030/api/}
 * @param timeout the time limit a query gets on this server
 */
record PackListing(String api, Function<PackQuery, Duration> timeout) {

  JsonObject pack(Pack pack) {
    JsonObject json = new JsonObject();
    json.put("name", pack.name());
    json.put("title", pack.title());
    json.put("url", api + "packs/" + pack.name());
    JsonArray queries = new JsonArray();
    pack.queries().forEach(q -> queries.add(query(q)));
    json.put("queries", queries);
    return json;
  }

  JsonObject query(PackQuery q) {
    JsonObject json = new JsonObject();
    json.put("id", q.id());
    json.put("name", q.name());
    json.put("summary", q.header().summary());
    json.put("description", q.header().description().strip());
    json.put("tags", strings(q.header().tags()));
    json.put("method", q.header().method());
    int pagination = q.header().pagination();
    json.put("pagination", pagination > 0 ? JsonNumber.value(pagination) : JsonNull.instance);
    json.put("timeout", shown(timeout.apply(q)));
    json.put("url", url(q));
    JsonArray parameters = new JsonArray();
    q.parameters().forEach(p -> parameters.add(parameter(p)));
    json.put("parameters", parameters);
    return json;
  }

  /**
   * Where the query runs: {@code http://localhost:3030/api/packs/reference/01-nations-in-region}.
   */
  String url(PackQuery q) {
    return api + "packs/" + q.pack() + "/" + q.name();
  }

  private static JsonObject parameter(Parameter p) {
    JsonObject json = new JsonObject();
    json.put("name", p.name());
    json.put("variable", "?" + p.variable());
    // As the OpenAPI document says: a parameter with a default may be left out of a request.
    json.put("required", p.required() && p.defaultValue() == null);
    json.put("type", p.type().name().toLowerCase(Locale.ROOT));
    switch (p.type()) {
      case TYPED -> json.put("datatype", p.shortDatatype());
      case LANGUAGE -> json.put("language", p.datatype());
      default -> {
        // the type says it all
      }
    }
    json.put("expected", p.expected());
    if (p.defaultValue() != null) {
      json.put("default", p.defaultValue());
    }
    json.put("enumerated", p.enumerated());
    if (!p.allowed().isEmpty()) {
      json.put("allowed", strings(p.allowed()));
    }
    return json;
  }

  /** A time limit as a header writes it: {@code 10s}, {@code 500ms}. */
  static String shown(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
  }

  private static JsonArray strings(Iterable<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}
