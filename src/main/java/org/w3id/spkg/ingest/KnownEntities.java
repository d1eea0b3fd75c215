package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.SPKG;

/**
 * What the ingester knows about entities before it reads a document: their names (for the {@link
 * Gazetteer}), their types with the ontology's class hierarchy, their labels and home nations.
 * Built from the ontology, the reference data and the entities other documents defined.
 */
final class KnownEntities {

  private final Map<String, Set<String>> superClasses;
  private final Map<String, Set<String>> types = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> nations = new HashMap<>();
  private final List<Gazetteer.Entry> entries = new ArrayList<>();

  private KnownEntities(Map<String, Set<String>> superClasses) {
    this.superClasses = superClasses;
  }

  static KnownEntities of(Graph ontology, Graph... data) {
    KnownEntities known = new KnownEntities(closure(ontology));
    for (Graph g : data) {
      known.addAll(g);
    }
    return known;
  }

  /** Adds the entities described in {@code graph}. */
  void addAll(Graph graph) {
    List<Triple> triples = graph.find().toList();
    triples.sort(Comparator.comparing(Triple::toString));
    for (Triple t : triples) {
      if (!t.getSubject().isURI()) {
        continue;
      }
      String s = t.getSubject().getURI();
      Node p = t.getPredicate();
      Node o = t.getObject();
      if (p.equals(RDF.type.asNode()) && o.isURI()) {
        types.computeIfAbsent(s, k -> new HashSet<>()).add(o.getURI());
      } else if (p.equals(SPKG.nation.asNode()) && o.isURI()) {
        nations.putIfAbsent(s, o.getURI());
      } else if (o.isLiteral()) {
        String text = o.getLiteralLexicalForm();
        if (p.equals(RDFS.label.asNode())) {
          labels.putIfAbsent(s, text);
          entries.add(new Gazetteer.Entry(s, Gazetteer.Form.NAME, text));
        } else if (p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())) {
          entries.add(new Gazetteer.Entry(s, Gazetteer.Form.NAME, text));
        } else if (p.equals(SPKG.acronym.asNode())) {
          entries.add(new Gazetteer.Entry(s, Gazetteer.Form.ACRONYM, text));
        } else if (p.equals(SPKG.adjective.asNode())) {
          entries.add(new Gazetteer.Entry(s, Gazetteer.Form.ADJECTIVE, text));
        } else if (p.equals(SKOS.hiddenLabel.asNode())) {
          entries.add(new Gazetteer.Entry(s, Gazetteer.Form.TITLE, text));
        }
      }
    }
  }

  /** Declares a new entity of the document. */
  void declare(String iri, String type, String label, String nation) {
    types.computeIfAbsent(iri, k -> new HashSet<>()).add(type);
    labels.putIfAbsent(iri, label);
    if (nation != null) {
      nations.putIfAbsent(iri, nation);
    }
  }

  /** Names of the things texts mention: actors, places, offices, programs, partnerships, … */
  Gazetteer gazetteer() {
    return Gazetteer.of(entries.stream().filter(e -> isNameable(e.iri())).toList());
  }

  private boolean isNameable(String iri) {
    return isA(iri, SPKG.Actor)
        || isA(iri, SPKG.Place)
        || isA(iri, SPKG.Office)
        || isA(iri, SPKG.Program)
        || isA(iri, SPKG.Partnership)
        || isA(iri, SPKG.Policy)
        || isA(iri, SPKG.Event);
  }

  boolean isA(String iri, org.apache.jena.rdf.model.Resource type) {
    for (String t : types.getOrDefault(iri, Set.of())) {
      if (t.equals(type.getURI())
          || superClasses.getOrDefault(t, Set.of()).contains(type.getURI())) {
        return true;
      }
    }
    return false;
  }

  boolean isKnown(String iri) {
    return types.containsKey(iri);
  }

  private boolean isConcept(String iri) {
    return types.getOrDefault(iri, Set.of()).contains(SKOS.Concept.getURI());
  }

  String label(String iri) {
    return labels.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
  }

  Optional<String> nation(String iri) {
    return Optional.ofNullable(nations.get(iri));
  }

  /** The entities of a type whose home nation is {@code nation}, sorted. */
  List<String> ofTypeInNation(org.apache.jena.rdf.model.Resource type, String nation) {
    return new TreeMap<>(nations)
        .entrySet().stream()
            .filter(e -> e.getValue().equals(nation) && isA(e.getKey(), type))
            .map(Map.Entry::getKey)
            .toList();
  }

  /** The keywords of concepts (their skos:hiddenLabel values), such as a theme's. */
  List<Gazetteer.Entry> conceptKeywords() {
    return entries.stream()
        .filter(e -> e.form() == Gazetteer.Form.TITLE && isConcept(e.iri()))
        .toList();
  }

  /**
   * The titles of offices: their names and bare titles ("Vice President", "NASA Administrator").
   */
  List<Gazetteer.Entry> titles() {
    return entries.stream()
        .filter(e -> isA(e.iri(), SPKG.Office))
        .map(e -> new Gazetteer.Entry(e.iri(), Gazetteer.Form.TITLE, e.surface()))
        .toList();
  }

  private static Map<String, Set<String>> closure(Graph ontology) {
    Map<String, Set<String>> direct = new HashMap<>();
    ontology
        .find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct
                    .computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>())
                    .add(t.getObject().getURI());
              }
            });
    Map<String, Set<String>> all = new HashMap<>();
    for (String c : direct.keySet()) {
      Set<String> seen = new HashSet<>();
      List<String> todo = new ArrayList<>(direct.get(c));
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        if (seen.add(next)) {
          todo.addAll(direct.getOrDefault(next, Set.of()));
        }
      }
      all.put(c, seen);
    }
    return all;
  }
}
