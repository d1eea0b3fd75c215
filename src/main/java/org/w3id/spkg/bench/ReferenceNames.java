package org.w3id.spkg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.vocab.SPKG;

/**
 * The names the generator takes from the reference data: nations with their adjectives, agencies
 * and international organisations with their names and acronyms, offices, cities, regions,
 * councils, programs and agreements. Every list is sorted by IRI, so the same data gives the same
 * corpus.
 */
final class ReferenceNames {

  /** An actor as texts name it: each of {@code names} refers to it; acronyms take no article. */
  record Actor(String iri, List<String> names, Optional<String> acronym, boolean definite) {
    Actor {
      names = List.copyOf(names);
      if (names.isEmpty() && acronym.isEmpty()) {
        throw new IllegalArgumentException(iri + " has no name");
      }
    }
  }

  /**
   * A nation.
   *
   * @param code ISO 3166-1 alpha-2
   * @param adjective its one-word adjective ("Japanese"), when it has one
   * @param spaceFaring whether the reference data holds an agency of it
   */
  record Nation(Actor actor, String code, Optional<String> adjective, boolean spaceFaring) {}

  /** An agency or organisation, and the nation it belongs to (empty for international ones). */
  record Agency(Actor actor, Optional<String> nation) {}

  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on");

  final List<Nation> nations;
  final List<Nation> spaceFaringNations;
  final List<Agency> agencies;
  final List<Agency> organizations;
  final List<String> officeTitles;
  final List<String> cities;
  final List<String> hostCities;
  final List<String> regions;
  final List<String> councils;
  final List<String> programs;
  final List<String> agreements;
  final SortedSet<String> surfaces;

  private ReferenceNames(Model model, Set<String> definiteCodes) {
    Set<String> withAgency = new TreeSet<>();
    List<Agency> agencyList = new ArrayList<>();
    for (Resource r : instances(model, SPKG.Agency)) {
      Optional<String> nation = object(r, SPKG.nation);
      nation.ifPresent(withAgency::add);
      agencyList.add(new Agency(actor(r, true), nation));
    }
    agencies = List.copyOf(agencyList);
    organizations =
        instances(model, SPKG.InternationalOrganization).stream()
            .map(r -> new Agency(actor(r, true), Optional.empty()))
            .toList();
    List<Nation> nationList = new ArrayList<>();
    for (Resource r : instances(model, SPKG.Nation)) {
      String code = string(r, SPKG.isoAlpha2).orElse(r.getLocalName());
      Optional<String> adjective =
          strings(r, SPKG.adjective).stream().filter(a -> a.matches("\\p{Lu}\\p{Ll}+")).findFirst();
      Actor actor =
          new Actor(
              r.getURI(),
              List.of(label(r)),
              Optional.empty(),
              definiteCodes.contains(code.toUpperCase(Locale.ROOT)));
      nationList.add(new Nation(actor, code, adjective, withAgency.contains(r.getURI())));
    }
    nations = List.copyOf(nationList);
    spaceFaringNations = nations.stream().filter(Nation::spaceFaring).toList();
    List<String> titles = new ArrayList<>();
    for (Resource r : instances(model, SPKG.Office)) {
      strings(r, SKOS.hiddenLabel).stream()
          .findFirst()
          .or(
              () ->
                  strings(r, SKOS.altLabel).stream()
                      .filter(t -> t.split(" ").length <= 3)
                      .min(Comparator.comparingInt(String::length)))
          .ifPresent(titles::add);
    }
    officeTitles = List.copyOf(titles);
    hostCities = labels(model, SPKG.City);
    cities = hostCities.stream().filter(c -> !c.endsWith(".")).toList();
    regions = labels(model, SPKG.Region).stream().filter(ReferenceNames::isProperName).toList();
    councils =
        agencies.stream()
            .flatMap(a -> a.actor().names().stream().limit(1))
            .filter(n -> n.endsWith(" Council"))
            .toList();
    List<String> programList = new ArrayList<>(labels(model, SPKG.Program));
    programList.addAll(labels(model, SPKG.SpaceStation));
    programs = List.copyOf(programList);
    agreements = labels(model, SPKG.Agreement);
    surfaces = Collections.unmodifiableSortedSet(surfaces(model));
    requireSome(nations, "nations");
    requireSome(officeTitles, "offices");
    requireSome(cities, "cities");
    requireSome(regions, "regions");
    requireSome(councils, "councils");
    requireSome(agreements, "agreements");
  }

  /** The names of {@code reference}; {@code definiteCodes} are nations that take "the". */
  static ReferenceNames of(Model reference, Set<String> definiteCodes) {
    return new ReferenceNames(reference, definiteCodes);
  }

  /** The agencies of a nation (its IRI). */
  List<Agency> agenciesOf(String nation) {
    return agencies.stream().filter(a -> a.nation().map(nation::equals).orElse(false)).toList();
  }

  /** The nation with this ISO code. */
  Optional<Nation> nation(String code) {
    return nations.stream().filter(n -> n.code().equals(code)).findFirst();
  }

  private static void requireSome(List<?> list, String what) {
    if (list.isEmpty()) {
      throw new SpkgException(
          "The reference data has no " + what + "; the corpus generator needs some");
    }
  }

  /**
   * An actor's names: its label and those alternative labels a text writes as a proper name (every
   * word capitalised but the connectors), and its upper-case acronym.
   */
  private static Actor actor(Resource r, boolean definite) {
    List<String> names = new ArrayList<>();
    names.add(label(r));
    for (String alt : strings(r, SKOS.altLabel)) {
      if (isProperName(alt) && !names.contains(alt)) {
        names.add(alt);
      }
    }
    Optional<String> acronym =
        strings(r, SPKG.acronym).stream().filter(a -> a.matches("[A-Z][A-Z0-9]+")).findFirst();
    return new Actor(r.getURI(), names, acronym, definite);
  }

  private static boolean isProperName(String name) {
    for (String word : name.split(" ")) {
      if (!CONNECTORS.contains(word) && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return !name.startsWith("the ");
  }

  private static List<Resource> instances(Model model, Resource type) {
    List<Resource> found = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, type).toList());
    found.removeIf(r -> !r.isURIResource());
    found.sort(Comparator.comparing(Resource::getURI));
    return found;
  }

  private static List<String> labels(Model model, Resource type) {
    return instances(model, type).stream().map(ReferenceNames::label).toList();
  }

  private static String label(Resource r) {
    return string(r, RDFS.label)
        .orElseThrow(() -> new SpkgException(r.getURI() + " has no rdfs:label"));
  }

  private static Optional<String> string(Resource r, Property p) {
    return strings(r, p).stream().findFirst();
  }

  /** The lexical forms of {@code r}'s literal values of {@code p}, sorted. */
  private static List<String> strings(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .map(s -> s.getObject())
        .filter(RDFNode::isLiteral)
        .map(o -> ((Literal) o).getLexicalForm())
        .sorted()
        .toList();
  }

  private static Optional<String> object(Resource r, Property p) {
    return r.listProperties(p).toList().stream()
        .map(s -> s.getObject())
        .filter(RDFNode::isURIResource)
        .map(o -> o.asResource().getURI())
        .sorted()
        .findFirst();
  }

  /**
   * Every name the reference data gives an entity: labels, alternatives, acronyms, adjectives (not
   * the keywords of concepts, which the ingester does not read as names).
   */
  private static SortedSet<String> surfaces(Model model) {
    SortedSet<String> all = new TreeSet<>();
    for (Property p :
        List.of(
            RDFS.label,
            SKOS.prefLabel,
            SKOS.altLabel,
            SKOS.hiddenLabel,
            SPKG.acronym,
            SPKG.adjective,
            SPKG.demonym)) {
      model
          .listStatements(null, p, (RDFNode) null)
          .forEachRemaining(
              s -> {
                if (s.getObject().isLiteral()
                    && !s.getSubject().hasProperty(RDF.type, SKOS.Concept)) {
                  all.add(s.getObject().asLiteral().getLexicalForm());
                }
              });
    }
    return all;
  }
}
