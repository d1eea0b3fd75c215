package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/**
 * The entities the ingester knows, from the reference data and from the documents, kept up to date
 * in place as documents come and go: their names (a {@link Gazetteer}), types (with the ontology's
 * class hierarchy), labels and home nations. A document's entities are put under its graph's name
 * and replaced or removed as a whole, so a corpus of N documents costs N small updates, not N
 * rebuilds. Where sources disagree, the answer does not depend on the order they came in: the
 * smallest label and nation win. For ingest to be repeatable, what is put for a document should
 * depend on that document alone (the entities it defines read with the reference data only).
 *
 * <pre>{@code
 * EntityIndex index = EntityIndex.of(OntologyFiles.locate());
 * index.put(graphIri, SpkgStore.knownEntities(plain.extract(file, options)));   // every document
 * index.remove(graphIri);                                  // then, for each document in turn
 * ExtractedDocument doc = DocumentIngester.create(files).withEntities(index).extract(file, options);
 * }</pre>
 */
public final class EntityIndex {

  /** The source name of the reference data. */
  static final String REFERENCE = "";

  private static final List<Resource> NAMEABLE =
      List.of(
          SPKG.Actor,
          SPKG.Place,
          SPKG.Office,
          SPKG.Program,
          SPKG.Partnership,
          SPKG.Policy,
          SPKG.Event);

  private final Map<String, Set<String>> superClasses;
  private final Map<String, Map<String, Set<String>>> types;
  private final Map<String, Map<String, String>> labels;
  private final Map<String, Map<String, String>> nations;
  private final Map<String, String> nationOf;
  private final Map<String, Set<String>> byNation;
  private final Gazetteer gazetteer;
  private final Map<String, Contribution> sources;

  /** The source this index leaves out, for a view made by {@link #without}; else null. */
  private final String excluded;

  /** What one source added, to take it out again. */
  private record Contribution(
      Set<String> iris,
      List<Gazetteer.Handle> names,
      List<Gazetteer.Entry> keywords,
      List<Gazetteer.Entry> titles) {}

  private EntityIndex(Graph ontology) {
    this.superClasses = closure(ontology);
    this.types = new HashMap<>();
    this.labels = new HashMap<>();
    this.nations = new HashMap<>();
    this.nationOf = new HashMap<>();
    this.byNation = new HashMap<>();
    this.gazetteer = Gazetteer.of(List.of());
    this.sources = new TreeMap<>();
    this.excluded = null;
  }

  /** A view of {@code index} without what {@code source} put in. */
  private EntityIndex(EntityIndex index, String source) {
    this.superClasses = index.superClasses;
    this.types = index.types;
    this.labels = index.labels;
    this.nations = index.nations;
    this.nationOf = index.nationOf;
    this.byNation = index.byNation;
    Contribution c = index.sources.get(source);
    this.gazetteer = c == null ? index.gazetteer : index.gazetteer.hiding(c.names());
    this.sources = index.sources;
    this.excluded = source;
  }

  /**
   * This index as it would be after {@link #remove remove(source)}, without changing it: a view
   * that reads the same maps, for as long as nothing is put or removed. Views of one index may be
   * read on several threads at once (a document extracted knowing every other document's entities).
   */
  public EntityIndex without(String source) {
    Objects.requireNonNull(source, "source");
    if (excluded != null) {
      throw new IllegalStateException("a view of an index has no views");
    }
    return new EntityIndex(this, source);
  }

  private void checkWritable() {
    if (excluded != null) {
      throw new IllegalStateException("a view of an index (EntityIndex.without) is read-only");
    }
  }

  /** The index of the ontology and reference data of {@code files}. */
  public static EntityIndex of(OntologyFiles files) {
    return of(files.ontology().getGraph(), files.reference().getGraph());
  }

  static EntityIndex of(Graph ontology, Graph reference) {
    EntityIndex index = new EntityIndex(ontology);
    index.put(REFERENCE, reference);
    return index;
  }

  /**
   * Puts the entities described in {@code entities} under {@code source} (a document's graph name),
   * replacing what that source had.
   */
  public void put(String source, Graph entities) {
    Objects.requireNonNull(source, "source");
    checkWritable();
    remove(source);
    int rank = source.equals(REFERENCE) ? 0 : 1;
    List<Triple> triples = entities.find().toList();
    Set<String> iris = new HashSet<>();
    List<Gazetteer.Entry> entries = new ArrayList<>();
    for (Triple t : triples) {
      if (!t.getSubject().isURI()) {
        continue;
      }
      String s = t.getSubject().getURI();
      Node p = t.getPredicate();
      Node o = t.getObject();
      if (p.equals(RDF.type.asNode()) && o.isURI()) {
        iris.add(s);
        types
            .computeIfAbsent(s, k -> new HashMap<>())
            .computeIfAbsent(source, k -> new HashSet<>())
            .add(o.getURI());
      } else if (p.equals(SPKG.nation.asNode()) && o.isURI()) {
        iris.add(s);
        nations
            .computeIfAbsent(s, k -> new HashMap<>())
            .merge(source, o.getURI(), EntityIndex::min);
      } else if (o.isLiteral()) {
        String text = o.getLiteralLexicalForm();
        Gazetteer.Form form = form(p);
        if (p.equals(RDFS.label.asNode())) {
          iris.add(s);
          labels.computeIfAbsent(s, k -> new HashMap<>()).merge(source, text, EntityIndex::min);
        }
        if (form != null) {
          iris.add(s);
          entries.add(new Gazetteer.Entry(s, form, text));
        }
      }
    }
    iris.forEach(this::refreshNation);
    List<Gazetteer.Handle> names = new ArrayList<>();
    List<Gazetteer.Entry> keywords = new ArrayList<>();
    List<Gazetteer.Entry> titles = new ArrayList<>();
    entries.sort(
        Comparator.comparing(Gazetteer.Entry::iri)
            .thenComparing(Gazetteer.Entry::form)
            .thenComparing(Gazetteer.Entry::surface));
    for (Gazetteer.Entry e : entries) {
      // A person a document introduces is known there by surname too; elsewhere a bare name
      // ("Harris") is someone else as often as not, so only the reference data names people.
      if (isNameable(e.iri()) && (rank == 0 || !isA(e.iri(), SPKG.Person))) {
        Gazetteer.Handle h = gazetteer.addInPlace(e, rank);
        if (h != null) {
          names.add(h);
        }
      }
      if (e.form() == Gazetteer.Form.TITLE && isA(e.iri(), SKOS.Concept)) {
        keywords.add(e);
      }
      if (isA(e.iri(), SPKG.Office)) {
        titles.add(new Gazetteer.Entry(e.iri(), Gazetteer.Form.TITLE, e.surface()));
      }
    }
    sources.put(source, new Contribution(iris, names, keywords, titles));
  }

  /** Takes out everything {@code source} put in; nothing happens for a source not in. */
  public void remove(String source) {
    checkWritable();
    Contribution c = sources.remove(source);
    if (c == null) {
      return;
    }
    c.names().forEach(gazetteer::remove);
    for (String iri : c.iris()) {
      removeFrom(types, iri, source);
      removeFrom(labels, iri, source);
      removeFrom(nations, iri, source);
      refreshNation(iri);
    }
  }

  /** Whether {@code source} has entities in the index. */
  public boolean has(String source) {
    return !source.equals(excluded) && sources.containsKey(source);
  }

  private static <V> void removeFrom(Map<String, Map<String, V>> map, String iri, String source) {
    Map<String, V> bySource = map.get(iri);
    if (bySource != null) {
      bySource.remove(source);
      if (bySource.isEmpty()) {
        map.remove(iri);
      }
    }
  }

  private void refreshNation(String iri) {
    String before = nationOf.get(iri);
    String after =
        nations.getOrDefault(iri, Map.of()).values().stream().min(String::compareTo).orElse(null);
    if (Objects.equals(before, after)) {
      return;
    }
    if (before != null) {
      byNation.get(before).remove(iri);
      nationOf.remove(iri);
    }
    if (after != null) {
      byNation.computeIfAbsent(after, k -> new TreeSet<>()).add(iri);
      nationOf.put(iri, after);
    }
  }

  private static Gazetteer.Form form(Node p) {
    if (p.equals(RDFS.label.asNode())
        || p.equals(SKOS.prefLabel.asNode())
        || p.equals(SKOS.altLabel.asNode())) {
      return Gazetteer.Form.NAME;
    } else if (p.equals(SPKG.acronym.asNode())) {
      return Gazetteer.Form.ACRONYM;
    } else if (p.equals(SPKG.adjective.asNode())) {
      return Gazetteer.Form.ADJECTIVE;
    } else if (p.equals(SKOS.hiddenLabel.asNode())) {
      return Gazetteer.Form.TITLE;
    }
    return null;
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  // Lookups, for KnownEntities.

  Gazetteer gazetteer() {
    return gazetteer;
  }

  Set<String> types(String iri) {
    Map<String, Set<String>> bySource = types.get(iri);
    if (bySource == null) {
      return Set.of();
    }
    if (excluded != null && bySource.containsKey(excluded)) {
      Set<String> others = new HashSet<>();
      bySource.forEach(
          (source, t) -> {
            if (!source.equals(excluded)) {
              others.addAll(t);
            }
          });
      return others;
    }
    if (bySource.size() == 1) {
      return bySource.values().iterator().next();
    }
    Set<String> all = new HashSet<>();
    bySource.values().forEach(all::addAll);
    return all;
  }

  boolean isNameable(String iri) {
    return NAMEABLE.stream().anyMatch(type -> isA(iri, type));
  }

  boolean isA(String iri, Resource type) {
    return isA(types(iri), type);
  }

  boolean isA(Set<String> typesOf, Resource type) {
    for (String t : typesOf) {
      if (t.equals(type.getURI())
          || superClasses.getOrDefault(t, Set.of()).contains(type.getURI())) {
        return true;
      }
    }
    return false;
  }

  boolean isKnown(String iri) {
    Map<String, Set<String>> bySource = types.get(iri);
    return bySource != null
        && (excluded == null || bySource.size() > 1 || !bySource.containsKey(excluded));
  }

  Optional<String> label(String iri) {
    return least(labels.get(iri));
  }

  Optional<String> nation(String iri) {
    if (excluded == null) {
      return Optional.ofNullable(nationOf.get(iri));
    }
    return least(nations.get(iri));
  }

  /** The least value of the sources but the one left out. */
  private Optional<String> least(Map<String, String> bySource) {
    if (bySource == null) {
      return Optional.empty();
    }
    String least = null;
    for (Map.Entry<String, String> e : bySource.entrySet()) {
      if (!e.getKey().equals(excluded) && (least == null || e.getValue().compareTo(least) < 0)) {
        least = e.getValue();
      }
    }
    return Optional.ofNullable(least);
  }

  /** The entities whose home nation is {@code nation}, sorted. */
  Set<String> inNation(String nation) {
    Set<String> all = byNation.getOrDefault(nation, Set.of());
    Contribution c = excluded == null ? null : sources.get(excluded);
    if (c == null) {
      return all;
    }
    // Only the entities the left-out source gave a nation can have another one here.
    Set<String> here = new TreeSet<>();
    all.forEach(
        iri -> {
          if (!c.iris().contains(iri) || nation(iri).filter(nation::equals).isPresent()) {
            here.add(iri);
          }
        });
    c.iris()
        .forEach(
            iri -> {
              if (nation(iri).filter(nation::equals).isPresent()) {
                here.add(iri);
              }
            });
    return here;
  }

  /** Concept keywords (skos:hiddenLabel of concepts), reference data first. */
  List<Gazetteer.Entry> conceptKeywords() {
    List<Gazetteer.Entry> all = new ArrayList<>();
    sources.forEach(
        (source, c) -> {
          if (!source.equals(excluded)) {
            all.addAll(c.keywords());
          }
        });
    return all;
  }

  /** Office names and titles, reference data first. */
  List<Gazetteer.Entry> titles() {
    List<Gazetteer.Entry> all = new ArrayList<>();
    sources.forEach(
        (source, c) -> {
          if (!source.equals(excluded)) {
            all.addAll(c.titles());
          }
        });
    return all;
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
