package org.w3id.spkg.remote;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBase;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.w3id.spkg.store.StoreState;

/**
 * A read-only {@link org.apache.jena.sparql.core.DatasetGraph} over a SPARQL 1.1 query endpoint:
 * the store of {@code spkg serve --endpoint}. Whole queries over it ({@code QueryExec.dataset(it)},
 * Fuseki's query service, the pages' and packs' queries) go to the endpoint in one request each
 * ({@link RemoteQueryEngine}); {@code find}, {@code contains} and the graphs' views ask it one
 * pattern at a time, each answer read whole before it is returned.
 *
 * <p>Graphs: a named graph is the endpoint's graph of that name; the union graph is the union of
 * its named graphs (asked with {@code GRAPH ?g}); the default graph is the endpoint's default
 * graph, which spkg expects to be that union (see {@link RemoteStore#open}). {@code find} with any
 * graph lists the quads of the named graphs only, so a triple is not listed twice.
 *
 * <p>Blank nodes cannot be named in a query sent to another store: a pattern with a blank node
 * matches nothing here. Read transactions are accepted (and isolate nothing: each request sees the
 * store as it is then); write transactions and every change are refused, naming the endpoint.
 *
 * <p>Another server writes the store, so what the pages compute from it is kept for {@code
 * requests.keep()} ({@link StoreState.Versioned}), then read again; so are the answers of {@code
 * find} ({@link FindAnswers}), and a pattern with a subject asks for all of the subject's triples
 * once.
 */
public final class RemoteDataset extends DatasetGraphBase implements StoreState.Versioned {

  private static final Query QUADS = RemoteQueries.bundled("quads.rq");
  private static final Query UNION = RemoteQueries.bundled("union.rq");
  private static final Query DEFAULT = RemoteQueries.bundled("default.rq");
  private static final Query GRAPHS = RemoteQueries.bundled("graphs.rq");
  private static final Query CONTAINS = RemoteQueries.bundled("contains.rq");
  private static final Query CONTAINS_DEFAULT = RemoteQueries.bundled("contains-default.rq");

  private static final Var G = Var.alloc("g");
  private static final Var S = Var.alloc("s");
  private static final Var P = Var.alloc("p");
  private static final Var O = Var.alloc("o");

  static {
    RemoteQueryEngine.register();
  }

  private final URI endpoint;
  private final RemoteRequests requests;
  private final ThreadLocal<TxnType> transaction = new ThreadLocal<>();

  private final FindAnswers answers = new FindAnswers();

  /** The endpoint's dataset, each request waiting at most {@code requests.timeout()}. */
  RemoteDataset(URI endpoint, RemoteRequests requests) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.requests = Objects.requireNonNull(requests, "requests");
  }

  /** The state of the store, by time: a new one every {@code requests.keep()}. */
  @Override
  public long version() {
    return System.currentTimeMillis() / requests.keep().toMillis();
  }

  /** The SPARQL endpoint's URL. */
  public URI endpoint() {
    return endpoint;
  }

  /** How requests to the endpoint are made. */
  RemoteRequests requests() {
    return requests;
  }

  @Override
  public Graph getDefaultGraph() {
    return GraphView.createDefaultGraph(this);
  }

  @Override
  public Graph getUnionGraph() {
    return GraphView.createUnionGraph(this);
  }

  @Override
  public Graph getGraph(Node graphNode) {
    return GraphView.createNamedGraph(this, graphNode);
  }

  @Override
  public Iterator<Node> listGraphNodes() {
    List<Node> graphs = new ArrayList<>();
    try (QueryExecHTTP exec = requests.builder(endpoint).query(GRAPHS).build()) {
      exec.select().forEachRemaining(row -> graphs.add(row.get(G)));
    }
    return graphs.iterator();
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    if (isBlank(g) || isBlank(s) || isBlank(p) || isBlank(o)) {
      return List.<Quad>of().iterator();
    }
    Node graph = isWildcard(g) ? Node.ANY : g;
    long now = version();
    if (s != null && s.isConcrete() && (isConcrete(p) || isConcrete(o))) {
      // All of the subject's triples, asked once: a page asks for several of its properties.
      List<Quad> all =
          answers.get(
              now, List.of(graph, s, Node.ANY, Node.ANY), () -> ask(graph, s, Node.ANY, Node.ANY));
      return all.stream().filter(q -> q.matches(q.getGraph(), s, any(p), any(o))).iterator();
    }
    return answers
        .get(now, List.of(graph, any(s), any(p), any(o)), () -> ask(graph, s, p, o))
        .iterator();
  }

  private static boolean isConcrete(Node n) {
    return n != null && n.isConcrete();
  }

  private static Node any(Node n) {
    return n == null ? Node.ANY : n;
  }

  /** The quads that match, asked of the endpoint. */
  private List<Quad> ask(Node graph, Node s, Node p, Node o) {
    Query query;
    if (graph == Node.ANY) {
      query = QUADS;
    } else if (Quad.isUnionGraph(graph)) {
      query = UNION;
    } else if (Quad.isDefaultGraph(graph)) {
      query = DEFAULT;
    } else {
      query = QUADS;
    }
    QueryExecHTTPBuilder builder = requests.builder(endpoint).query(query);
    Binding pattern = pattern(query == QUADS ? graph : Node.ANY, s, p, o);
    builder.substitution(pattern);
    List<Quad> quads = new ArrayList<>();
    try (QueryExecHTTP exec = builder.build()) {
      exec.select()
          .forEachRemaining(
              row -> {
                BindingBuilder full = BindingFactory.builder(row);
                pattern.forEach((v, n) -> addIfAbsent(full, row, v, n));
                Binding b = full.build();
                Node name = query == QUADS ? b.get(G) : graph;
                quads.add(Quad.create(name, b.get(S), b.get(P), b.get(O)));
              });
    }
    return List.copyOf(quads);
  }

  @Override
  public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
    return find(Quad.isDefaultGraph(g) ? Node.ANY : g, s, p, o);
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    if (isBlank(g) || isBlank(s) || isBlank(p) || isBlank(o)) {
      return false;
    }
    if (Quad.isUnionGraph(g)) {
      g = Node.ANY;
    }
    boolean inDefault = g != null && Quad.isDefaultGraph(g);
    Query ask = inDefault ? CONTAINS_DEFAULT : CONTAINS;
    Binding pattern = pattern(inDefault || isWildcard(g) ? Node.ANY : g, s, p, o);
    try (QueryExecHTTP exec = requests.builder(endpoint).query(ask).substitution(pattern).build()) {
      return exec.ask();
    }
  }

  @Override
  public boolean containsGraph(Node graphNode) {
    if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
      return true;
    }
    return contains(graphNode, Node.ANY, Node.ANY, Node.ANY);
  }

  /** The bound terms of a pattern, as the bindings of {@code ?g ?s ?p ?o}. */
  private static Binding pattern(Node g, Node s, Node p, Node o) {
    BindingBuilder b = BindingFactory.builder();
    bind(b, G, g);
    bind(b, S, s);
    bind(b, P, p);
    bind(b, O, o);
    return b.build();
  }

  private static void bind(BindingBuilder b, Var v, Node n) {
    if (n != null && n != Node.ANY && n.isConcrete()) {
      b.add(v, n);
    }
  }

  private static void addIfAbsent(BindingBuilder b, Binding row, Var v, Node n) {
    if (!row.contains(v)) {
      b.add(v, n);
    }
  }

  private static boolean isBlank(Node n) {
    return n != null && n.isBlank();
  }

  @Override
  public void addGraph(Node graphName, Graph graph) {
    throw readOnly();
  }

  @Override
  public void removeGraph(Node graphName) {
    throw readOnly();
  }

  @Override
  public void add(Quad quad) {
    throw readOnly();
  }

  @Override
  public void delete(Quad quad) {
    throw readOnly();
  }

  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    throw readOnly();
  }

  @Override
  public void clear() {
    throw readOnly();
  }

  @Override
  public PrefixMap prefixes() {
    return PrefixMapFactory.emptyPrefixMap();
  }

  @Override
  public boolean supportsTransactions() {
    return true;
  }

  @Override
  public boolean supportsTransactionAbort() {
    return false;
  }

  @Override
  public void begin(TxnType type) {
    if (type != TxnType.READ) {
      throw readOnly();
    }
    if (transaction.get() != null) {
      throw new IllegalStateException("a transaction is active on this thread already");
    }
    transaction.set(type);
  }

  @Override
  public boolean promote(Promote mode) {
    return false;
  }

  @Override
  public void commit() {
    end();
  }

  @Override
  public void abort() {
    end();
  }

  @Override
  public void end() {
    transaction.remove();
  }

  @Override
  public ReadWrite transactionMode() {
    return transaction.get() == null ? null : ReadWrite.READ;
  }

  @Override
  public TxnType transactionType() {
    return transaction.get();
  }

  @Override
  public boolean isInTransaction() {
    return transaction.get() != null;
  }

  /** The refusal of a change: the store is read here over its endpoint, and written elsewhere. */
  private UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException(
        "spkg serve --endpoint reads the store at "
            + endpoint
            + " and never writes to it; write to that store directly (for example with"
            + " spkg ingest --to)");
  }

  @Override
  public String toString() {
    return "the SPARQL endpoint " + endpoint;
  }
}
