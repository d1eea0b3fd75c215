package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
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

  /** Rows asked for at a time: below the 10,000 at which Virtuoso cuts answers. */
  static final int PAGE = 5_000;

  private EndpointDocuments() {}

  /**
   * The source of every document of the store at {@code endpoint}, by key.
   *
   * @throws InputException if the endpoint cannot be reached or refuses the query
   */
  public static Map<String, StoredSource> documentSources(String endpoint) {
    return documentSources(endpoint, PAGE);
  }

  /** {@link #documentSources(String)}, {@code page} rows at a time. */
  static Map<String, StoredSource> documentSources(String endpoint, int page) {
    try {
      return StoredDocuments.sources(pages(endpoint, DOCUMENT_SOURCES, page));
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
    return knownEntitiesByGraph(endpoint, PAGE);
  }

  /** {@link #knownEntitiesByGraph(String)}, {@code page} rows at a time. */
  static SortedMap<String, Graph> knownEntitiesByGraph(String endpoint, int page) {
    try {
      return StoreQuery.triplesByGraph(pages(endpoint, KNOWN_ENTITIES, page));
    } catch (QueryExceptionHTTP e) {
      throw EndpointQuery.refused(endpoint, e);
    }
  }

  /**
   * Every row of {@code query} on {@code endpoint}, asked for {@code size} rows at a time in the
   * order of all its variables: a store may cut an answer short without saying so (Virtuoso at
   * 10,000 rows, docs/upstream/virtuoso.md), and a page shorter than asked is the last.
   */
  private static Iterator<Binding> pages(String endpoint, Query query, int size) {
    List<Binding> rows = new ArrayList<>();
    for (long offset = 0; ; offset += size) {
      Query page = query.cloneQuery();
      page.getProjectVars().forEach(v -> page.addOrderBy(v, Query.ORDER_ASCENDING));
      page.setLimit(size);
      page.setOffset(offset);
      int before = rows.size();
      try (QueryExec exec =
          EndpointQuery.service(endpoint)
              .query(page)
              .substitution(StoreQuery.documentGraphs())
              .build()) {
        exec.select().forEachRemaining(rows::add);
      }
      if (rows.size() - before < size) {
        return rows.iterator();
      }
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
