package org.w3id.spkg.vocab;

/**
 * The named graphs of an spkg store: one per source document, plus the ontology, the reference
 * data, the inferred triples and the metadata of ingest runs. The union of all is the default graph
 * of the endpoint.
 */
public final class NamedGraphs {

  /** The namespace of graph names. */
  public static final String NS = "https://w3id.org/spkg/graph/";

  /** The ontology (ontology/spkg.ttl). */
  public static final String ONTOLOGY = NS + "ontology";

  /** The reference data (ontology/reference/*.ttl). */
  public static final String REFERENCE = NS + "reference";

  /** Triples entailed by the ontology's subclass and subproperty axioms. */
  public static final String INFERRED = NS + "inferred";

  /** Ingest runs (prov:Activity) and other metadata. */
  public static final String META = NS + "meta";

  /**
   * The namespace of derived graphs: what one document adds to the shared {@code inferred} and
   * {@code meta} graphs, kept in a graph of its own when the store is written one graph at a time
   * ({@code spkg ingest --to}). Outside {@link #NS}, so that no query takes them for documents.
   */
  public static final String DERIVED_NS = "https://w3id.org/spkg/derived/";

  /** The entailments of the ontology and reference data, in a store written graph by graph. */
  public static final String DERIVED_REFERENCE = DERIVED_NS + "reference";

  private NamedGraphs() {}

  /** The graph of the document with this key. */
  public static String document(String key) {
    return NS + EntityIris.checkKey(key);
  }

  /**
   * The derived graph of the document with this key: its ingest activity and the entailments of its
   * triples, in a store written graph by graph ({@link #DERIVED_NS}).
   */
  public static String derived(String key) {
    return DERIVED_NS + EntityIris.checkKey(key);
  }
}
