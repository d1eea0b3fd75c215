package org.w3id.spkg.remote;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.store.VoidDescription;

/**
 * A store that another server holds, read over its SPARQL 1.1 query endpoint: what {@code spkg
 * serve --endpoint URL} serves instead of a local TDB2 store. Opening it probes the endpoint
 * ({@link EndpointProbe}): it must answer a query with SPARQL results, and spkg expects its default
 * graph to be the union of its named graphs (Virtuoso, GraphDB and Neptune do this by default;
 * Fuseki with {@code tdb2:unionDefaultGraph}), and warns when it is not.
 *
 * <pre>{@code
 * RemoteStore store = RemoteStore.open(URI.create("http://localhost:3030/ds/sparql"));
 * try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("ASK { ?s ?p ?o }").build()) {
 *   boolean any = qe.ask();   // asked of the endpoint, in one request
 * }
 * }</pre>
 */
public final class RemoteStore {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

  /**
   * The longest wait for a request's answer to begin: 30 s (queries stop earlier, at their limit).
   */
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * How long what is computed from the whole store (the home and listing pages, VoID) is kept
   * before it is read again: 5 minutes. Another server writes the store, and says nothing of it.
   */
  public static final Duration KEEP = Duration.ofMinutes(5);

  /**
   * How long the VoID counts ({@code void.rq}) may take on the endpoint: 60 s; beyond, VoID is
   * served without its counts (the request for it would otherwise hold a server thread).
   */
  public static final Duration VOID_LIMIT = Duration.ofSeconds(60);

  private final RemoteDataset dataset;
  private final EndpointProbe.Findings findings;
  private Kept kept;

  private RemoteStore(RemoteDataset dataset, EndpointProbe.Findings findings) {
    this.dataset = dataset;
    this.findings = findings;
  }

  /**
   * Probes the endpoint at {@code url} and opens it.
   *
   * @throws InputException naming the URL if it is not an http(s) URL, cannot be reached, or does
   *     not answer a SPARQL query with SPARQL results
   */
  public static RemoteStore open(String url) {
    URI endpoint = checkedUrl(url);
    RemoteDataset dataset = new RemoteDataset(endpoint, new RemoteRequests(REQUEST_TIMEOUT, KEEP));
    EndpointProbe.Findings findings = EndpointProbe.probe(dataset);
    findings.warnings().forEach(w -> LOG.warn("{}: {}", endpoint, w));
    LOG.info(
        "reading the store at {} (text search {})",
        endpoint,
        findings.textSearch() ? "with jena-text" : "not available");
    return new RemoteStore(dataset, findings);
  }

  private static URI checkedUrl(String url) {
    Objects.requireNonNull(url, "url");
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new InputException(
          url,
          "not a URL ("
              + e.getMessage()
              + "); give the endpoint's full URL, like http://localhost:3030/ds/sparql");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new InputException(
          url,
          "not an http(s) URL of a SPARQL endpoint; give its full URL, like"
              + " http://localhost:3030/ds/sparql");
    }
    return uri;
  }

  /** The endpoint's URL. */
  public URI endpoint() {
    return dataset.endpoint();
  }

  /** The store as a read-only dataset: queries over it are sent to the endpoint whole. */
  public DatasetGraph datasetGraph() {
    return dataset;
  }

  /** Whether the endpoint answers jena-text's {@code text:query} (a Fuseki with a text index). */
  public boolean textSearch() {
    return findings.textSearch();
  }

  /**
   * The VoID description of the store, counted by {@code void.rq} over the endpoint ({@link
   * VoidDescription#computeByQuery}) and kept for {@link #KEEP}; never written to the store. A
   * copy: the caller may change it.
   */
  public synchronized Graph voidDescription() {
    long version = dataset.version();
    if (kept == null || kept.version() != version) {
      kept = new Kept(version, dataset.calculateRead(this::countedVoid));
    }
    Graph copy = GraphFactory.createDefaultGraph();
    GraphUtil.addInto(copy, kept.description());
    return copy;
  }

  /** The VoID description with its counts, or without them if counting takes too long. */
  private Graph countedVoid() {
    try {
      return VoidDescription.computeByQuery(dataset, VOID_LIMIT);
    } catch (QueryCancelledException e) {
      LOG.warn(
          "{}: void.rq did not finish in {} s; serving VoID without its counts for the next {}"
              + " min",
          endpoint(),
          VOID_LIMIT.toSeconds(),
          KEEP.toMinutes());
      return VoidDescription.uncounted();
    }
  }

  private record Kept(long version, Graph description) {}

  /** Whether the endpoint's default graph holds the triples of its named graphs. */
  public boolean unionDefaultGraph() {
    return findings.unionDefault();
  }
}
