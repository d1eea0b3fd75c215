package org.w3id.spkg.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
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

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");

  private static final Pattern QUOTED =
      Pattern.compile("\\b(titled|entitled|called|named) [“\"]([^”\"]{3,200}?)[,.]?[”\"]");

  private static final Pattern NUMBERED_MISSION =
      Pattern.compile(
          "\\b(\\p{Lu}\\p{Ll}++) (?:I{1,3}+|IV|VI{0,3}+|IX|X|[1-9]\\d?+)\\b(?![-–%.,]?\\d)(?! \\p{Lu})");

  private static final Pattern COINED = Pattern.compile("\\b[A-Z][a-z]+[0-9]+\\b");

  private final FoundEntities state;
  private final AcronymFinder acronymFinder;
  private final CompanyFinder companyFinder;
  private final NameFinder nameFinder;
  private final PersonFinder personFinder;

  EntityFinder(Gazetteer known, KnownEntities entities) {
    this.state = new FoundEntities(known, entities);
    this.acronymFinder = new AcronymFinder(state);
    this.companyFinder = new CompanyFinder(state);
    this.nameFinder = new NameFinder(state);
    this.personFinder = new PersonFinder(state);
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
    state.usedHere = (a, l) -> spaceWords.contains(a);
    for (TextUnit unit : context) {
      acronymFinder.acronymDefinitions(unit, all);
    }
    state.usedHere = (a, l) -> true;
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
    return List.copyOf(state.found.values());
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
        connector ? FoundEntities.headBeforeConnector(name, false) : HeadWords.classOf(last.text());
    if (type.isPresent() && !state.isKnown(text) && !FoundEntities.refersBack(name)) {
      state.add(type.get(), text, Optional.empty(), unit, "capitalised-name");
    }
  }

  private void quotedTitles(TextUnit unit) {
    Matcher m = QUOTED.matcher(unit.text().text());
    while (m.find()) {
      String before = unit.text().text().substring(0, m.start()).toLowerCase(java.util.Locale.ROOT);
      Resource type =
          before.matches(".*\\b(report|study|analysis)\\s*$") ? SPKG.Report : SPKG.Program;
      String label = m.group(2).trim();
      if (!state.isKnown(label)) {
        state.add(type, label, Optional.empty(), unit, "quoted-title");
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
              .map(state::knownIri)
              .flatMap(Optional::stream)
              .anyMatch(iri -> state.entities.isA(iri, SPKG.Program));
      if (program && !state.isKnown(m.group()) && !state.insideFound(text, m.start())) {
        state.add(SPKG.Mission, m.group(), Optional.empty(), unit, "numbered-mission");
      }
    }
  }

  private void coinedNames(TextUnit unit) {
    Matcher m = COINED.matcher(unit.text().text());
    while (m.find()) {
      if (!state.isKnown(m.group()) && !m.group().matches("[A-Z][a-z]+20[0-9]{2}")) {
        state.add(SPKG.Program, m.group(), Optional.empty(), unit, "coined-name");
      }
    }
  }

  /** The acronyms the document gave entities already known. */
  List<FoundEntities.TaughtAcronym> taughtAcronyms() {
    return List.copyOf(state.taught);
  }
}
