package org.w3id.spkg.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.VoidDescription;

/**
 * Times the VoID counts of a store both ways — {@code void.rq} ({@link
 * VoidDescription#computeByQuery}) and the counts on TDB2 node ids ({@link
 * VoidDescription#compute}) — in one read transaction, and checks they give the same triples. Opens
 * the store, so give it a copy of a store nobody else uses.
 *
 * <pre>
 * bench/run VoidBenchmark STORE [RUNS] [--no-query]
 * </pre>
 *
 * <p>RUNS of the counts on node ids (default 3), then {@code void.rq} once, unless {@code
 * --no-query} (for profiling the counts alone).
 *
 * <p>Exits 1 if the two descriptions differ, printing the triples only one of them has.
 */
public final class VoidBenchmark {

  private VoidBenchmark() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean query = !List.of(args).contains("--no-query");
    boolean same;
    try (SpkgStore store = SpkgStore.openExisting(folder)) {
      DatasetGraph dsg = store.datasetGraph();
      same =
          Txn.calculateRead(
              dsg,
              () -> {
                Graph fast = null;
                for (int i = 0; i < runs; i++) {
                  fast = timed("node-id counts", () -> VoidDescription.compute(dsg));
                }
                printCounts(fast);
                if (!query) {
                  return true;
                }
                return compare(fast, timed("void.rq", () -> VoidDescription.computeByQuery(dsg)));
              });
    }
    System.exit(same ? 0 : 1);
  }

  private static Graph timed(String what, Supplier<Graph> run) {
    long t0 = System.nanoTime();
    Graph g = run.get();
    System.out.printf(
        Locale.ROOT, "%s: %.2f s, %d triples%n", what, (System.nanoTime() - t0) / 1e9, g.size());
    return g;
  }

  /** The dataset's own counts (triples, entities, distinct subjects and objects, ...). */
  private static void printCounts(Graph description) {
    Node dataset = NodeFactory.createURI(VoidDescription.NS + "dataset");
    description
        .find(dataset, Node.ANY, Node.ANY)
        .filterKeep(
            t -> t.getObject().isLiteral() && t.getObject().getLiteralValue() instanceof Number)
        .forEach(
            t ->
                System.out.println(
                    "  "
                        + t.getPredicate().getLocalName()
                        + " "
                        + t.getObject().getLiteralLexicalForm()));
  }

  private static boolean compare(Graph fast, Graph query) {
    Set<Triple> a = fast.find().toSet();
    Set<Triple> b = query.find().toSet();
    if (a.equals(b)) {
      System.out.println("same triples: yes");
      return true;
    }
    System.out.println("same triples: NO");
    a.stream().filter(t -> !b.contains(t)).forEach(t -> System.out.println("  only fast:  " + t));
    b.stream().filter(t -> !a.contains(t)).forEach(t -> System.out.println("  only query: " + t));
    return false;
  }
}
