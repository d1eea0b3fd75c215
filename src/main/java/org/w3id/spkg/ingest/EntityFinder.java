package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Finds the entities a document introduces, running its finders in a fixed order and keeping what
 * they found. The finders, by what they find: {@link AcronymFinder} ({@code acronym-definition}),
 * {@link NameFinder} ({@code capitalised-name}, phrase names), {@link CompanyFinder} (companies
 * listed, described or opening an item) and {@link PersonFinder} ({@code person-with-office},
 * signatures, offices). Here:
 *
 * <ul>
 *   <li>{@code quoted-title}: a report "titled “…”";
 *   <li>{@code coined-name}: a word of letters and digits such as "Canadarm3";
 *   <li>a known program's numbered mission ("Artemis II"), and an item title that is a name.
 * </ul>
 *
 * Names already known (reference data, other documents) are left to the gazetteer.
 */
final class EntityFinder {

  static final Pattern PARENS = Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9&-]*[A-Za-z0-9])\\s*\\)");

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");

  private static final Pattern QUOTED =
      Pattern.compile("\\b(titled|entitled|called|named) [“\"]([^”\"]{3,200}?)[,.]?[”\"]");

  static final Pattern OFFICE_WORD =
      Pattern.compile(
          "(?:Deputy|Associate|Assistant|Executive|Principal|Chief|Special|Senior|Under|Chair"
              + "|Chairman|Chairwoman|Chairperson|Secretary|Director|Administrator|Counsel|Advisor"
              + "|Adviser|Envoy|Commissioner|Coordinator)\\b");
  private static final Pattern NUMBERED_MISSION =
      Pattern.compile(
          "\\b(\\p{Lu}\\p{Ll}++) (?:I{1,3}+|IV|VI{0,3}+|IX|X|[1-9]\\d?+)\\b(?![-–%.,]?\\d)(?! \\p{Lu})");

  private static final Pattern COINED = Pattern.compile("\\b[A-Z][a-z]+[0-9]+\\b");

  final Gazetteer known;
  final KnownEntities entities;
  final Map<String, NewEntity> found = new LinkedHashMap<>();
  final List<Title> titles;
  final List<Pattern> titlePatterns;
  private final AcronymFinder acronymFinder = new AcronymFinder(this);
  private final CompanyFinder companyFinder = new CompanyFinder(this);
  private final NameFinder nameFinder = new NameFinder(this);
  private final PersonFinder personFinder = new PersonFinder(this);

  EntityFinder(Gazetteer known, KnownEntities entities) {
    this.known = known;
    this.entities = entities;
    List<Title> all = new ArrayList<>();
    entities.titles().forEach(t -> all.add(new Title(t.surface(), Optional.of(t.iri()))));
    PersonNames.TITLES.forEach(t -> all.add(new Title(t, Optional.empty())));
    this.titles =
        all.stream().sorted((a, b) -> b.surface().length() - a.surface().length()).toList();
    this.titlePatterns =
        titles.stream()
            .map(t -> Pattern.compile("\\b" + Pattern.quote(t.surface()) + " " + PersonNames.NAME))
            .toList();
  }

  /** The new entities of a document's units, in order of first appearance. */
  List<NewEntity> find(List<TextUnit> units) {
    return find(units, u -> true);
  }

  /**
   * The new entities of a document's units, in order of first appearance; things other than people
   * only from the units {@code defines} admits (those of a mixed document's passages about space).
   */
  List<NewEntity> find(List<TextUnit> units, java.util.function.Predicate<TextUnit> defines) {
    return find(units, defines, List.of());
  }

  /**
   * As {@link #find(List, java.util.function.Predicate)}, with the units of the passages the
   * document is not read in ({@code context}): an acronym they define counts when a unit {@code
   * defines} admits uses it ("the initiative on … (iCET)" in an opening paragraph about trade, "the
   * iCET will expand space cooperation" later).
   */
  List<NewEntity> find(
      List<TextUnit> units,
      java.util.function.Predicate<TextUnit> defines,
      List<TextUnit> context) {
    String all = String.join(" ", units.stream().map(u -> u.text().text()).toList());
    Set<String> spaceWords = new java.util.HashSet<>();
    units.stream()
        .filter(defines)
        .forEach(u -> spaceWords.addAll(Arrays.asList(WORD_BREAK.split(u.text().text()))));
    usedHere = (a, l) -> spaceWords.contains(a);
    for (TextUnit unit : context) {
      acronymFinder.acronymDefinitions(unit, all);
    }
    usedHere = (a, l) -> true;
    units.forEach(personFinder::signature);
    context.forEach(personFinder::signature);
    for (TextUnit unit : units) {
      if (defines.test(unit)) {
        acronymFinder.acronymDefinitions(unit, all);
      }
      personFinder.persons(unit);
    }
    for (TextUnit unit : units) {
      if (!defines.test(unit)) {
        continue;
      }
      if (!unit.isTitle()) {
        quotedTitles(unit);
        personFinder.offices(unit);
        nameFinder.phraseNames(unit);
        nameFinder.capitalisedNames(unit);
        companyFinder.listedCompanies(unit);
        companyFinder.describedCompanies(unit);
        companyFinder.descriptorCompanies(unit);
        companyFinder.itemSubject(unit);
        numberedMissions(unit);
        coinedNames(unit);
      }
    }
    // Item titles last: a name the body also gives keeps the body's sentence as evidence.
    units.stream().filter(u -> u.isTitle() && defines.test(u)).forEach(this::titleName);
    return List.copyOf(found.values());
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

  /**
   * An item title that is a name and nothing else ("Comprehensive Dialogue on Space:") names the
   * thing the item is about, typed by its head word.
   */
  private void titleName(TextUnit unit) {
    // "Historic Lunar Rover Arrangement:": praise before the name is no part of it.
    String text =
        unit.text()
            .text()
            .replaceFirst("[\\s:.]+$", "")
            .replaceFirst("^(?:Historic|Landmark) (?=\\p{Lu})", "");
    List<NameWords.Word> words = NameWords.words(text);
    List<NameWords.Word> name = NameWords.nameEndingAt(text, words, text.length(), false);
    if (name.size() < 2
        || name.size() > 8
        || name.size() != words.size()
        || name.get(0).start() != 0
        || !name.get(name.size() - 1).isCapitalised()) {
      return;
    }
    // A title with a connector names a thing only head first ("Joint Forum on Space …"); "Public
    // Release of the … Report" names an action on it.
    boolean connector = name.stream().anyMatch(NameWords.Word::isConnector);
    NameWords.Word last = name.get(name.size() - 1);
    Optional<Resource> type =
        connector ? headBeforeConnector(name, false) : HeadWords.classOf(last.text());
    if (type.isPresent() && !isKnown(text) && !refersBack(name)) {
      add(type.get(), text, Optional.empty(), unit, "capitalised-name");
    }
  }

  private void quotedTitles(TextUnit unit) {
    Matcher m = QUOTED.matcher(unit.text().text());
    while (m.find()) {
      String before = unit.text().text().substring(0, m.start()).toLowerCase(java.util.Locale.ROOT);
      Resource type =
          before.matches(".*\\b(report|study|analysis)\\s*$") ? SPKG.Report : SPKG.Program;
      String label = m.group(2).trim();
      if (!isKnown(label)) {
        add(type, label, Optional.empty(), unit, "quoted-title");
      }
    }
  }

  /**
   * "Artemis II", "Artemis 2 astronauts": a known program's name and a number name one of its
   * missions. Not a longer name's first words ("Artemis I Learning Pathway").
   */
  private void numberedMissions(TextUnit unit) {
    String text = unit.text().text();
    Matcher m = NUMBERED_MISSION.matcher(text);
    while (m.find()) {
      String word = m.group(1);
      boolean program =
          Stream.of(word, word + " program", word + " Program")
              .map(this::knownIri)
              .flatMap(Optional::stream)
              .anyMatch(iri -> entities.isA(iri, SPKG.Program));
      if (program && !isKnown(m.group()) && !insideFound(text, m.start())) {
        add(SPKG.Mission, m.group(), Optional.empty(), unit, "numbered-mission");
      }
    }
  }

  private void coinedNames(TextUnit unit) {
    Matcher m = COINED.matcher(unit.text().text());
    while (m.find()) {
      if (!isKnown(m.group()) && !m.group().matches("[A-Z][a-z]+20[0-9]{2}")) {
        add(SPKG.Program, m.group(), Optional.empty(), unit, "coined-name");
      }
    }
  }

  /** A title a name may follow, and the office of the reference data it names, if any. */
  record Title(String surface, Optional<String> office) {}

  /** An acronym a document gives a known entity ("Philippine Space Agency (PhilSA)"). */
  record TaughtAcronym(String iri, String acronym, TextUnit unit) {}

  final List<TaughtAcronym> taught = new ArrayList<>();

  List<TaughtAcronym> taughtAcronyms() {
    return List.copyOf(taught);
  }

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
