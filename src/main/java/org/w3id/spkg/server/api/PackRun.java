package org.w3id.spkg.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.packs.BoundQuery;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.ResultTable;
import org.w3id.spkg.server.http.ServedDataset;

/**
 * One run of a pack query for the HTTP API: bound by the {@link PackRunner}, then held to the
 * server's row cap, if one is configured, as the SPARQL endpoint holds a query: an answer of more
 * rows than the cap is refused, never cut short.
 *
 * @param elapsed the time the query took on the store
 */
record PackRun(BoundQuery bound, ResultTable table, Duration elapsed) {

  PackRun {
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Binds {@code values} and runs {@code query} with {@code runner}'s time limit for it.
   *
   * @param rowCap the most rows the answer may have; 0 for no cap
   * @throws OverRowCapException if the answer has more rows than {@code rowCap}
   * @throws org.w3id.spkg.packs.ParameterException if a value is missing, wrong or not allowed
   * @throws org.w3id.spkg.packs.QueryTarget.QueryTimeoutException if it runs out of time
   */
  static PackRun of(PackRunner runner, PackQuery query, Map<String, String> values, long rowCap) {
    BoundQuery bound = runner.bind(query, values);
    Query q = bound.query();
    boolean capped = rowCap > 0 && q.isSelectType() && (!q.hasLimit() || q.getLimit() > rowCap);
    if (capped) {
      q = q.cloneQuery();
      q.setLimit(rowCap + 1); // one more, to know whether any were left out
    }
    long start = System.nanoTime();
    ResultTable table = runner.target().run(q, runner.timeout(query));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (capped && table.rows().size() > rowCap) {
      throw new OverRowCapException(ServedDataset.overCap(rowCap));
    }
    return new PackRun(bound, table, elapsed);
  }

  /**
   * The {@code Link} header of a page of a paginated query: {@code rel="first"}, {@code "prev"}
   * after the first page and {@code "next"} when this page is full, each URL {@code self} with the
   * request's other parameters and the page; empty for a query without pagination.
   *
   * @param self the absolute URL of the query, without parameters
   * @param parameters the request's parameters
   */
  Optional<String> links(String self, Map<String, String[]> parameters) {
    int size = bound.source().header().pagination();
    if (size == 0) {
      return Optional.empty();
    }
    StringBuilder kept = new StringBuilder();
    parameters.forEach(
        (name, values) -> {
          if (!name.equals(PackRunner.PAGE)) {
            for (String v : values) {
              kept.append(encode(name)).append('=').append(encode(v)).append('&');
            }
          }
        });
    String base = self + "?" + kept + PackRunner.PAGE + "=";
    int page = bound.page();
    List<String> links = new ArrayList<>();
    links.add("<" + base + 1 + ">; rel=\"first\"");
    if (page > 1) {
      links.add("<" + base + (page - 1) + ">; rel=\"prev\"");
    }
    if (table.rows().size() >= size) {
      links.add("<" + base + (page + 1) + ">; rel=\"next\"");
    }
    return Optional.of(String.join(", ", links));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An answer with more rows than the server's row cap. */
  static final class OverRowCapException extends SpkgException {
    private static final long serialVersionUID = 1L;

    OverRowCapException(String message) {
      super(message);
    }
  }
}
