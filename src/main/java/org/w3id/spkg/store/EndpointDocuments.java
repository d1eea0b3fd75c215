package org.w3id.spkg.store;

import java.util.Map;
import java.util.SortedMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.spkg.InputException;

/**
 * What a store reached through its SPARQL query endpoint knows of its documents: {@link
 * SpkgStore#documentSources} and {@link SpkgStore#knownEntitiesByGraph} for a store that is not
 * this process's ({@code spkg ingest --to}), from the same bundled queries. They read named graphs
 * with {@code GRAPH ?graph}, so they answer alike whatever the endpoint's default graph is.
 *
 * <pre>{@code
 * Map<String, StoredSource> sources = EndpointDocuments.documentSources("http://localhost:3030/ds");
 * }</pre>
 */
public final class EndpointDocuments {

  private static final Query KNOWN_ENTITIES = StoreQuery.bundled("known-entities.rq");
  private static final Query DOCUMENT_SOURCES = StoreQuery.bundled("document-sources.rq");
  private static final Query OTHER_SOURCE = StoreQuery.bundled("other-source.rq");

  private EndpointDocuments() {}

  /**
   * The source of every document of the store at {@code endpoint}, by key.
   *
   * @throws InputException if the endpoint cannot be reached or refuses the query
   */
  public static Map<String, StoredSource> documentSources(String endpoint) {
    try {
      return StoredDocuments.sources(EndpointQuery.service(endpoint), DOCUMENT_SOURCES);
    } catch (QueryExceptionHTTP e) {
      throw EndpointQuery.refused(endpoint, e);
    }
  }

  /**
   * The entities each document graph of the store at {@code endpoint} names, by graph.
   *
   * @throws InputException if the endpoint cannot be reached or refuses the query
   */
  public static SortedMap<String, Graph> knownEntitiesByGraph(String endpoint) {
    try {
      return StoreQuery.triplesByGraph(
          EndpointQuery.service(endpoint), KNOWN_ENTITIES, StoreQuery.documentGraphs());
    } catch (QueryExceptionHTTP e) {
      throw EndpointQuery.refused(endpoint, e);
    }
  }

  /**
   * Whether the graph {@code graphIri} of the store at {@code endpoint} holds a document of a
   * source other than {@code identifier} ({@code other-source.rq}): another writer took the key.
   *
   * @throws InputException if the endpoint cannot be reached or refuses the query
   */
  public static boolean heldByOtherSource(String endpoint, String graphIri, String identifier) {
    try (QueryExec exec =
        EndpointQuery.service(endpoint)
            .query(OTHER_SOURCE)
            .substitution("graph", NodeFactory.createURI(graphIri))
            .substitution("identifier", NodeFactory.createLiteralString(identifier))
            .build()) {
      return exec.ask();
    } catch (QueryExceptionHTTP e) {
      throw EndpointQuery.refused(endpoint, e);
    }
  }
}
