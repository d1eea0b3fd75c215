package org.w3id.spkg.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.server.http.CommonHeaders;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.store.StoreState;

/**
 * Serves the OpenAPI document of the packs API at {@code /api/openapi.json} ({@link
 * OpenApiDocument}), its server the base URL the request came in by (behind a proxy, the one its
 * {@code X-Forwarded-*} headers name). The document is kept until the store's next write — the
 * values of enumerated parameters come from the data — with a strong {@code ETag}.
 */
final class OpenApiResource extends ResourceServlet {

  /** Where the document is: {@code /api/openapi.json}. */
  static final String PATH_SPEC = "/api/openapi.json";

  private static final long serialVersionUID = 1L;

  private final transient QueryPacks packs;
  private final transient DatasetGraph dataset;
  private final transient Supplier<PackRunner> runner;
  private transient volatile Cached cached;

  OpenApiResource(QueryPacks packs, DatasetGraph dataset, Supplier<PackRunner> runner) {
    this.packs = Objects.requireNonNull(packs, "packs");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Cached doc = document(PublicBase.localBase(request) + "api");
    response.setHeader("ETag", doc.etag());
    JsonResponses.send(response, doc.json());
  }

  /** The document for {@code api}, from the cache while the store has had no write. */
  private Cached document(String api) {
    Optional<StoreState> state = StoreState.of(dataset);
    Cached kept = cached;
    if (kept != null && state.isPresent() && state.equals(kept.state()) && kept.api().equals(api)) {
      return kept;
    }
    JsonObject doc = OpenApiDocument.withServer(OpenApiDocument.build(packs, runner.get()), api);
    byte[] json = JsonResponses.bytes(doc);
    Cached made = new Cached(state, api, json, CommonHeaders.etag(json));
    if (state.isPresent()) {
      cached = made;
    }
    return made;
  }

  private record Cached(Optional<StoreState> state, String api, byte[] json, String etag) {}
}
