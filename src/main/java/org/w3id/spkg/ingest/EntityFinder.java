package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Finds the entities a document introduces. Rules:
 *
 * <ul>
 *   <li>{@code acronym-definition}: "Full Name (ACRONYM)", the acronym's capitals found among the
 *       name's initials; typed by the name's head word, the word after the parenthesis, or a later
 *       "ACRONYM program"; also "initiative on Full Name (iFN)" (a lower-case initial spells the
 *       head word), a bold lead's last name defined by "(ACRONYM)" opening the item's body, and a
 *       definition in a passage not read when a read passage uses the acronym;
 *   <li>{@code capitalised-name}: capitalised words ending in a head word ("Vera C. Rubin
 *       Observatory", "SelectUSA Investment Summit"), or followed by a lower-case one ("Landsat
 *       Next Earth Observation mission");
 *   <li>{@code quoted-title}: a report "titled “…”";
 *   <li>{@code coined-name}: a word of letters and digits such as "Canadarm3";
 *   <li>{@code person-with-office}: an office title followed by a name ("Vice President Kamala
 *       Harris"; "President Biden").
 * </ul>
 *
 * Names already known (reference data, other documents) are left to the gazetteer.
 */
final class EntityFinder {

  private static final Pattern PARENS =
      Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9&-]*[A-Za-z0-9])\\s*\\)");

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");

  /** "(iCET)": an acronym whose first letter stays lower-case, as its word does. */
  private static final Pattern LOWER_INITIAL_PARENS =
      Pattern.compile("\\(\\s*+([a-z][A-Z][A-Za-z0-9-]*[A-Z0-9])\\s*+\\)");

  private static final Pattern QUOTED =
      Pattern.compile("\\b(titled|entitled|called|named) [“\"]([^”\"]{3,200}?)[,.]?[”\"]");
  private static final Pattern APPOSITIVE =
      Pattern.compile("^,\\s+(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");
  private static final String HEADS_FIRST =
      "Department|Office|Bureau|Ministry|Agency|Council|Administration|Commission|University"
          + "|Institute|Laboratory|Dialogue|Forum|Mission|Center|Centre|Group|Committee|Society"
          + "|Association|School|Initiative|Club";
  private static final Pattern HEAD_FIRST =
      Pattern.compile(
          "\\b("
              + HEADS_FIRST
              + ") (of|for|on|to) (?:the )?+\\p{Lu}[\\p{L}-]*+"
              + "(?: (?:of |for |the |on |and (?!the ))*+\\p{Lu}[\\p{L}-]*+)*+"
              + "(?: to the (?:Vice )?President\\b)?+");

  /** The heads a name may go on after with "on" ("Dialogue on Space") or "to" ("Mission to"). */
  private static final Map<String, Set<String>> CONNECTED =
      Map.of(
          "on",
          Set.of(
              "Dialogue",
              "Forum",
              "Council",
              "Committee",
              "Group",
              "Commission",
              "Institute",
              "Initiative"),
          "to",
          Set.of("Mission"));

  private static final Pattern AND_HEAD = Pattern.compile(" and (?:" + HEADS_FIRST + ")\\b");

  /** " and American Institute of", " and the National Science Teaching Association": a name. */
  private static final Pattern AND_NAME =
      Pattern.compile(
          " and (?:the )?(?:\\p{Lu}[\\p{L}-]*+ ){0,4}(?:" + HEADS_FIRST + ")\\b(?! and\\b)");

  private static final Pattern OFFICE =
      Pattern.compile(
          "\\b(?:(?:Deputy|Associate|Assistant|Executive|Principal|Chief|Special|Senior|Under) ){0,2}"
              + "(?:Chair|Chairman|Chairwoman|Chairperson|Secretary|Director|Administrator|Assistant"
              + "|Counsel|Advisor|Adviser|Envoy|Commissioner|Coordinator)"
              + "(?: (?:of|for|to(?= the (?:Vice )?President)) (?:the )?+(?:U\\.S\\. )?+"
              + "\\p{Lu}[\\p{L}-]*+"
              + "(?: (?:of |for |the |on |and (?!the ))*+\\p{Lu}[\\p{L}-]*+)*+)++");

  /** A signature: first name, middle initial, surname in capitals, maybe JR. or SR. */
  private static final Pattern SIGNATURE =
      Pattern.compile("\\p{Lu}{2,}+ \\p{Lu}\\. \\p{Lu}{2,}+(?: (?:JR|SR)\\.| I{2,3}+)?");

  private static final Pattern OFFICE_WORD =
      Pattern.compile(
          "(?:Deputy|Associate|Assistant|Executive|Principal|Chief|Special|Senior|Under|Chair"
              + "|Chairman|Chairwoman|Chairperson|Secretary|Director|Administrator|Counsel|Advisor"
              + "|Adviser|Envoy|Commissioner|Coordinator)\\b");

  /** "Assistant Secretary of State …" holds another office than the Secretary of State. */
  private static final Pattern TITLE_MODIFIER =
      Pattern.compile("\\b(?:Assistant|Deputy|Under|Associate|Principal|Special|Vice) $");

  private static final Pattern TRAILING_NAME =
      Pattern.compile("^(?: \\p{Lu}\\p{Ll}+| \\p{Lu}\\.){1,4}$");
  private static final Pattern NAME_GOES_ON =
      Pattern.compile(" (?:of|for|on|and) (?:the )?\\p{Lu}");

  /** "(CSI) in Dayton, Ohio will …": where the organisation is, before what it does. */
  private static final Pattern LOCATED =
      Pattern.compile(
          "in \\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+){0,3}+(?:, \\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+){0,2}+)?+,? ");

  private static int located(String after) {
    Matcher m = LOCATED.matcher(after);
    return m.lookingAt() ? m.end() : 0;
  }

  /** The definition's subject acts: "will present", "has awarded", "are establishing". */
  private static final Pattern ACTS =
      Pattern.compile(
          "(?:(?:will|has|have) (?:also )?+(?!be\\b|been\\b|not\\b)\\p{Ll}{3,}+"
              + "|(?:is|are) (?:also )?+\\p{Ll}{4,}+(?<=ing))\\b");

  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");
  private static final Pattern NUMBERED_MISSION =
      Pattern.compile(
          "\\b(\\p{Lu}\\p{Ll}++) (?:I{1,3}+|IV|VI{0,3}+|IX|X|[1-9]\\d?+)\\b(?![-–%.,]?\\d)(?! \\p{Lu})");

  /** "Last Week", "Next Week": a time, not an observance such as "World Space Week". */
  private static final Pattern NO_WEEK = Pattern.compile("(?:Last|Next|Past|Coming|Same) Week");

  private static final Pattern DESCRIBED =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*+){0,3}+)"
              + "(?:,| –| —| -) (?:a|an) (?:[\\p{L}-]++ ){0,4}?"
              + "(company|non-?profit|organi[sz]ation|startup|start-up|firm|manufacturer|provider)"
              + "\\b");

  /**
   * The subject that opens a bold-led item's body and acts: "Acme Orbital will offer …", "Lunar
   * Learning Lab (LLL) is launching …". Group 1: the name.
   */
  private static final Pattern ITEM_SUBJECT =
      Pattern.compile(
          "^(?:The )?(\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?: (?:of|for|and|the|\\p{Lu}[\\p{L}\\p{N}.&'’-]*+)){0,5}+)"
              + "(?: \\(\\p{Lu}[\\p{L}\\p{N}]{1,9}\\))? (?:will|is \\p{Ll}+ing|are \\p{Ll}+ing) ");

  /**
   * A subject described by an appositive before its verb: "Noggin, a media platform for children,
   * will", "Acme, Orbitco’s training arm, is launching". Group 1: the name.
   */
  private static final Pattern DESCRIBED_SUBJECT =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?: (?:of|for|the|\\p{Lu}[\\p{L}\\p{N}.&'’-]*+)){0,5}+),"
              + " (?:a|an|the|\\p{Lu}[\\p{L}.&-]*+(?:’s|'s)) [^;,“”\"]{3,150}+,"
              + " (?:will|is \\p{Ll}+ing|are \\p{Ll}+ing) ");

  /** A body that opens with the verb of its bold title: "**Acme Orbital** will offer …". */
  private static final Pattern TITLE_ACTS =
      Pattern.compile("(?:will|is \\p{Ll}+ing|are \\p{Ll}+ing) ");

  /** A one-word name needs a capital, digit or dot inside it ("Code.org", "SpaceTEC"). */
  private static final Pattern ONE_WORD_NAME =
      Pattern.compile("\\p{Lu}.*(?:\\p{Lu}|\\p{N}|\\.\\p{L}).*");

  /** Words that open a sentence but name no one: "These will …", "Students will …". */
  private static final Pattern NO_SUBJECT =
      Pattern.compile(
          "(?:This|These|Those|That|Each|Both|Our|Their|Its|It|They|We|In|On|By|Through|With|All|Every|Students|Participants)\\b.*");

  /** A legal form alone ("Inc., a manufacturer …") is no name. */
  private static final Pattern NO_COMPANY =
      Pattern.compile("(?:Inc|LLC|LLP|Ltd|Corp|Co)\\.?|[A-Z]\\.?");

  private static final Pattern COINED = Pattern.compile("\\b[A-Z][a-z]+[0-9]+\\b");
  private static final Pattern LOWER_HEAD =
      Pattern.compile("\\b(mission|satellites?|module|payloads?|program|rover|lander|system)\\b");

  private static final Map<String, Integer> COUNTS =
      Map.of(
          "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7,
          "eighth", 8, "ninth", 9, "tenth", 10);

  private final Gazetteer known;
  private final KnownEntities entities;
  private final Map<String, NewEntity> found = new LinkedHashMap<>();
  private final List<Title> titles;
  private final List<Pattern> titlePatterns;
  private final Map<String, Optional<Resource>> laterHeads = new java.util.HashMap<>();

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
      acronymDefinitions(unit, all);
    }
    usedHere = (a, l) -> true;
    units.forEach(this::signature);
    context.forEach(this::signature);
    for (TextUnit unit : units) {
      if (defines.test(unit)) {
        acronymDefinitions(unit, all);
      }
      persons(unit);
    }
    for (TextUnit unit : units) {
      if (!defines.test(unit)) {
        continue;
      }
      if (!unit.isTitle()) {
        quotedTitles(unit);
        offices(unit);
        phraseNames(unit);
        capitalisedNames(unit);
        listedCompanies(unit);
        describedCompanies(unit);
        descriptorCompanies(unit);
        itemSubject(unit);
        numberedMissions(unit);
        coinedNames(unit);
      }
    }
    // Item titles last: a name the body also gives keeps the body's sentence as evidence.
    units.stream().filter(u -> u.isTitle() && defines.test(u)).forEach(this::titleName);
    return List.copyOf(found.values());
  }

  /** Whether an acronym defined in the current unit is used where the document may define it. */
  private java.util.function.BiPredicate<String, String> usedHere = (a, l) -> true;

  private void acronymDefinitions(TextUnit unit, String all) {
    String text = unit.text().text();
    // "**… Center of Science and Industry** (CSI) in …": a bold lead ends with the name whose
    // acronym opens the body; the title is read before it, its own acronyms left to it.
    int from = 0;
    if (unit.isFirstOfBody()
        && unit.block().title().isPresent()
        && text.startsWith("(")
        && unit.block().isBoldLed()) {
      String title = unit.block().title().get().text();
      text = title + " " + text;
      from = title.length() + 1;
    }
    List<NameWords.Word> words = NameWords.words(text);
    lowerInitialAcronyms(unit, text, words);
    Matcher m = PARENS.matcher(text).region(from, text.length());
    while (m.find()) {
      String acronym = m.group(1);
      if (!NameWords.isAcronym(acronym)) {
        continue;
      }
      // A known acronym is defined again only as another known thing's ("Kenya Space Agency
      // (KSA)", where the reference data reads KSA as Saudi Arabia): the document's reading wins
      // in the document.
      boolean knownAcronym = isKnown(acronym);
      List<NameWords.Word> name = NameWords.nameEndingAt(text, words, m.start(), true);
      Optional<List<NameWords.Word>> matched = matchInitials(name, acronym);
      if (matched.isEmpty()) {
        continue;
      }
      List<NameWords.Word> nameWords = matched.get();
      if (objectOfHeadFirst(name, nameWords)) {
        continue; // "Initiative on Black Colleges (BC)": the acronym is the object's, not a body's
      }
      String label =
          text.substring(nameWords.get(0).start(), nameWords.get(nameWords.size() - 1).end());
      if (isKnown(label)) {
        if (!usedHere.test(acronym, label)) {
          continue;
        }
        knownIri(label)
            .filter(iri -> !knownAcronym || !knownIri(acronym).equals(Optional.of(iri)))
            .ifPresent(iri -> taught.add(new TaughtAcronym(iri, acronym, unit)));
        continue;
      }
      // Letters the reference data gives a nation ("RSA", "KSA") may name a document's own thing.
      if (knownAcronym && !knownIri(acronym).map(this::isPlace).orElse(false)) {
        continue;
      }
      Optional<Resource> type = HeadWords.classOf(nameWords.get(nameWords.size() - 1).text());
      String after = text.substring(m.end()).trim();
      Matcher nextWord = FIRST_WORD.matcher(after);
      String next = nextWord.lookingAt() ? nextWord.group(1) : "";
      if (type.isEmpty() || HeadWords.classOf(next).isPresent()) {
        Optional<Resource> afterType = HeadWords.classOf(next);
        if (afterType.isPresent()) {
          type = afterType;
          if (Character.isUpperCase(next.charAt(0))) {
            label = label + " " + next;
          }
        }
      }
      if (type.isEmpty()) {
        type = headBeforeConnector(nameWords, true);
      }
      if (type.isEmpty()) {
        type = appositiveHead(after);
      }
      if (type.isEmpty()) {
        type = laterHeads.computeIfAbsent(acronym, a -> laterHead(all, a));
      }
      if (!usedHere.test(acronym, label)) {
        continue;
      }
      if (type.isPresent()) {
        add(type.get(), label, Optional.of(acronym), unit, "acronym-definition");
      } else if ((ACTS.matcher(after).lookingAt()
              || ACTS.matcher(after).region(located(after), after.length()).lookingAt())
          && !OFFICE_WORD.matcher(nameWords.get(0).text()).lookingAt()) {
        // "Women in Aerospace (WIA) will present …": a name without a head word that does
        // something is an organisation.
        add(SPKG.Actor, label, Optional.of(acronym), unit, "acronym-definition");
      }
    }
  }

  /**
   * "initiative on Critical and Emerging Technology (iCET)": the acronym's lower-case letter is the
   * initial of the head word that a connector joins to the capitalised words its capitals spell.
   */
  private void lowerInitialAcronyms(TextUnit unit, String text, List<NameWords.Word> words) {
    if (text.indexOf('(') < 0) {
      return;
    }
    Matcher m = LOWER_INITIAL_PARENS.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      List<NameWords.Word> name = NameWords.nameEndingAt(text, words, m.start(), false);
      Optional<List<NameWords.Word>> matched = matchInitials(name, acronym.substring(1));
      if (matched.isEmpty()) {
        continue;
      }
      int first = words.indexOf(matched.get().get(0));
      if (first < 2 || !words.get(first - 1).isConnector()) {
        continue;
      }
      NameWords.Word head = words.get(first - 2);
      boolean joined =
          text.substring(head.end(), words.get(first).start()).replace('\n', ' ').trim().length()
              == words.get(first - 1).text().length();
      if (!joined
          || Character.toLowerCase(head.text().charAt(0)) != acronym.charAt(0)
          || head.text().length() < 3) {
        continue;
      }
      Optional<Resource> type = HeadWords.classOf(head.text());
      String label =
          text.substring(head.start(), matched.get().get(matched.get().size() - 1).end())
              .replaceAll("\\s++", " ");
      if (type.isEmpty() || isKnown(label) || isKnown(acronym) || !usedHere.test(acronym, label)) {
        continue;
      }
      add(type.get(), label, Optional.of(acronym), unit, "acronym-definition");
    }
  }

  /**
   * Whether the words an acronym spells are the object of a head-first name: "Office on Space
   * Colleges and Universities (SCU)", where the body is the Office.
   */
  private static boolean objectOfHeadFirst(
      List<NameWords.Word> name, List<NameWords.Word> matched) {
    int k = name.size() - matched.size();
    return k >= 2
        && Set.of("on", "of", "for").contains(name.get(k - 1).text())
        && name.get(k - 2).isCapitalised()
        && HeadWords.classOf(name.get(k - 2).text()).isPresent();
  }

  /**
   * "National Society of Black Engineers": an organisation's head word that a connector follows.
   */
  private static Optional<Resource> headBeforeConnector(
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

  /** "(MADEX), a satellite mission that …": the head word of an appositive just after. */
  private static Optional<Resource> appositiveHead(String after) {
    Matcher m = APPOSITIVE.matcher(after);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    for (String word : m.group(1).split("[\\s-]+")) {
      Optional<Resource> type = HeadWords.classOf(word);
      if (type.isPresent()) {
        return type;
      }
    }
    return Optional.empty();
  }

  /** A later "ACRONYM program" (or mission, initiative, …) types an acronym defined untyped. */
  private static Optional<Resource> laterHead(String all, String acronym) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(acronym) + " ([a-z]+)").matcher(all);
    while (m.find()) {
      Optional<Resource> type = HeadWords.classOf(m.group(1));
      if (type.isPresent()) {
        return type;
      }
    }
    return Optional.empty();
  }

  /** The shortest tail of {@code name} whose initials spell the acronym's capitals. */
  private static Optional<List<NameWords.Word>> matchInitials(
      List<NameWords.Word> name, String acronym) {
    String letters = NameWords.letters(acronym);
    String core =
        acronym.contains("-")
            ? NameWords.letters(acronym.substring(0, acronym.lastIndexOf('-')))
            : letters;
    for (int k = name.size() - 1; k >= 0; k--) {
      if (!name.get(k).isCapitalised()) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      name.subList(k, name.size()).forEach(w -> initials.append(w.initials()));
      String in = initials.toString();
      if (in.isEmpty() || in.length() > letters.length() + 3) {
        break;
      }
      List<NameWords.Word> tail = name.subList(k, name.size());
      for (String want : List.of(letters, core)) {
        if (!want.isEmpty() && in.charAt(0) == want.charAt(0) && fits(want, tail)) {
          return Optional.of(tail);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The acronym's letters are the words' initials in order, allowing the last letter to come from
   * inside the last word ("MADEX": Monsoon Atmospheric Dynamics EXplorer).
   */
  private static boolean fits(String letters, List<NameWords.Word> words) {
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

  /** Meetings counted or dated, orders by number or purpose: {@link PhraseNames}. */
  private void phraseNames(TextUnit unit) {
    String text = unit.text().text().replace('\n', ' ');
    if (text.indexOf("eeting") < 0
        && text.indexOf("onvening") < 0
        && text.indexOf(" Order") < 0
        && text.indexOf(" Law ") < 0
        && text.indexOf("Memorandum") < 0
        && text.indexOf("Directive") < 0
        && text.indexOf("Proclamation") < 0
        && text.indexOf(" Coast") < 0
        && text.indexOf("ern ") < 0
        && text.indexOf("Central ") < 0) {
      return; // a cheap test first: most sentences name none
    }
    List<Gazetteer.Mention> knownHere = known.find(text);
    for (PhraseNames.Name n :
        PhraseNames.find(text, at -> bodyEnd(text, at, knownHere), this::isRegion)) {
      if (isKnown(n.label())) {
        continue;
      }
      // A counted meeting of a known body has the IRI the meeting rule gives it.
      Optional<Gazetteer.Mention> body =
          knownHere.stream().filter(k -> k.start() == n.body()).findFirst();
      Integer count = COUNTS.get(n.count());
      if (n.type().equals(SPKG.Meeting) && body.isPresent() && count != null) {
        String iri =
            EntityIris.entity("event", FactWriter.shortKey(body.get().iri()) + "-meeting-" + count);
        found.putIfAbsent(
            iri,
            new NewEntity(
                iri,
                n.type(),
                n.label(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                unit,
                n.rule().key));
      } else {
        add(n.type(), n.label(), Optional.empty(), unit, n.rule().key);
      }
    }
  }

  /**
   * Where the name of a body that starts at {@code at} ends, or -1: a known name (not a place's or
   * a person's) or a name the document defined.
   */
  private int bodyEnd(String text, int at, List<Gazetteer.Mention> knownHere) {
    for (Gazetteer.Mention m : knownHere) {
      if (m.start() == at
          && m.form() != Gazetteer.Form.ADJECTIVE
          && !entities.isA(m.iri(), SPKG.Place)
          && !entities.isA(m.iri(), SPKG.Person)) {
        return m.end();
      }
    }
    int end = -1;
    for (NewEntity e : found.values()) {
      for (String name : e.acronym().map(a -> List.of(e.label(), a)).orElse(List.of(e.label()))) {
        if (!e.type().equals(SPKG.Person) && text.startsWith(name, at)) {
          end = Math.max(end, at + name.length());
        }
      }
    }
    return end;
  }

  private void capitalisedNames(TextUnit unit) {
    String text = unit.text().text();
    Matcher headFirst = HEAD_FIRST.matcher(text);
    List<Gazetteer.Mention> knownHere = known.find(text);
    List<NameWords.Word> all = NameWords.words(text);
    while (headFirst.find()) {
      if (!headFirst.group(2).equals("of")
          && !headFirst.group(2).equals("for")
          && !CONNECTED.getOrDefault(headFirst.group(2), Set.of()).contains(headFirst.group(1))) {
        continue; // "Space Center on India's coast" is no name
      }
      int from = headFirst.start();
      int to = headFirst.end();
      // "the Department of State and Department of Defense": two names.
      Matcher and = AND_HEAD.matcher(text).region(from, to);
      if (and.find()) {
        to = and.start();
      }
      from = capitalisedBefore(text, all, from);
      int f = from;
      int t = to;
      String label = text.substring(from, to);
      boolean overlaps =
          knownHere.stream().anyMatch(m -> m.start() < t && m.end() > f && !isPlace(m));
      // "White House Initiative on …", "White House Council on …": an office of the White House.
      Optional<Resource> type =
          label.startsWith("White House ")
              ? Optional.of(SPKG.Agency)
              : HeadWords.classOf(headFirst.group(1));
      if (type.isPresent()
          && !overlaps
          && !isKnown(label)
          && !insideFound(text, f)
          && !namesAPerson(label)) {
        add(type.get(), label, Optional.empty(), unit, "capitalised-name");
      }
    }
    List<NameWords.Word> words = NameWords.words(text);
    for (int i = 0; i < words.size(); i++) {
      NameWords.Word w = words.get(i);
      Optional<Resource> type = HeadWords.classOf(w.text());
      boolean capitalHead = type.isPresent() && w.isCapitalised();
      boolean lowerHead = !w.isCapitalised() && LOWER_HEAD.matcher(w.text()).matches();
      if (!capitalHead && !lowerHead) {
        continue;
      }
      int end = capitalHead ? w.end() : w.start() - 1;
      // The name goes on past the head word: "… System Recapitalization", "… Agency for
      // International Development".
      boolean continues =
          capitalHead
              && (i + 1 < words.size()
                      && words.get(i + 1).isCapitalised()
                      && text.substring(w.end(), words.get(i + 1).start()).equals(" ")
                  || NAME_GOES_ON.matcher(text.substring(w.end())).lookingAt()
                      // "… Association and American Institute of …": a second name, not more.
                      && !AND_NAME.matcher(text).region(w.end(), text.length()).lookingAt());
      if (end <= 0 || continues || insideFound(text, w.start())) {
        continue;
      }
      List<NameWords.Word> name = NameWords.nameEndingAt(text, words, end, false);
      while (!name.isEmpty() && name.get(name.size() - 1).isConnector()) {
        name = name.subList(0, name.size() - 1);
      }
      name = afterListedName(text, name);
      if (name.size() < 2
          || text.charAt(name.get(0).start() > 0 ? name.get(0).start() - 1 : 0) == '(') {
        continue;
      }
      String label = text.substring(name.get(0).start(), name.get(name.size() - 1).end());
      if (isKnown(label)
          || label.endsWith(")")
          || namesAPerson(label)
          || refersBack(name)
          || NO_WEEK.matcher(label).matches()
          || aspectOfKnown(label)) {
        continue;
      }
      add(type.orElseThrow(), label, Optional.empty(), unit, "capitalised-name");
    }
  }

  /**
   * "Membership of the National Space Council", "Functions of the Council": a word that is no head
   * word, "of the" and a known body name an aspect of the body, not a body of their own.
   */
  private boolean aspectOfKnown(String label) {
    Matcher m = ASPECT_OF.matcher(label);
    if (!m.lookingAt() || HeadWords.classOf(m.group(1)).isPresent()) {
      return false;
    }
    String rest = label.substring(m.end());
    return knownIri(rest).map(iri -> !isPlace(iri)).orElse(false)
        || found.values().stream().anyMatch(e -> e.label().equals(rest));
  }

  private static final Pattern ASPECT_OF = Pattern.compile("(\\p{Lu}\\p{Ll}++) of the ");

  /**
   * Where a head-first name starts: at the capitalised words just before its head word
   * ("Comprehensive Dialogue on Space"), not past a connector, a comma or an opening word.
   */
  private static int capitalisedBefore(String text, List<NameWords.Word> words, int head) {
    if (head < 2 || text.charAt(head - 1) != ' ') {
      return head;
    }
    List<NameWords.Word> name = NameWords.nameEndingAt(text, words, head - 1, false);
    int start = head;
    for (int i = name.size() - 1; i >= 0 && !name.get(i).isConnector(); i--) {
      int gapEnd = i + 1 < name.size() ? name.get(i + 1).start() : head;
      if (!text.substring(name.get(i).end(), gapEnd).equals(" ")) {
        break;
      }
      start = name.get(i).start();
    }
    return start;
  }

  /**
   * "Department of Transportation and the U.S. Space Force" is a list of two names, not one name:
   * the name starts after the last "and" that has a known name on either side of it.
   */
  private List<NameWords.Word> afterListedName(String text, List<NameWords.Word> name) {
    for (int i = name.size() - 2; i > 0; i--) {
      if (!name.get(i).text().equals("and")) {
        continue;
      }
      int from = i + 1;
      while (from < name.size() && name.get(from).isConnector()) {
        from++;
      }
      if (from == name.size()) {
        continue;
      }
      String before = text.substring(name.get(0).start(), name.get(i - 1).end());
      String after = text.substring(name.get(from).start(), name.get(name.size() - 1).end());
      // "… Laboratory and Keio Laboratory", "… Alliance and the U.S. Next G Alliance", "… Group
      // and … Philanthropies": the same head word, or two organisations' heads, on both sides of
      // "and", or an article after it, end one name and start another.
      Optional<Resource> left = HeadWords.classOf(name.get(i - 1).text());
      Optional<Resource> right = HeadWords.classOf(name.get(name.size() - 1).text());
      boolean split =
          from > i + 1
              || left.isPresent()
                  && (name.get(i - 1).text().equals(name.get(name.size() - 1).text())
                      || isBody(left.get()) && right.map(EntityFinder::isBody).orElse(false));
      if (split || isKnown(before) || isKnown(after)) {
        return name.subList(from, name.size());
      }
    }
    return name;
  }

  /**
   * "Members of the Group", "NASA for the Center": a name that ends in a connector, "the" and its
   * bare head word refers back to a body named before; it is no name of its own.
   */
  private static boolean refersBack(List<NameWords.Word> name) {
    int n = name.size();
    return n >= 4
        && name.get(n - 2).text().equals("the")
        && name.get(n - 3).isConnector()
        && !name.get(n - 3).text().equals("and");
  }

  /** An organisation or group: two such names joined by "and" are two names. */
  private static boolean isBody(Resource type) {
    return type.equals(SPKG.Actor)
        || type.equals(SPKG.Company)
        || type.equals(SPKG.Agency)
        || type.equals(SPKG.WorkingGroup)
        || type.equals(SPKG.Coalition);
  }

  /** Companies named in a list with known ones: {@link CompanyLists}. */
  private void listedCompanies(TextUnit unit) {
    String text = unit.text().text();
    if (text.indexOf(", ") < 0) {
      return;
    }
    CompanyLists.Names names =
        new CompanyLists.Names() {
          @Override
          public boolean isCompany(String item) {
            return knownIri(item).map(iri -> entities.isA(iri, SPKG.Company)).orElse(false);
          }

          @Override
          public boolean isOtherActor(String item) {
            return knownIri(item).isPresent() || isKnown(item);
          }
        };
    Predicate<String> hasHead =
        item -> {
          List<NameWords.Word> words = NameWords.words(item);
          return words.stream().anyMatch(w -> HeadWords.classOf(w.text()).isPresent());
        };
    List<String> companies = new ArrayList<>(CompanyLists.find(text, names, hasHead));
    CompanyLists.afterCompanyNoun(text).stream()
        .filter(c -> !names.isOtherActor(c) && !hasHead.test(c))
        .forEach(companies::add);
    for (String company : companies) {
      if (!isKnown(company) && !insideFound(text, text.indexOf(company))) {
        add(SPKG.Company, company, Optional.empty(), unit, "listed-company");
      }
    }
  }

  /** Whether {@code name} is the whole name of a known region (a state, a continent). */
  private boolean isRegion(String name) {
    return knownIri(name).map(iri -> entities.isA(iri, SPKG.Region)).orElse(false);
  }

  /** Whether offset {@code at} lies inside a name already found in this text. */
  private boolean insideFound(String text, int at) {
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

  /**
   * "Chair of the Council on Environmental Quality", "Assistant to the President for Science and
   * Technology": a job title with "of", "to" or "for" and what it serves is an office, not the
   * organisation it names. A person's name after a known organisation is left out ("Administrator
   * of USAID Jane Doe").
   */
  private void offices(TextUnit unit) {
    String text = unit.text().text();
    Matcher m = OFFICE.matcher(text);
    while (m.find()) {
      int end = m.end();
      List<Gazetteer.Mention> inside = known.find(m.group());
      if (!inside.isEmpty()) {
        int last = m.start() + inside.get(inside.size() - 1).end();
        if (TRAILING_NAME.matcher(text.substring(last, end)).matches()) {
          end = last;
        }
      }
      // "… for Science and Technology" is one title; "… of Commerce and NASA", "… of State and
      // Secretary of Defense" are two names.
      for (int and = text.indexOf(" and ", m.start());
          and >= 0 && and < end;
          and = text.indexOf(" and ", and + 1)) {
        String rest = text.substring(and + 5, Math.min(text.length(), and + 125));
        List<Gazetteer.Mention> next = known.find(rest);
        if (OFFICE_WORD.matcher(rest).lookingAt() || !next.isEmpty() && next.get(0).start() == 0) {
          end = and;
          break;
        }
      }
      String label = text.substring(m.start(), end);
      // A known office the pattern stops short of ("Administrator of the National Aeronautics
      // and Space Administration"), or a name cut at an abbreviation ("Director of U.S.").
      List<Gazetteer.Mention> from =
          known.find(text.substring(m.start(), Math.min(text.length(), m.start() + 120)));
      boolean knownOffice =
          !from.isEmpty() && from.get(0).start() == 0 && from.get(0).end() >= end - m.start();
      if (knownOffice
          || label.matches(".*\\b\\p{Lu}\\.?$")
          || isKnown(label)
          || isKnown(label.replaceFirst("^U\\.S\\. ", ""))) {
        continue;
      }
      // "Assistant to the President for Science and Technology (APST)".
      Matcher parens = PARENS.matcher(text).region(Math.min(text.length(), end + 1), text.length());
      Optional<String> acronym =
          end < text.length()
                  && text.charAt(end) == ' '
                  && parens.lookingAt()
                  && NameWords.isAcronym(parens.group(1))
                  && fits(NameWords.letters(parens.group(1)), NameWords.words(label))
              ? Optional.of(parens.group(1))
              : Optional.empty();
      // "the Office of the Counsel to the President": the body that serves the office, an agency.
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      if (before.endsWith("Office of the ") && !before.endsWith("Executive Office of the ")) {
        String body = "Office of the " + label;
        if (!isKnown(body)) {
          add(SPKG.Agency, body, Optional.empty(), unit, "office-body");
        }
        continue;
      }
      add(SPKG.Office, label, acronym, unit, "office-title");
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
   * The name that opens the body of a fact sheet's bold-led item as the subject of what it will do
   * ("Acme Orbital will offer …"): an actor, of the class its head word gives. One word only when
   * it is no plain word ("Code.org", "SpaceTEC"), is the bold title itself or an appositive
   * describes it ("Noggin, a media platform for children, will …"); never two joined by "and"
   * ("Departments of State and Commerce" are two).
   */
  private void itemSubject(TextUnit unit) {
    Optional<PlainText> bold = unit.block().boldSubject();
    if (!(unit.block().isBoldLed() || bold.isPresent()) || !unit.isFirstOfBody()) {
      return;
    }
    String text = unit.text().text().replace('\n', ' ').strip();
    Matcher m = ITEM_SUBJECT.matcher(text);
    String name;
    Matcher described = DESCRIBED_SUBJECT.matcher(text);
    if (bold.isPresent()) {
      // "**Acme Orbital** will offer …": the bold name is the subject, one word or more
      Matcher t = ITEM_SUBJECT.matcher(bold.get().text().replace('\n', ' ').strip() + " will ");
      if (!t.matches()
          || !TITLE_ACTS.matcher(text.substring(bold.get().length()).strip()).lookingAt()) {
        return;
      }
      name = t.group(1);
      if (!name.contains(" ")) {
        name = name + " ";
      }
    } else if (m.lookingAt()) {
      name = m.group(1);
    } else if (described.lookingAt()) {
      name = described.group(1); // "Noggin, a media platform for children, will release …"
      if (!name.contains(" ")) {
        name = name + " "; // a one-word name the appositive describes is a name
      }
    } else if (TITLE_ACTS.matcher(text).lookingAt() && unit.block().title().isPresent()) {
      // "**Acme Orbital** will offer …": the bold title is the subject
      String title = unit.block().title().get().text().replace('\n', ' ').strip();
      Matcher t = ITEM_SUBJECT.matcher(title.replaceFirst("[:.]?$", "") + " will ");
      if (!t.matches()) {
        return;
      }
      name = t.group(1);
      if (!name.contains(" ")) {
        name = name + " "; // a bold title alone is a name, one word or more ("**Zorblax** will")
      }
    } else {
      return;
    }
    boolean describedOne = name.endsWith(" ");
    name = name.strip();
    if (NO_SUBJECT.matcher(name).matches()
        || (!name.contains(" ") && !describedOne && !ONE_WORD_NAME.matcher(name).matches())
        || name.endsWith(" of")
        || name.contains(" and ")
        || isKnown(name)
        || namesAPerson(name)
        || !known.find(name).isEmpty()) {
      return;
    }
    String head = name.substring(name.lastIndexOf(' ') + 1);
    add(HeadWords.classOf(head).orElse(SPKG.Actor), name, Optional.empty(), unit, "item-subject");
  }

  /**
   * "Acme Orbital, a launch services company", "Rocket Girls – a national STEM non-profit": a name
   * the text describes as a company (firm, startup, manufacturer, provider) or a non-profit
   * (organization).
   */
  private void describedCompanies(TextUnit unit) {
    String text = unit.text().text().replace('\n', ' ');
    Matcher m = DESCRIBED.matcher(text);
    while (m.find()) {
      String name = m.group(1).replaceFirst("^The ", "");
      if (name.isEmpty()
          || NO_COMPANY.matcher(name).matches()
          || isKnown(name)
          || namesAPerson(name)
          || insideFound(text, m.start(1))) {
        continue;
      }
      boolean company = !m.group(2).matches("(?i)non-?profit|organi[sz]ation");
      add(company ? SPKG.Company : SPKG.Actor, name, Optional.empty(), unit, "described-company");
    }
  }

  /**
   * "JOSEPH R. BIDEN JR.", "DONALD J. TRUMP": a line that is a name in capitals with a middle
   * initial (and maybe a suffix), as an order or proclamation is signed, names a person.
   */
  private void signature(TextUnit unit) {
    String text = unit.text().text().strip();
    if (!SIGNATURE.matcher(text).matches()) {
      return;
    }
    StringBuilder name = new StringBuilder();
    for (String w : text.split(" ")) {
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    String label = name.toString();
    if (isKnown(label) || isKnown(text)) {
      return;
    }
    String iri = EntityIris.entity("person", EntityIris.slug(label));
    found.putIfAbsent(
        iri,
        new NewEntity(
            iri,
            SPKG.Person,
            label,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            unit,
            "order-signature"));
  }

  /**
   * "Indian start-up Acme Labs", "the U.S. company Zenith Energy": a name the text gives after a
   * word for one company and what describes it (nationality, base or trade).
   */
  private void descriptorCompanies(TextUnit unit) {
    String text = unit.text().text().replace('\n', ' ');
    for (String name : CompanyLists.afterDescriptor(text)) {
      if (isKnown(name)
          || knownIri(name).isPresent()
          || namesAPerson(name)
          || NameWords.words(name).stream().anyMatch(w -> HeadWords.classOf(w.text()).isPresent())
          || insideFound(text, text.indexOf(name))) {
        continue;
      }
      add(SPKG.Company, name, Optional.empty(), unit, "descriptor-company");
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

  private void persons(TextUnit unit) {
    if (unit.isTitle()) {
      return; // an item title is in title case: "President Biden Announces …" is no name
    }
    String text = unit.text().text();
    for (int t = 0; t < titles.size(); t++) {
      Title title = titles.get(t);
      if (!text.contains(title.surface())) {
        continue; // a cheap test first: most units name no office
      }
      Matcher m = titlePatterns.get(t).matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (namesSomethingElse(name)
            || startsTitle(text, m.start(1))
            || name.startsWith("bin ")
            || TITLE_MODIFIER
                .matcher(text.substring(Math.max(0, m.start() - 12), m.start()))
                .find()) {
          continue;
        }
        Optional<NewEntity> same =
            found.values().stream()
                .filter(
                    e ->
                        e.type().equals(SPKG.Person)
                            && (PersonNames.isPartOf(name, e.label())
                                || PersonNames.surname(e.label())
                                    .equals(PersonNames.surname(name))))
                .findFirst();
        if (same.isPresent()) {
          continue;
        }
        // A foreign leader with a title the United States also has ("President Yoon of Korea")
        // holds his own nation's office, not the U.S. one.
        Optional<String> office = title.office();
        Optional<String> officeNation = office.flatMap(entities::nation);
        Optional<String> context = PersonNames.nationOf(text, m.start(), m.end(1), known, entities);
        if (context.isPresent() && !context.equals(officeNation)) {
          office = Optional.empty();
        }
        Optional<String> nation = context.or(() -> officeNation);
        String iri = EntityIris.entity("person", EntityIris.slug(name));
        found.putIfAbsent(
            iri,
            new NewEntity(
                iri,
                SPKG.Person,
                name,
                Optional.empty(),
                nation,
                office,
                Optional.of(title.surface()),
                unit,
                "person-with-office"));
      }
    }
  }

  /** A title a name may follow, and the office of the reference data it names, if any. */
  record Title(String surface, Optional<String> office) {}

  /**
   * A name the reference data gives to something other than a person ("President Obama" is fine).
   */
  private boolean namesSomethingElse(String name) {
    return knownIri(name).map(iri -> !entities.isA(iri, SPKG.Person)).orElse(false);
  }

  private boolean startsTitle(String text, int at) {
    return titles.stream().anyMatch(t -> text.startsWith(t.surface() + " ", at));
  }

  /** An acronym a document gives a known entity ("Philippine Space Agency (PhilSA)"). */
  record TaughtAcronym(String iri, String acronym, TextUnit unit) {}

  private final List<TaughtAcronym> taught = new ArrayList<>();

  List<TaughtAcronym> taughtAcronyms() {
    return List.copyOf(taught);
  }

  private Optional<String> knownIri(String name) {
    List<Gazetteer.Mention> mentions = known.find(name);
    return mentions.size() == 1
            && mentions.get(0).start() == 0
            && mentions.get(0).end() == name.length()
        ? Optional.of(mentions.get(0).iri())
        : Optional.empty();
  }

  private boolean isKnown(String name) {
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
  private boolean namesAPerson(String label) {
    return found.values().stream()
        .filter(e -> e.type().equals(SPKG.Person))
        .map(e -> PersonNames.surname(e.label()))
        .anyMatch(surname -> label.matches(".*\\b" + Pattern.quote(surname) + "\\b.*"));
  }

  private boolean isPlace(Gazetteer.Mention m) {
    return isPlace(m.iri());
  }

  private boolean isPlace(String iri) {
    return entities.isA(iri, SPKG.Place);
  }

  private void add(
      Resource type, String label, Optional<String> acronym, TextUnit unit, String rule) {
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
