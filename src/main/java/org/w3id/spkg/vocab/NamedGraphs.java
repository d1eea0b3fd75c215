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

  private NamedGraphs() {}

  /** The graph of the document with this key. */
  public static String document(String key) {
    return NS + EntityIris.checkKey(key);
  }
}
