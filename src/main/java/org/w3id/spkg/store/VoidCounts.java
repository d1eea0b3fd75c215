package org.w3id.spkg.store;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.spkg.vocab.EntityIris;

/**
 * The counts of the VoID description over the data graphs (every named graph but {@code inferred}
 * and {@code meta}), and the triples {@code void.rq} makes of them.
 *
 * @param triples quads in the data graphs (a triple in two graphs counts twice)
 * @param entities distinct subjects whose string starts with {@link #ENTITY_SPACE}
 * @param subjects distinct subjects
 * @param objects distinct objects
 * @param classes distinct objects of {@code rdf:type}, IRIs or not
 * @param classEntities for each IRI object of {@code rdf:type}, its distinct subjects
 * @param propertyTriples for each predicate, its quads in the data graphs
 * @param links {@code owl:sameAs} quads whose object's string starts with {@link #WIKIDATA_SPACE}
 */
record VoidCounts(
    long triples,
    long entities,
    long subjects,
    long objects,
    long classes,
    Map<Node, Long> classEntities,
    Map<Node, Long> propertyTriples,
    long links) {

  /** Where the IRIs of spkg's entities start. */
  static final String ENTITY_SPACE = EntityIris.NS;

  /** Where the IRIs of Wikidata's entities start. */
  static final String WIKIDATA_SPACE = "http://www.wikidata.org/entity/";

  private static final Node DATASET = NodeFactory.createURI(VoidDescription.NS + "dataset");
  private static final Node WIKIDATA = NodeFactory.createURI(VoidDescription.NS + "wikidata");
  private static final Node LINKSET = NodeFactory.createURI(VoidDescription.NS + "wikidata-links");

  VoidCounts {
    classEntities = Map.copyOf(classEntities);
    propertyTriples = Map.copyOf(propertyTriples);
  }

  /**
   * The string SPARQL's {@code STR} gives for a term: an IRI's text, a literal's lexical form; null
   * where {@code STR} fails (blank nodes), which makes {@code STRSTARTS} false.
   */
  static String str(Node n) {
    if (n.isURI()) {
      return n.getURI();
    }
    return n.isLiteral() ? n.getLiteralLexicalForm() : null;
  }

  /** Whether SPARQL's {@code STRSTARTS(STR(n), prefix)} is true. */
  static boolean strStarts(Node n, String prefix) {
    String s = str(n);
    return s != null && s.startsWith(prefix);
  }

  /** The triples {@code void.rq} constructs from these counts. */
  Graph graph() {
    Graph g = GraphFactory.createDefaultGraph();
    add(g, DATASET, VOID.triples, count(triples));
    add(g, DATASET, VOID.entities, count(entities));
    add(g, DATASET, VOID.distinctSubjects, count(subjects));
    add(g, DATASET, VOID.distinctObjects, count(objects));
    add(g, DATASET, VOID.classes, count(classes));
    add(g, DATASET, VOID.properties, count(propertyTriples.size()));
    addPartitions(g, "class-", VOID.classPartition, VOID._class, classEntities, VOID.entities);
    addPartitions(
        g, "property-", VOID.propertyPartition, VOID.property, propertyTriples, VOID.triples);
    add(g, DATASET, VOID.subset, LINKSET);
    g.add(LINKSET, RDF.type.asNode(), VOID.Linkset.asNode());
    add(g, LINKSET, VOID.linkPredicate, OWL.sameAs.asNode());
    add(g, LINKSET, VOID.subjectsTarget, DATASET);
    add(g, LINKSET, VOID.objectsTarget, WIKIDATA);
    add(g, LINKSET, VOID.triples, count(links));
    return g;
  }

  /**
   * One {@code void:classPartition} or {@code void:propertyPartition} per term: {@code prefix}
   * starts the partition's local name ("class-", "property-"), {@code kind} links it to its term,
   * {@code counted} holds its number.
   */
  private static void addPartitions(
      Graph g,
      String prefix,
      Property partitions,
      Property kind,
      Map<Node, Long> counts,
      Property counted) {
    counts.forEach(
        (term, n) -> {
          Node partition = partition(prefix, term);
          add(g, DATASET, partitions, partition);
          add(g, partition, kind, term);
          add(g, partition, counted, count(n));
        });
  }

  private static void add(Graph g, Node s, Property p, Node o) {
    g.add(s, p.asNode(), o);
  }

  /** {@code COUNT}'s value: an {@code xsd:integer}. */
  private static Node count(long n) {
    return NodeValue.makeInteger(n).asNode();
  }

  /** The partition's IRI as {@code void.rq} makes it, with SPARQL's own {@code ENCODE_FOR_URI}. */
  private static Node partition(String kind, Node term) {
    String encoded = XSDFuncOp.strEncodeForURI(NodeValue.makeString(term.getURI())).getString();
    return NodeFactory.createURI(VoidDescription.NS + kind + encoded);
  }
}
