package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.w3id.spkg.packs.BoundQuery;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.Parameter;
import org.w3id.spkg.packs.ParameterException;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.QueryTarget;
import org.w3id.spkg.packs.StandIn;

/**
 * The query texts the benchmarks send: every bundled pack query bound with its defaults (page 1
 * where paginated), as the endpoint would receive it. The federation pack is bound to a stand-in
 * endpoint when one is given, else left out.
 *
 * @param id {@code pack/name}
 * @param text the bound query, as sent
 * @param federated whether it reaches a remote endpoint through SERVICE
 */
record QueryCase(String id, String text, boolean federated) {

  /** The pack whose queries reach a remote endpoint. */
  static final String FEDERATION = "federation";

  QueryCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The bundled pack queries; with {@code standIn}, the federation pack too, its endpoint bound to
   * the stand-in.
   *
   * @param data where the values of enumerated parameters are looked up, as binding checks them
   */
  static List<QueryCase> bundled(QueryTarget data, StandIn standIn) {
    PackRunner binder = new PackRunner(data);
    List<QueryCase> cases = new ArrayList<>();
    for (Pack pack : QueryPacks.bundled().packs()) {
      boolean federated = pack.name().equals(FEDERATION);
      if (federated && standIn == null) {
        continue;
      }
      Map<String, String> values = federated ? standIn.parameters() : Map.of();
      for (PackQuery q : pack.queries()) {
        cases.add(new QueryCase(q.id(), bind(binder, q, values).text(), federated));
      }
    }
    return List.copyOf(cases);
  }

  /**
   * Binds the query's defaults; a default the data does not hold (the generated corpus has no CSpO,
   * say) is replaced by the first value the data allows.
   */
  private static BoundQuery bind(PackRunner binder, PackQuery q, Map<String, String> given) {
    Map<String, String> values = new HashMap<>(given);
    for (int attempt = 0; ; attempt++) {
      try {
        return binder.bind(q, values);
      } catch (ParameterException e) {
        Parameter p = q.parameter(e.parameter()).orElseThrow(() -> e);
        List<Node> allowed = binder.allowedValues(q, p);
        if (allowed.isEmpty() || attempt > q.parameters().size()) {
          throw e;
        }
        String value = allowed.get(0).toString();
        System.err.println(q.id() + ": " + p.name() + " = " + value + " (default not in the data)");
        values.put(p.name(), value);
      }
    }
  }

  /** Writes {@code cases} as a JSON array of {@code {"id", "text", "federated"}}. */
  static void write(List<QueryCase> cases, Path file) throws IOException {
    JsonArray array = new JsonArray();
    for (QueryCase c : cases) {
      JsonObject o = new JsonObject();
      o.put("id", c.id());
      o.put("text", c.text());
      o.put("federated", c.federated());
      array.add(o);
    }
    Files.writeString(file, array.toString(), StandardCharsets.UTF_8);
  }

  /** Reads what {@link #write} wrote. */
  static List<QueryCase> read(Path file) throws IOException {
    List<QueryCase> cases = new ArrayList<>();
    for (JsonValue v : JSON.parseAny(Files.readString(file, StandardCharsets.UTF_8)).getAsArray()) {
      JsonObject o = v.getAsObject();
      cases.add(
          new QueryCase(
              o.getString("id"), o.getString("text"), o.get("federated").getAsBoolean().value()));
    }
    return List.copyOf(cases);
  }
}
