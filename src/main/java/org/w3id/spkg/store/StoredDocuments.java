package org.w3id.spkg.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.SPKG;

/** What the store knows of its documents: their sources, and the entities a document names. */
final class StoredDocuments {

  /** The names that make an IRI an entity, and the properties kept of it (known-entities.rq). */
  private static final List<Node> ENTITY_NAMES =
      List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SPKG.acronym.asNode());

  private static final List<Node> ENTITY_PROPERTIES =
      List.of(
          RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(), SPKG.acronym.asNode());

  private StoredDocuments() {}

  /** The source of every document graph, by key; inside a read transaction. */
  static Map<String, StoredSource> sources(DatasetGraph dataset, Query documentSources) {
    try (QueryExec exec =
        QueryExec.dataset(dataset)
            .query(documentSources)
            .substitution(StoreQuery.documentGraphs())
            .build()) {
      return sources(exec.select());
    }
  }

  /** The source of every document graph, by key, from the rows of {@code document-sources.rq}. */
  static Map<String, StoredSource> sources(Iterator<Binding> rows) {
    Map<String, StoredSource> sources = new HashMap<>();
    rows.forEachRemaining(
        row -> {
          Node id = row.get("identifier");
          Node source = row.get("source");
          Node date = row.get("date");
          sources.put(
              row.get("key").getLiteralLexicalForm(),
              new StoredSource(
                  row.get("graph").getURI(),
                  id == null ? null : id.getLiteralLexicalForm(),
                  source != null && source.isURI() ? source.getURI() : null,
                  date == null ? null : date.getLiteralLexicalForm()));
        });
    return sources;
  }

  /** See {@link SpkgStore#knownEntities(DocumentGraph)}. */
  static Graph knownEntities(DocumentGraph doc) {
    Graph known = GraphFactory.createDefaultGraph();
    if (!doc.graphIri().startsWith(NamedGraphs.NS) || GraphWrites.isReserved(doc.graphIri())) {
      return known;
    }
    Graph graph = doc.graph();
    Set<Node> entities = new LinkedHashSet<>();
    for (Node name : ENTITY_NAMES) {
      graph
          .find(Node.ANY, name, Node.ANY)
          .forEachRemaining(
              t -> {
                if (t.getSubject().isURI()) {
                  entities.add(t.getSubject());
                }
              });
    }
    for (Node entity : entities) {
      for (Node property : ENTITY_PROPERTIES) {
        graph.find(entity, property, Node.ANY).forEachRemaining(known::add);
      }
    }
    return known;
  }
}
