package org.w3id.spkg.eval;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/** A graph fact of some kind: the node it is about and what the matcher reads of it. */
record Candidate(Node node, Map<String, Set<String>> fields, String description) {}
