package org.w3id.spkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * The VoID description of the store, generated from its live data and kept in the {@code meta}
 * graph: {@code void.ttl} holds the fixed part; the counts — triples, entities, subjects, objects,
 * class and property partitions and the links to Wikidata — are defined by {@code void.rq} and, on
 * a TDB2 store, counted on node ids by walking two quad indexes (same triples, a fraction of the
 * time: the query took 108 s of a 10,000-document ingest).
 */
public final class VoidDescription {

  /** The namespace of the description's nodes; the dataset is {@code NS + "dataset"}. */
  public static final String NS = "https://w3id.org/spkg/void#";

  private static final Node META = NodeFactory.createURI(NamedGraphs.META);

  private VoidDescription() {}

  /** Recomputes the description into the meta graph. Call inside a write transaction. */
  public static void refresh(DatasetGraph dsg) {
    GraphWrites.replaceNamespace(dsg, NamedGraphs.META, NS, compute(dsg));
  }

  /**
   * The description of the store as it is now (read inside a transaction; a write transaction's own
   * changes included). On a TDB2 store the counts come from walks of two quad indexes on node ids,
   * which give the same triples as {@code void.rq} in a fraction of its time; on any other dataset
   * from {@link #computeByQuery}.
   */
  public static Graph compute(DatasetGraph dsg) {
    Graph g = fixedPart();
    Graph counts =
        TdbVoidCounter.count(dsg).map(VoidCounts::graph).orElseGet(() -> countsByQuery(dsg));
    counts.find().forEachRemaining(g::add);
    return g;
  }

  /**
   * The description with the counts from {@code void.rq}, a SPARQL query over the whole store: the
   * reference {@link #compute} is checked against, and slow on a large store (minutes at millions
   * of quads). Read inside a transaction.
   */
  public static Graph computeByQuery(DatasetGraph dsg) {
    // Counting a large store takes a while: not bounded by an endpoint's query timeout.
    return computeByQuery(dsg, Duration.ofHours(1));
  }

  /**
   * {@link #computeByQuery(DatasetGraph)} within {@code limit}.
   *
   * @throws org.apache.jena.query.QueryCancelledException if counting takes longer
   */
  public static Graph computeByQuery(DatasetGraph dsg, Duration limit) {
    Graph g = fixedPart();
    countsByQuery(dsg, limit).find().forEachRemaining(g::add);
    return g;
  }

  /** The fixed part of the description ({@code void.ttl}): everything but the counts. */
  public static Graph uncounted() {
    return fixedPart();
  }

  private static Graph countsByQuery(DatasetGraph dsg) {
    return countsByQuery(dsg, Duration.ofHours(1));
  }

  private static Graph countsByQuery(DatasetGraph dsg, Duration limit) {
    Query query = QueryFactory.create(text("void.rq"));
    try (QueryExec qe =
        QueryExec.dataset(dsg)
            .query(query)
            .timeout(limit.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      return qe.construct();
    }
  }

  private static Graph fixedPart() {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(resource("void.ttl")).lang(Lang.TURTLE).parse(g);
    return g;
  }

  /**
   * The counts kept in the meta graph by the last ingest, with the fixed part as it is now ({@code
   * void.ttl} may have changed since). Read inside a transaction.
   */
  public static Graph stored(DatasetGraph dsg) {
    Graph g = fixedPart();
    dsg.getGraph(META)
        .find()
        .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(NS))
        .forEachRemaining(g::add);
    return g;
  }

  private static InputStream resource(String name) {
    InputStream in = VoidDescription.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to VoidDescription");
    }
    return in;
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
