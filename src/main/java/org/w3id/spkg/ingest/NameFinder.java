package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Names read by their words: {@code capitalised-name}, capitalised words ending in a head word
 * ("Vera C. Rubin Observatory", "SelectUSA Investment Summit"), or followed by a lower-case one
 * ("Landsat Next Earth Observation mission"); and meetings counted or dated, orders by number or
 * purpose ({@link PhraseNames}). Part of {@link EntityFinder}.
 */
final class NameFinder {

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

  private static final Pattern NAME_GOES_ON =
      Pattern.compile(" (?:of|for|on|and) (?:the )?\\p{Lu}");

  /** "Last Week", "Next Week": a time, not an observance such as "World Space Week". */
  private static final Pattern NO_WEEK = Pattern.compile("(?:Last|Next|Past|Coming|Same) Week");

  private static final Pattern LOWER_HEAD =
      Pattern.compile("\\b(mission|satellites?|module|payloads?|program|rover|lander|system)\\b");

  private static final Map<String, Integer> COUNTS =
      Map.of(
          "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7,
          "eighth", 8, "ninth", 9, "tenth", 10);

  private final FoundEntities finder;

  NameFinder(FoundEntities finder) {
    this.finder = finder;
  }

  /** Meetings counted or dated, orders by number or purpose: {@link PhraseNames}. */
  void phraseNames(TextUnit unit) {
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
    List<Gazetteer.Mention> knownHere = finder.known.find(text);
    for (PhraseNames.Name n :
        PhraseNames.find(text, at -> bodyEnd(text, at, knownHere), this::isRegion)) {
      if (finder.isKnown(n.label())) {
        continue;
      }
      // A counted meeting of a known body has the IRI the meeting rule gives it.
      Optional<Gazetteer.Mention> body =
          knownHere.stream().filter(k -> k.start() == n.body()).findFirst();
      Integer count = COUNTS.get(n.count());
      if (n.type().equals(SPKG.Meeting) && body.isPresent() && count != null) {
        String iri =
            EntityIris.entity("event", FactWriter.shortKey(body.get().iri()) + "-meeting-" + count);
        finder.found.putIfAbsent(
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
        finder.add(n.type(), n.label(), Optional.empty(), unit, n.rule().key);
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
          && !finder.entities.isA(m.iri(), SPKG.Place)
          && !finder.entities.isA(m.iri(), SPKG.Person)) {
        return m.end();
      }
    }
    int end = -1;
    for (NewEntity e : finder.found.values()) {
      for (String name : e.acronym().map(a -> List.of(e.label(), a)).orElse(List.of(e.label()))) {
        if (!e.type().equals(SPKG.Person) && text.startsWith(name, at)) {
          end = Math.max(end, at + name.length());
        }
      }
    }
    return end;
  }

  void capitalisedNames(TextUnit unit) {
    String text = unit.text().text();
    Matcher headFirst = HEAD_FIRST.matcher(text);
    List<Gazetteer.Mention> knownHere = finder.known.find(text);
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
          knownHere.stream().anyMatch(m -> m.start() < t && m.end() > f && !finder.isPlace(m));
      // "White House Initiative on …", "White House Council on …": an office of the White House.
      Optional<Resource> type =
          label.startsWith("White House ")
              ? Optional.of(SPKG.Agency)
              : HeadWords.classOf(headFirst.group(1));
      if (type.isPresent()
          && !overlaps
          && !finder.isKnown(label)
          && !finder.insideFound(text, f)
          && !finder.namesAPerson(label)) {
        finder.add(type.get(), label, Optional.empty(), unit, "capitalised-name");
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
      if (end <= 0 || continues || finder.insideFound(text, w.start())) {
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
      if (finder.isKnown(label)
          || label.endsWith(")")
          || finder.namesAPerson(label)
          || FoundEntities.refersBack(name)
          || NO_WEEK.matcher(label).matches()
          || aspectOfKnown(label)) {
        continue;
      }
      finder.add(type.orElseThrow(), label, Optional.empty(), unit, "capitalised-name");
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
    return finder.knownIri(rest).map(iri -> !finder.isPlace(iri)).orElse(false)
        || finder.found.values().stream().anyMatch(e -> e.label().equals(rest));
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
                      || isBody(left.get()) && right.map(NameFinder::isBody).orElse(false));
      if (split || finder.isKnown(before) || finder.isKnown(after)) {
        return name.subList(from, name.size());
      }
    }
    return name;
  }

  /** An organisation or group: two such names joined by "and" are two names. */
  private static boolean isBody(Resource type) {
    return type.equals(SPKG.Actor)
        || type.equals(SPKG.Company)
        || type.equals(SPKG.Agency)
        || type.equals(SPKG.WorkingGroup)
        || type.equals(SPKG.Coalition);
  }

  /** Whether {@code name} is the whole name of a known region (a state, a continent). */
  private boolean isRegion(String name) {
    return finder.knownIri(name).map(iri -> finder.entities.isA(iri, SPKG.Region)).orElse(false);
  }
}
