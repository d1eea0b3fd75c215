package org.w3id.spkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the W3C PROV Ontology that spkg writes. Jena ships constants for OA, VOID, DCTerms,
 * SchemaDO, ORG and SKOS but none for PROV-O; this class is the one place its IRIs are spelled.
 */
public final class PROV {

  /** The namespace, {@code http://www.w3.org/ns/prov#}. */
  public static final String NS = "http://www.w3.org/ns/prov#";

  /** An ingest run. */
  public static final Node Activity = term("Activity");

  /** What a run read. */
  public static final Node used = term("used");

  /** When a run began. */
  public static final Node startedAtTime = term("startedAtTime");

  /** When a run ended. */
  public static final Node endedAtTime = term("endedAtTime");

  /** The document an evidence quote comes from. */
  public static final Node wasDerivedFrom = term("wasDerivedFrom");

  private PROV() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }
}
