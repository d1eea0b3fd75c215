package org.w3id.spkg.packs;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A pack query with its parameters bound: each value substituted as an RDF term into the parsed
 * query (never pasted into its text), so no value can change the query's shape.
 *
 * @param source the pack query
 * @param query the query to run
 * @param values parameter name → the term bound (optional parameters without a value are absent)
 * @param page the page asked for (1 when the query has no pagination)
 */
public record BoundQuery(PackQuery source, Query query, Map<String, Node> values, int page) {

  public BoundQuery {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(query, "query");
    values = Map.copyOf(values);
  }

  /** The query as sent to an endpoint. */
  public String text() {
    return query.serialize();
  }
}
