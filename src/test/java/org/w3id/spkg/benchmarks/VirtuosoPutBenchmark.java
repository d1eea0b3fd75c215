package org.w3id.spkg.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.spkg.remote.VirtuosoProcess;

/**
 * The cost of one Graph Store PUT of a document-sized graph into a stock Virtuoso 7, as {@code spkg
 * ingest --to} would send it (Jena's {@code GSP}): a new graph each time, and the same graph
 * replaced, in Turtle (Jena's default) and in N-Triples. Also the time a fresh instance takes to
 * start. Prints a Markdown table with the load average before and after.
 *
 * <pre>
 * bench/run VirtuosoPutBenchmark --triples 2000 --rounds 30
 * </pre>
 *
 * <p>Needs Debian's Virtuoso ({@value VirtuosoProcess#INSTALL}). Defaults: 2,000 triples, 30 timed
 * PUTs per row after 5 untimed ones.
 */
public final class VirtuosoPutBenchmark {

  private static final String EX = "https://w3id.org/spkg/id/fact/bench/";
  private static final int WARM_UP = 5;

  private VirtuosoPutBenchmark() {}

  public static void main(String[] args) throws Exception {
    HarnessOptions o = HarnessOptions.parse(args, List.of("--triples", "--rounds"), List.of());
    int triples = o.integer("--triples", 2000);
    int rounds = o.integer("--rounds", 30);
    Graph graph = documentLike(triples);
    double loadBefore = HarnessConditions.load1();
    long started = System.nanoTime();
    try (VirtuosoProcess virtuoso =
        VirtuosoProcess.start(
            VirtuosoProcess.executable()
                .orElseThrow(
                    () -> new IllegalStateException("no Virtuoso: " + VirtuosoProcess.INSTALL)))) {
      double startMs = (System.nanoTime() - started) / 1e6;
      HarnessConditions.describe().forEach(System.out::println);
      System.out.printf(
          Locale.ROOT,
          "fresh instance ready in %.0f ms; graph of %d triples%n%n",
          startMs,
          graph.size());
      System.out.println("| format | graph | median ms | p90 ms | triples/s at median |");
      System.out.println("|---|---|---:|---:|---:|");
      for (RDFFormat format : List.of(RDFFormat.TURTLE_BLOCKS, RDFFormat.NTRIPLES)) {
        for (boolean replace : List.of(false, true)) {
          List<Double> ms = new ArrayList<>();
          for (int i = 0; i < WARM_UP + rounds; i++) {
            String name = replace ? "replaced" : format.getLang().getName() + "-" + i;
            GSP gsp =
                GSP.service(virtuoso.graphStoreEndpoint())
                    .graphName("https://w3id.org/spkg/graph/bench-" + name)
                    .contentType(format);
            long t = System.nanoTime();
            gsp.PUT(graph);
            if (i >= WARM_UP) {
              ms.add((System.nanoTime() - t) / 1e6);
            }
          }
          Collections.sort(ms);
          double median = ms.get(ms.size() / 2);
          System.out.printf(
              Locale.ROOT,
              "| %s | %s | %.1f | %.1f | %.0f |%n",
              format.getLang().getName(),
              replace ? "same, replaced" : "new each time",
              median,
              ms.get((int) Math.ceil(ms.size() * 0.9) - 1),
              graph.size() / (median / 1000));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nload average (1 min): %.2f before, %.2f after%n",
        loadBefore,
        HarnessConditions.load1());
  }

  /** Facts shaped like an ingested document's: a type, a label, a quote and its offsets. */
  private static Graph documentLike(int triples) {
    Graph g = GraphFactory.createDefaultGraph();
    Node quote = NodeFactory.createURI("https://w3id.org/spkg/ontology#quote");
    Node start = NodeFactory.createURI("https://w3id.org/spkg/ontology#start");
    Node end = NodeFactory.createURI("https://w3id.org/spkg/ontology#end");
    Node fact = NodeFactory.createURI("https://w3id.org/spkg/ontology#Fact");
    for (int i = 0; g.size() < triples; i++) {
      Node s = NodeFactory.createURI(EX + i);
      String text =
          "Fact " + i + ": the agencies agree to cooperate on lunar exploration and Earth science.";
      List<Triple> five =
          List.of(
              Triple.create(s, RDF.type.asNode(), fact),
              Triple.create(
                  s, RDFS.label.asNode(), NodeFactory.createLiteralLang("fact " + i, "en")),
              Triple.create(s, quote, NodeFactory.createLiteralString(text)),
              Triple.create(s, start, integer(i * 100)),
              Triple.create(s, end, integer(i * 100 + text.length())));
      for (Triple t : five) {
        if (g.size() < triples) {
          g.add(t);
        }
      }
    }
    return g;
  }

  private static Node integer(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
  }
}
