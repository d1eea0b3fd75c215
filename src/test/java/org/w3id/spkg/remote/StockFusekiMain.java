package org.w3id.spkg.remote;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Stock Fuseki with nothing of spkg in it: one TDB2 dataset at {@code /ds} with Fuseki's own
 * services (query, update, Graph Store Protocol), its default graph the union of the named graphs
 * (the {@code tdb2:unionDefaultGraph} setting operators use), on a free loopback port. The stand-in
 * for the large store a user already runs; {@link StockFuseki} starts it in a JVM of its own.
 *
 * <pre>
 * java -cp TEST_CLASSPATH org.w3id.spkg.remote.StockFusekiMain [DATABASE_FOLDER]
 * </pre>
 *
 * <p>Prints {@code Fuseki http://127.0.0.1:PORT/ds} on its first line when it answers. Without a
 * folder the database is in memory.
 */
public final class StockFusekiMain {

  /** The dataset's path on the server. */
  public static final String DATASET = "/ds";

  private StockFusekiMain() {}

  /** Starts the server and waits until the process is stopped. */
  public static void main(String[] args) {
    DatasetGraph dsg =
        args.length > 0
            ? DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString())
            : DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    FusekiServer server =
        FusekiServer.create().port(0).loopback(true).add(DATASET, dsg, true).build().start();
    System.out.println("Fuseki http://127.0.0.1:" + server.getHttpPort() + DATASET);
    System.out.flush();
    server.join();
  }
}
