package org.w3id.spkg.benchmarks;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.spkg.packs.QueryTarget;
import org.w3id.spkg.server.SpkgServer;

/**
 * Where the time between in-process and HTTP goes, for some pack queries: in-process as it is; with
 * the server's row cap added ({@code LIMIT 10000}); plus writing SPARQL JSON to memory; and over
 * HTTP. Prints p50 of each, in ms.
 *
 * <pre>
 * QueryOverheadProbe STORE RUNS QUERY_ID...
 * </pre>
 */
public final class QueryOverheadProbe {

  private QueryOverheadProbe() {}

  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    List<String> ids = Arrays.asList(args).subList(2, args.length);
    try (SpkgServer server = SpkgServer.builder().store(store).port(0).loopback(true).start()) {
      DatasetGraph dsg = server.dataset();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI endpoint = URI.create(server.sparqlEndpoint());
      for (QueryCase c :
          QueryCase.bundled(QueryTarget.dataset(dsg, store.toString()), null).stream()
              .filter(c -> ids.isEmpty() || ids.contains(c.id()))
              .toList()) {
        Query plain = QueryFactory.create(c.text());
        Query capped = plain.cloneQuery();
        if (capped.isSelectType() && (!capped.hasLimit() || capped.getLimit() > 10_000)) {
          capped.setLimit(10_000);
        }
        double a = p50(runs, () -> count(dsg, plain, false));
        double b = p50(runs, () -> count(dsg, capped, false));
        double d = p50(runs, () -> count(dsg, capped, true));
        double h = p50(runs, () -> QueryLatencyBenchmark.http(client, endpoint, c.text()));
        System.out.printf(
            Locale.ROOT,
            "%s: in-process %.2f, with row cap %.2f, + JSON to memory %.2f, HTTP %.2f ms%n",
            c.id(),
            a,
            b,
            d,
            h);
      }
    }
    System.exit(0);
  }

  private static int count(DatasetGraph dsg, Query query, boolean json) {
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            if (query.isAskType()) {
              exec.ask();
              return 1;
            }
            RowSet rows = exec.select();
            if (json) {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_JSON);
              return out.size();
            }
            int n = 0;
            while (rows.hasNext()) {
              rows.next();
              n++;
            }
            return n;
          }
        });
  }

  private static double p50(int runs, Supplier<Integer> run) {
    for (int i = 0; i < Math.max(3, runs / 5); i++) {
      run.get();
    }
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      run.get();
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    return QueryLatencyBenchmark.percentile(t, 0.5);
  }
}
