package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What the entity finders of a document share: the names already known, what they have found so far
 * and the titles a person's name may follow, with the tests they all make of a name and the one way
 * to record a new entity. {@link EntityFinder} runs the finders over it.
 */
final class FoundEntities {

  /**
   * The pattern of a title before a person's name, by title: compiled once for all documents (each
   * document's finder reads every office title the index knows).
   */
  private static final Map<String, Pattern> TITLE_PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Pattern titlePattern(String title) {
    return Pattern.compile("\\b" + Pattern.quote(title) + " " + PersonNames.NAME);
  }

  static final Pattern PARENS = Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9&-]*[A-Za-z0-9])\\s*\\)");

  static final Pattern OFFICE_WORD =
      Pattern.compile(
          "(?:Deputy|Associate|Assistant|Executive|Principal|Chief|Special|Senior|Under|Chair"
              + "|Chairman|Chairwoman|Chairperson|Secretary|Director|Administrator|Counsel|Advisor"
              + "|Adviser|Envoy|Commissioner|Coordinator)\\b");
  final Gazetteer known;
  final KnownEntities entities;
  final Map<String, NewEntity> found = new LinkedHashMap<>();
  final List<Title> titles;
  final List<Pattern> titlePatterns;

  FoundEntities(Gazetteer known, KnownEntities entities) {
    this.known = known;
    this.entities = entities;
    List<Title> all = new ArrayList<>();
    entities.titles().forEach(t -> all.add(new Title(t.surface(), Optional.of(t.iri()))));
    PersonNames.TITLES.forEach(t -> all.add(new Title(t, Optional.empty())));
    this.titles =
        all.stream().sorted((a, b) -> b.surface().length() - a.surface().length()).toList();
    this.titlePatterns =
        titles.stream()
            .map(t -> TITLE_PATTERNS.computeIfAbsent(t.surface(), FoundEntities::titlePattern))
            .toList();
  }

  /** Whether an acronym defined in the current unit is used where the document may define it. */
  java.util.function.BiPredicate<String, String> usedHere = (a, l) -> true;

  /**
   * "National Society of Black Engineers": an organisation's head word that a connector follows.
   */
  static Optional<Resource> headBeforeConnector(
      List<NameWords.Word> name, boolean organisationsOnly) {
    for (int i = 0; i + 1 < name.size(); i++) {
      Optional<Resource> type = HeadWords.classOf(name.get(i).text());
      boolean organisation =
          type.isPresent()
              && (!organisationsOnly
                  || type.get().equals(SPKG.Actor)
                  || type.get().equals(SPKG.Company));
      if (organisation && name.get(i).isCapitalised() && name.get(i + 1).isConnector()) {
        return type;
      }
    }
    return Optional.empty();
  }

  /**
   * The acronym's letters are the words' initials in order, allowing the last letter to come from
   * inside the last word ("MADEX": Monsoon Atmospheric Dynamics EXplorer).
   */
  static boolean fits(String letters, List<NameWords.Word> words) {
    String initials = String.join("", words.stream().map(NameWords.Word::initials).toList());
    if (NameWords.isSubsequence(letters, initials)) {
      return true;
    }
    // "Women in Aerospace (WIA)", "Center of Science and Industry (COSI)": a connector's letter.
    String withConnectors =
        String.join(
            "",
            words.stream()
                .map(
                    w ->
                        w.isConnector() && !w.text().equals("&")
                            ? w.text().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                            : w.initials())
                .toList());
    if (!withConnectors.equals(initials) && NameWords.isSubsequence(letters, withConnectors)) {
      return true;
    }
    String head = letters.substring(0, letters.length() - 1);
    String last = words.get(words.size() - 1).text().toUpperCase(java.util.Locale.ROOT);
    return head.length() >= 2
        && NameWords.isSubsequence(head, initials)
        && last.indexOf(letters.charAt(letters.length() - 1), 1) > 0;
  }

  /**
   * "Members of the Group", "NASA for the Center": a name that ends in a connector, "the" and its
   * bare head word refers back to a body named before; it is no name of its own.
   */
  static boolean refersBack(List<NameWords.Word> name) {
    int n = name.size();
    return n >= 4
        && name.get(n - 2).text().equals("the")
        && name.get(n - 3).isConnector()
        && !name.get(n - 3).text().equals("and");
  }

  /** Whether offset {@code at} lies inside a name already found in this text. */
  boolean insideFound(String text, int at) {
    for (NewEntity e : found.values()) {
      for (int i = text.indexOf(e.label()); i >= 0; i = text.indexOf(e.label(), i + 1)) {
        if (at >= i && at < i + e.label().length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A title a name may follow, and the office of the reference data it names, if any. */
  record Title(String surface, Optional<String> office) {}

  /** An acronym a document gives a known entity ("Philippine Space Agency (PhilSA)"). */
  record TaughtAcronym(String iri, String acronym, TextUnit unit) {}

  final List<TaughtAcronym> taught = new ArrayList<>();

  Optional<String> knownIri(String name) {
    List<Gazetteer.Mention> mentions = known.find(name);
    return mentions.size() == 1
            && mentions.get(0).start() == 0
            && mentions.get(0).end() == name.length()
        ? Optional.of(mentions.get(0).iri())
        : Optional.empty();
  }

  boolean isKnown(String name) {
    List<Gazetteer.Mention> mentions = known.find(name);
    boolean whole =
        mentions.size() == 1
            && mentions.get(0).start() == 0
            && mentions.get(0).end() == name.length();
    return whole
        || found.values().stream()
            .anyMatch(e -> e.label().equals(name) || e.acronym().map(name::equals).orElse(false));
  }

  /** "Biden-Harris Administration" is named after people, not a body of its own. */
  boolean namesAPerson(String label) {
    return found.values().stream()
        .filter(e -> e.type().equals(SPKG.Person))
        .map(e -> PersonNames.surname(e.label()))
        .anyMatch(surname -> label.matches(".*\\b" + Pattern.quote(surname) + "\\b.*"));
  }

  boolean isPlace(Gazetteer.Mention m) {
    return isPlace(m.iri());
  }

  boolean isPlace(String iri) {
    return entities.isA(iri, SPKG.Place);
  }

  void add(Resource type, String label, Optional<String> acronym, TextUnit unit, String rule) {
    // An office is known by its title in every document, whether or not one gives an acronym.
    String key = EntityIris.slug(type.equals(SPKG.Office) ? label : acronym.orElse(label));
    String iri = EntityIris.entity(HeadWords.kindOf(type), key);
    // "Philippine Space Agency": an agency named after a country belongs to it.
    Optional<String> nation =
        type.equals(SPKG.Agency)
            ? known.find(label).stream()
                .filter(m -> entities.isA(m.iri(), SPKG.Country))
                .map(Gazetteer.Mention::iri)
                .findFirst()
            : Optional.empty();
    found.putIfAbsent(
        iri,
        new NewEntity(
            iri, type, label, acronym, nation, Optional.empty(), Optional.empty(), unit, rule));
  }
}
