package org.w3id.spkg.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.ParameterException;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.QueryTarget;
import org.w3id.spkg.packs.ResultFormat;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.server.http.ServedDataset;
import org.w3id.spkg.store.EndpointRefusal;

/**
 * The query packs over HTTP, at {@code /api/packs}: {@code GET /api/packs} lists the packs, {@code
 * GET /api/packs/{pack}} one pack, and {@code GET /api/packs/{pack}/{query}?name=value} runs a
 * query on the served store ({@link PackRun}). The OpenAPI document describing every query is at
 * {@code /api/openapi.json} ({@link OpenApiResource}), and a Swagger UI page over it at {@code
 * /api/} ({@link SwaggerUi}).
 *
 * <p>Errors are JSON, {@code {"error": {"status": 400, "message": "…", "parameter": "region"}}},
 * with the message {@code spkg packs} prints for the same mistake: 404 for an unknown pack, query
 * or format extension, 400 for a parameter value the query cannot take, 405 for the wrong method,
 * 406 when no format is acceptable, 422 when the answer has more rows than the server's row cap (if
 * one is configured) or when it calls a SERVICE the server does not allow (as the SPARQL endpoint
 * answers it), 503 when the query runs out of time (or, as text with {@code Retry-After}, when the
 * server is too busy to run it: {@code QueryAdmission}), 502 when a SERVICE it calls fails, 500
 * (logged, no stack trace sent) for anything else. Every answer carries {@code
 * Access-Control-Allow-Origin: *}.
 *
 * <pre>{@code
 * PacksApi.addTo(builder, dsg, QueryPacks.bundled(), 0); // 0: no row cap
 * // curl 'http://localhost:3030/api/packs/reference/01-nations-in-region.csv?region=region/arctic'
 * }</pre>
 */
public final class PacksApi extends ResourceServlet {

  /** Where the servlet is mounted: {@code /api/packs/*} (which includes {@code /api/packs}). */
  public static final String PATH_SPEC = "/api/packs/*";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PacksApi.class);

  private static final String READ_METHODS = "GET, HEAD, OPTIONS";

  private final transient QueryPacks packs;
  private final transient DatasetGraph dataset;
  private final transient QueryTarget target;
  private final long rowCap;

  /**
   * The API over {@code packs}, running them on {@code dataset}.
   *
   * @param rowCap the most rows an answer may have, as the SPARQL endpoint's (a larger answer is
   *     refused with 422); 0 for no cap
   */
  public PacksApi(QueryPacks packs, DatasetGraph dataset, long rowCap) {
    this.packs = Objects.requireNonNull(packs, "packs");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.target = QueryTarget.dataset(dataset, "the served store");
    if (rowCap < 0) {
      throw new IllegalArgumentException("row cap must be 0 (none) or more, got " + rowCap);
    }
    this.rowCap = rowCap;
  }

  /**
   * Mounts the whole API on a server being built: this servlet, the OpenAPI document and the
   * Swagger UI page.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(
      FusekiServer.Builder builder, DatasetGraph dataset, QueryPacks packs, long rowCap) {
    PacksApi api = new PacksApi(packs, dataset, rowCap);
    builder.addServlet(PATH_SPEC, api);
    builder.addServlet(OpenApiResource.PATH_SPEC, new OpenApiResource(packs, dataset, api::runner));
    builder.addServlet(SwaggerUi.PATH_SPEC, new SwaggerUi());
    return builder;
  }

  /**
   * A runner on the served store whose time limit is the server's query timeout ({@code
   * arq:queryTimeout} of the configuration), or {@link PackRunner#DEFAULT_TIMEOUT} without one.
   */
  PackRunner runner() {
    Timeouts.Timeout t =
        Timeouts.extractQueryTimeout(Context.mergeCopy(ARQ.getContext(), dataset.getContext()));
    Duration max =
        t != null && t.hasOverallTimeout()
            ? Duration.ofMillis(t.overallTimeoutMillis())
            : PackRunner.DEFAULT_TIMEOUT;
    return new PackRunner(target, max);
  }

  @Override
  protected void respond(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    List<String> path = segments(request.getPathInfo());
    try {
      if (path.size() <= 1) {
        if (!allow(
            request, READ_METHODS, path.isEmpty() ? "the list of packs" : "a pack", response)) {
          return;
        }
        String api = PublicBase.localBase(request) + "api/";
        PackListing listing = new PackListing(api, runner()::timeout);
        JsonObject json =
            path.isEmpty() ? list(listing, api) : listing.pack(packs.requirePack(path.get(0)));
        if (method.equals("HEAD")) {
          response.setContentType(JsonResponses.CONTENT_TYPE);
          response.setContentLength(JsonResponses.bytes(json).length);
        } else {
          JsonResponses.send(response, json);
        }
      } else if (path.size() == 2) {
        run(path.get(0), path.get(1), request, response);
      } else {
        ApiError.of(404, "no such resource; a query is /api/packs/PACK/QUERY").send(response);
      }
    } catch (ParameterException e) {
      LOG.debug("400 on {}: {}", request.getRequestURI(), e.problem());
      ApiError.of(e).send(response);
    } catch (EndpointRefusal e) {
      LOG.info("502 on {}: {}", request.getRequestURI(), e.getMessage());
      ApiError.of(502, e.getMessage()).send(response);
    } catch (InputException e) {
      ApiError.notFound(e).send(response);
    } catch (PackRun.OverRowCapException e) {
      LOG.info("422 on {}: {}", request.getRequestURI(), e.getMessage());
      ApiError.of(422, e.getMessage()).send(response);
    } catch (QueryTarget.QueryTimeoutException e) {
      LOG.info("503 on {}: {}", request.getRequestURI(), e.getMessage());
      ApiError.of(503, e.getMessage()).send(response);
    } catch (SpkgException e) {
      Optional<QueryDeniedException> denied = denied(e);
      if (denied.isPresent()) {
        LOG.info("422 on {}: {}", request.getRequestURI(), denied.get().getMessage());
        ApiError.of(422, denied.get().getMessage()).send(response);
        return;
      }
      int status = status(e);
      if (status == 500) {
        LOG.error("500 on {}: {}", request.getRequestURI(), e.getMessage(), e);
      } else {
        LOG.info("{} on {}: {}", status, request.getRequestURI(), e.getMessage());
      }
      ApiError.of(status, e.getMessage()).send(response);
    } catch (RuntimeException e) {
      LOG.error("500 on {}", request.getRequestURI(), e);
      ApiError.of(500, "the server failed to answer; its log says why").send(response);
    }
  }

  private void run(
      String pack, String last, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int dot = last.lastIndexOf('.');
    String name = dot < 0 ? last : last.substring(0, dot);
    String extension = dot < 0 ? null : last.substring(dot + 1);
    PackQuery query = packs.query(pack + "/" + name);
    String allowed = query.header().method().equals("POST") ? "POST, OPTIONS" : READ_METHODS;
    if (!allow(request, allowed, query.id(), response)) {
      return;
    }
    Optional<ResultFormat> format;
    if (extension != null) {
      format = PackFormats.RESULT_FORMATS.byFormat(extension).map(Offer::value);
      if (format.isEmpty()) {
        ApiError.of(
                404,
                "no result format '."
                    + extension.toLowerCase(Locale.ROOT)
                    + "'; the formats are "
                    + described())
            .send(response);
        return;
      }
    } else {
      response.addHeader("Vary", "Accept");
      format = PackFormats.RESULT_FORMATS.choose(request.getHeader("Accept")).map(Offer::value);
      if (format.isEmpty()) {
        ApiError.of(
                406,
                "no result format is acceptable to 'Accept: "
                    + request.getHeader("Accept")
                    + "'; the formats are "
                    + described()
                    + ", or end the path with the extension")
            .send(response);
        return;
      }
    }
    Map<String, String> values = values(request);
    ResultFormat.Cells cells = cells(values.remove(PackFormats.RAW));
    PackRun run = PackRun.of(runner(), query, values, rowCap);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    format.get().write(run.table(), run.bound().query().getPrefixMapping(), body, cells);
    String self = PublicBase.localBase(request) + "api/packs/" + query.pack() + "/" + query.name();
    if (extension == null) {
      String queryString = request.getQueryString();
      response.setHeader(
          "Content-Location",
          self + "." + format.get().extension() + (queryString == null ? "" : "?" + queryString));
    } else {
      self += "." + extension;
    }
    run.links(self, request.getParameterMap()).ifPresent(l -> response.setHeader("Link", l));
    response.setHeader("SPKG-Rows", Integer.toString(run.table().size()));
    response.addHeader("Server-Timing", "query;dur=" + run.elapsed().toNanos() / 1e6);
    response.setStatus(200);
    response.setContentType(contentType(format.get()));
    response.setContentLength(body.size());
    if (!request.getMethod().equals("HEAD")) {
      try (OutputStream out = response.getOutputStream()) {
        body.writeTo(out);
      }
    }
  }

  /**
   * The refusal of a SERVICE the server does not allow, if that is why the query failed. It is
   * answered as the SPARQL endpoint answers it: 422 with the policy's message, word for word.
   */
  private static Optional<QueryDeniedException> denied(SpkgException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof QueryDeniedException d) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The status of a query that failed: 502 when a SERVICE it calls fails, else 500. */
  private static int status(SpkgException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof QueryExceptionHTTP) {
        return 502;
      }
    }
    return 500;
  }

  /**
   * {@code raw=true} (or a bare {@code raw}) for the raw cells; absent or {@code false} for safe.
   */
  private static ResultFormat.Cells cells(String raw) {
    if (raw == null || raw.equalsIgnoreCase("false")) {
      return ResultFormat.Cells.SPREADSHEET_SAFE;
    } else if (raw.isEmpty() || raw.equalsIgnoreCase("true")) {
      return ResultFormat.Cells.RAW;
    }
    throw new ParameterException(
        PackFormats.RAW, "parameter 'raw' is true or false; got '" + raw + "'");
  }

  /** The request's parameters, one value each. */
  private static Map<String, String> values(HttpServletRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, given) -> {
              if (given.length > 1) {
                throw new ParameterException(
                    name,
                    "parameter '" + name + "' is given " + given.length + " times; give it once");
              }
              values.put(name, given[0]);
            });
    return values;
  }

  /** The {@code Content-Type} of a format: text formats say UTF-8. */
  private static String contentType(ResultFormat format) {
    return format.mediaType().startsWith("text/")
        ? format.mediaType() + ";charset=utf-8"
        : format.mediaType();
  }

  /** What is on offer, for a 404 or 406 message. */
  private static String described() {
    return PackFormats.RESULT_FORMATS.offers().stream()
        .map(f -> f.mediaType() + " (." + f.format() + ")")
        .collect(Collectors.joining(", "));
  }

  private JsonObject list(PackListing listing, String api) {
    JsonObject json = new JsonObject();
    JsonArray list = new JsonArray();
    packs.packs().forEach(p -> list.add(listing.pack(p)));
    json.put("packs", list);
    JsonArray formats = new JsonArray();
    PackFormats.RESULT_FORMATS.values().forEach(f -> formats.add(f.extension()));
    json.put("formats", formats);
    json.put("openapi", api + "openapi.json");
    return json;
  }

  /**
   * Whether {@code method} is one of {@code allowed}; answers OPTIONS (204) and a method not
   * allowed (405), both with {@code Allow}, and then returns false.
   *
   * @param what what the request names, for the message
   */
  private static boolean allow(
      HttpServletRequest request, String allowed, String what, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    if (List.of(allowed.split(", ")).contains(method) && !method.equals("OPTIONS")) {
      return true;
    }
    // Read what the client sent (up to the query size limit), so the connection stays usable
    // for its next request.
    try (InputStream body = request.getInputStream()) {
      body.readNBytes((int) ServedDataset.MAX_QUERY_BYTES);
    }
    response.setHeader("Allow", allowed);
    if (method.equals("OPTIONS")) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } else {
      String hint =
          allowed.startsWith("POST")
              ? "POST, not "
                  + method
                  + "; send the parameters as a form"
                  + " (application/x-www-form-urlencoded)"
              : "GET, not " + method + "; put the parameters in the query string";
      ApiError.of(405, what + " answers " + hint).send(response);
    }
    return false;
  }

  /** The path below {@code /api/packs}, split at "/": empty for the list. */
  private static List<String> segments(String pathInfo) {
    String path = pathInfo == null ? "" : pathInfo.replaceAll("^/+|/+$", "");
    return path.isEmpty() ? List.of() : List.of(path.split("/", -1));
  }
}
