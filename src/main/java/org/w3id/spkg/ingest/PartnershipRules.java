package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * Partners named by the phrase that names their partnership:
 *
 * <ul>
 *   <li>{@code partnership-between}: "a new partnership between NOAA and two Kenyan startups";
 *   <li>{@code partner-with}: "X will partner with A, B and C to host P";
 *   <li>{@code compound-name}: "NASA-ISRO Synthetic Aperture Radar", "U.S.-India Civil Space Joint
 *       Working Group".
 * </ul>
 *
 * Run from {@link ParticipationRules}.
 */
final class PartnershipRules {

  /** ", a jointly developed satellite": an apposition saying who built it. */
  private static final Pattern JOINTLY_BUILT =
      Pattern.compile(
          "(?:\\s*\\([^()]{1,20}\\))?,?\\s+(?:a|an|the)\\s+(?:jointly|co-)\\s*(?:developed|built|designed)\\b");

  /** The name of a body with members: "… Joint Working Group", "… Coalition". */
  private static final Pattern GROUP_NAME =
      Pattern.compile("\\b(?:Group|Coalition|Committee|Council|Consortium)$");

  /** "a new partnership between ", "the first-ever joint effort between ". */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "\\b(partnership|collaboration|joint effort|joint initiative) between (?:the )?");

  /** An apposition naming the members of a group: ", 114ai and OrbitWorks". */
  private static final Pattern APPOSITION = Pattern.compile(",\\s+");

  private PartnershipRules() {}

  /**
   * {@code partnership-between}: "a new partnership between NOAA and two Kenyan startups, A and B,
   * on …", "the first-ever joint effort between NASA and ISRO astronauts at the ISS, which …": the
   * actors after "between" (and those an apposition right after the phrase names) are partners in
   * the partnership, a node labelled with the words from its head noun to the end of the phrase.
   */
  static void partnershipBetween(Sentence s, Extraction x) {
    if (!x.statesSpace(s)) {
      return;
    }
    Matcher m = BETWEEN.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> list = new ArrayList<>(s.actorsStartingAt(m.end()));
      // "between the U.S. Space Force and the Indian startups, A and B": one actor and a group.
      if (list.isEmpty()) {
        continue;
      }
      int end = clauseEnd(s.text(), m.start());
      if (list.get(list.size() - 1).end() > end) {
        continue;
      }
      end = verbAfter(s.text(), list.get(list.size() - 1).end(), end);
      String label = s.text().substring(m.start(), end).trim();
      if (label.split(" ").length > 16) {
        continue;
      }
      Matcher apposed = APPOSITION.matcher(s.text()).region(end, s.text().length());
      if (apposed.lookingAt()) {
        List<Gazetteer.Mention> members = s.actorsStartingAt(apposed.end());
        int after = members.isEmpty() ? -1 : members.get(members.size() - 1).end();
        if (after > 0 && LIST_END.matcher(s.text()).region(after, s.text().length()).lookingAt()) {
          list.addAll(members);
        }
      }
      if (list.size() < 2) {
        continue;
      }
      // "The Lunar Dust Telescope, a joint effort between NASA and JAXA": the named program.
      int head = m.start();
      Optional<String> named =
          s.lastThingBefore(head)
              .filter(t -> APPOSED_HEAD.matcher(s.text().substring(t.end(), head)).matches())
              .map(Gazetteer.Mention::iri);
      org.apache.jena.rdf.model.Resource type =
          m.group(1).equals("partnership") ? SPKG.Partnership : SPKG.Program;
      String what =
          named.orElseGet(
              () -> NamedUndertakings.unnamed(x, s, label, type, Rule.PARTNERSHIP_BETWEEN, false));
      Participations.write(
          s,
          x,
          Participations.iris(list).stream().distinct().toList(),
          what,
          "partner",
          Rule.PARTNERSHIP_BETWEEN);
    }
  }

  /** Between a name and the head of its apposition: ", an international ", " (JWST), a ". */
  private static final Pattern APPOSED_HEAD =
      Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?,\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}");

  /** A word that opens a clause after a noun phrase: an auxiliary, a relative or a participle. */
  private static final java.util.Set<String> CLAUSE_WORDS =
      java.util.Set.of(
          "has",
          "have",
          "had",
          "is",
          "are",
          "was",
          "were",
          "will",
          "would",
          "can",
          "could",
          "to",
          "that",
          "which",
          "who",
          "launched",
          "established",
          "signed",
          "began",
          "started",
          "since",
          "announced",
          "created",
          "formed");

  /** Where the phrase ends before {@code end}: at the first clause word after {@code from}. */
  private static int verbAfter(String text, int from, int end) {
    int i = from;
    while (i < end) {
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      int j = i;
      while (j < end && text.charAt(j) != ' ') {
        j++;
      }
      if (j > i && CLAUSE_WORDS.contains(text.substring(i, j))) {
        return i;
      }
      i = j;
    }
    return end;
  }

  /** Where the phrase at {@code from} ends: a comma, semicolon, colon or the sentence's end. */
  private static int clauseEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      // A full stop inside a sentence is an abbreviation's ("U.S. Space Force").
      if (c == ',' || c == ';' || c == ':' || (c == '.' && i + 1 == text.length())) {
        return i;
      }
    }
    return text.length();
  }

  /** "X will (also) partner with", "X partnered with", "plans to partner with". */
  private static final Pattern PARTNER_WITH =
      Pattern.compile(
          "\\b(?:(?:will|to) (?:also )?partner|(?:has|have) (?:also )?partnered|partnered)"
              + " with (?:the )?");

  /** A group named before its members: "HBCUs, including ", "five universities including ". */
  private static final Pattern GROUP_INCLUDING =
      Pattern.compile("[^,.;:()]{1,60}+,? including (?:the )?");

  /** Where a list of partners ends: a clause's or a sentence's punctuation. */
  private static final Pattern LIST_END = Pattern.compile("\\s*(?:[,.;:]|$)");

  /** A capitalised word right after a name: the name is part of a longer one. */
  private static final Pattern NAME_GOES_ON = Pattern.compile(" (?!and\\b)\\p{Lu}");

  /** A purpose after the partners: ", to host ", " to develop ". */
  private static final Pattern TO_VERB = Pattern.compile(",?\\s+to\\s+\\p{Ll}+\\s+");

  /**
   * {@code partner-with}: "X will partner with A, B and C to host P", "X partnered with HBCUs,
   * including A and B, to …": the actors named after "with" (or after its "including") are partners
   * in the program the "to" clause takes as object, else, in a bold-led item, in the item's
   * program.
   */
  static void partnerWith(Sentence s, Extraction x) {
    if (!x.statesSpace(s)) {
      return;
    }
    Matcher m = PARTNER_WITH.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> list = Participations.listFrom(s, m.end());
      if (list.isEmpty()) {
        Matcher group = GROUP_INCLUDING.matcher(s.text()).region(m.end(), s.text().length());
        if (group.lookingAt()) {
          list = Participations.listFrom(s, group.end());
        }
      }
      if (list.isEmpty()) {
        continue;
      }
      int end = list.get(list.size() - 1).end();
      Matcher to = TO_VERB.matcher(s.text()).region(end, s.text().length());
      if (!to.lookingAt()
          && !LIST_END.matcher(s.text()).region(end, s.text().length()).lookingAt()) {
        continue; // the list goes on with names the gazetteer does not know
      }
      Optional<String> what =
          to.lookingAt()
              ? Undertakings.directObject(s, to.end())
                  .or(() -> NamedUndertakings.namedObject(x, s, to.end()))
              : Optional.empty();
      // In an item, what it launched by name ("is launching Space Days"), else what it is about.
      what =
          what.or(() -> Optional.ofNullable(x.named.get(s.unit.block().index())))
              .or(() -> x.focusOf(s).filter(f -> !x.known.isA(f, SPKG.Actor)));
      if (what.isEmpty()) {
        continue;
      }
      List<String> who =
          list.stream()
              // "Florida" of "Florida A&M University": a word of a longer name.
              .filter(
                  a ->
                      !NAME_GOES_ON
                          .matcher(s.text())
                          .region(a.end(), s.text().length())
                          .lookingAt())
              .map(Gazetteer.Mention::iri)
              .filter(a -> !x.known.isA(a, SPKG.Person))
              .distinct()
              .toList();
      Participations.write(s, x, who, what.get(), "partner", Rule.PARTNER_WITH);
    }
  }

  /**
   * {@code compound-name}: a program or body whose name opens with two actors joined by a hyphen
   * ("NASA-ISRO Synthetic Aperture Radar", "U.S.-India Civil Space Joint Working Group") is theirs
   * together: they are partners in it, members of a working group or coalition. An agreement's name
   * says nothing of who signed what ("the 2023 U.S.-Japan Framework Agreement" is cited).
   */
  static void compoundName(Sentence s, Extraction x) {
    // "NASA-JAXA Lunar Dust Telescope" read as two actors and the telescope's own name.
    for (int i = 0; i + 2 < s.mentions.size(); i++) {
      Gazetteer.Mention a = s.mentions.get(i);
      Gazetteer.Mention b = s.mentions.get(i + 1);
      Gazetteer.Mention m = s.mentions.get(i + 2);
      if (s.isActor(a)
          && s.isActor(b)
          && b.start() == a.end() + 1
          && s.text().charAt(a.end()) == '-'
          && m.start() == b.end() + 1
          && s.text().charAt(b.end()) == ' '
          && s.isThing(m)
          && !x.known.isA(m.iri(), SPKG.Agreement)) {
        compound(s, x, List.of(a.iri(), b.iri()), m);
      }
    }
    for (Gazetteer.Mention m : s.mentions) {
      int space = m.text().indexOf(' ');
      if (!s.isThing(m) || space < 0 || x.known.isA(m.iri(), SPKG.Agreement)) {
        continue;
      }
      String prefix = m.text().substring(0, space);
      int dash = prefix.indexOf('-');
      if (dash <= 0) {
        continue;
      }
      List<Gazetteer.Mention> parts = x.known.gazetteer().find(prefix);
      if (parts.size() != 2
          || parts.get(0).start() != 0
          || parts.get(0).end() != dash
          || parts.get(1).start() != dash + 1
          || parts.get(1).end() != prefix.length()
          || parts.stream()
              .anyMatch(
                  p -> p.form() == Gazetteer.Form.ADJECTIVE || !x.known.isA(p.iri(), SPKG.Actor))) {
        continue;
      }
      compound(s, x, List.of(parts.get(0).iri(), parts.get(1).iri()), m);
    }
  }

  /** The two actors of a compound name take their part in what it names. */
  private static void compound(Sentence s, Extraction x, List<String> actors, Gazetteer.Mention m) {
    // A group has members; a dialogue, forum or alliance has partners.
    boolean body = GROUP_NAME.matcher(m.text()).find();
    // Two nations' names make a bilateral label of many things ("U.S.-Japan Alliance", "U.S.-India
    // trade"): only a group of theirs is surely theirs; two agencies name what they do together.
    if (!body && actors.stream().anyMatch(a -> x.known.isA(a, SPKG.Country))) {
      return;
    }
    // "the NASA-ISRO Synthetic Aperture Radar, a jointly developed satellite": they built it.
    boolean built = JOINTLY_BUILT.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
    Participations.write(
        s, x, actors, m.iri(), body ? "member" : built ? "builder" : "partner", Rule.COMPOUND_NAME);
  }
}
