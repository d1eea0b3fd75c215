package org.w3id.spkg.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the ingester knows about entities while it reads one document: the {@link EntityIndex} (the
 * ontology, the reference data and the entities other documents defined), plus the entities this
 * document declares as it goes, which stay local to it. The entities the document defines are found
 * knowing the reference data only ({@link #definitions()}); its mentions know them all.
 */
final class KnownEntities {

  private final EntityIndex index;
  private final EntityIndex reference;
  private final Map<String, Set<String>> types = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> nations = new HashMap<>();

  /** Knowing what {@code index} knows, its own definitions included. */
  KnownEntities(EntityIndex index) {
    this(index, index);
  }

  /**
   * @param index what the document knows: the reference data and the other documents' entities
   * @param reference the reference data alone, for {@link #definitions()}
   */
  KnownEntities(EntityIndex index, EntityIndex reference) {
    this.index = index;
    this.reference = reference;
  }

  /**
   * What the document's own definitions are found with: the reference data only. A document then
   * defines the same entities whatever other documents are known (two documents that both define a
   * name both say so), and what it defines can be known by the others without depending on them.
   */
  KnownEntities definitions() {
    return index == reference ? this : new KnownEntities(reference, reference);
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
    return index.gazetteer();
  }

  boolean isA(String iri, Resource type) {
    return index.isA(iri, type) || index.isA(types.getOrDefault(iri, Set.of()), type);
  }

  boolean isKnown(String iri) {
    return index.isKnown(iri) || types.containsKey(iri);
  }

  String label(String iri) {
    return index
        .label(iri)
        .orElseGet(() -> labels.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1)));
  }

  Optional<String> nation(String iri) {
    return index.nation(iri).or(() -> Optional.ofNullable(nations.get(iri)));
  }

  /** The entities of a type whose home nation is {@code nation}, sorted. */
  List<String> ofTypeInNation(Resource type, String nation) {
    Set<String> candidates = new TreeSet<>(index.inNation(nation));
    nations.forEach(
        (iri, n) -> {
          if (n.equals(nation) && index.nation(iri).isEmpty()) {
            candidates.add(iri);
          }
        });
    return candidates.stream().filter(iri -> isA(iri, type)).toList();
  }

  /** The keywords of concepts (their skos:hiddenLabel values), such as a theme's. */
  List<Gazetteer.Entry> conceptKeywords() {
    return index.conceptKeywords();
  }

  /**
   * The titles of offices: their names and bare titles ("Vice President", "NASA Administrator").
   */
  List<Gazetteer.Entry> titles() {
    return index.titles();
  }

  /** Whether {@code iri} is a SKOS concept. */
  boolean isConcept(String iri) {
    return isA(iri, SKOS.Concept);
  }
}
