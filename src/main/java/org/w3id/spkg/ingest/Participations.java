package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * What the participation rules share: writing a participation, and reading a list of actors or
 * names. The rules themselves run from {@link ParticipationRules}.
 */
final class Participations {

  /** Between two actors of a list: a joiner, or names of unknown ones between commas. */
  private static final Pattern UNKNOWN_ELEMENTS =
      Pattern.compile(
          "\\s*(?:,|, and|and|&)\\s*(?:the\\s+)?"
              + "|(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'-]*+"
              + "(?:\\s+(?:of|for|and|on|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*+|\\([\\p{Lu}\\p{N}]+\\)))*)+"
              + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

  /** A subject's opening article. */
  static final Pattern OPENING = Pattern.compile("^(?:The\\s+|the\\s+)?");

  static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s) (?:own )?");

  private Participations() {}

  /** Before a sentence's subject: an item's title run in ("Title: "), then "The". */
  static final Pattern SUBJECT_POSITION =
      Pattern.compile("^(?:[^:.;]{1,120}:\\s+)?(?:[Tt]he\\s+)?$");

  /** Past an owner's possessive at {@code at} ("JAXA's Next-generation …"), else {@code at}. */
  static int afterOwner(Sentence s, int at) {
    for (Gazetteer.Mention m : s.mentions) {
      if (m.start() == at && s.isActor(m)) {
        Matcher p = POSSESSIVE.matcher(s.text()).region(m.end(), s.text().length());
        return p.lookingAt() ? p.end() : at;
      }
    }
    return at;
  }

  static List<Gazetteer.Mention> actorsEndingExactlyAt(Sentence s, int end) {
    List<Gazetteer.Mention> who = s.actorsEndingAt(end);
    return who.isEmpty() || who.get(who.size() - 1).end() != end ? List.of() : who;
  }

  static void write(
      Sentence s, Extraction x, List<String> who, String what, String role, Rule rule) {
    Node ev = x.evidence(s, rule);
    for (String a : who) {
      if (!a.equals(what)) {
        x.out.participation(what, a, role, Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * The actors listed from {@code pos} on, over elements of the list that name no known actor
   * ("NASA, the EPA, the National Institutes of Health, and NOAA" when the third is unknown).
   */
  static List<Gazetteer.Mention> listFrom(Sentence s, int pos) {
    return listFrom(s, pos, false);
  }

  /**
   * The list from {@code pos} on; with {@code things}, a program or body named as one of its
   * elements ("launched by NASA, the EPA, the Smithsonian Science Education Center, …") is one.
   */
  static List<Gazetteer.Mention> listFrom(Sentence s, int pos, boolean things) {
    List<Gazetteer.Mention> list = new ArrayList<>(s.actorsStartingAt(pos));
    if (list.isEmpty()) {
      return list;
    }
    int at = list.get(list.size() - 1).end();
    for (Gazetteer.Mention m : s.mentions) {
      if (m.start() < at) {
        continue;
      }
      if (!s.isActor(m) && !(things && s.isThing(m))) {
        continue; // an element named but not an actor: the gap to the next one holds it
      }
      String gap = s.text().substring(at, m.start());
      if (gap.length() > 160
          || andCount(gap) > 4
          || !UNKNOWN_ELEMENTS.matcher(gap).matches()
              // "and the Global Learning and Observations to Benefit the Environment (GLOBE)
              // Program": a name known by the acronym inside it.
              && !NAME_BEFORE_ACRONYM.matcher(gap).matches()) {
        break;
      }
      list.add(m);
      at = m.end();
    }
    return list;
  }

  /** A joiner, then a name's capitalised words up to its acronym's opening parenthesis. */
  private static final Pattern NAME_BEFORE_ACRONYM =
      Pattern.compile(
          "\\s*(?:,|, and|and|&)\\s*(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'-]*+"
              + "(?:\\s+(?:of|for|and|on|to|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*+))*+\\s*\\(");

  /** Names of unknown elements that open a list: "Amazon, Jacobs, " before a known one. */
  private static final Pattern UNKNOWN_OPENING =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{N}.&'-]*+(?:\\s+(?:of|for|and|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*+))*"
              + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?)+");

  /**
   * The actors of the list that starts at {@code pos}, over elements that name no known actor,
   * first ones included ("Amazon, Jacobs, L3Harris and Rocket Lab" when the first two are unknown).
   */
  static List<Gazetteer.Mention> namesFrom(Sentence s, int pos) {
    List<Gazetteer.Mention> list = listFrom(s, pos);
    if (!list.isEmpty()) {
      return list;
    }
    Optional<Gazetteer.Mention> first =
        s.mentions.stream().filter(m -> m.start() >= pos && s.isActor(m)).findFirst();
    if (first.isEmpty()
        || first.get().start() - pos > 160
        || andCount(s.text().substring(pos, first.get().start())) > 4
        || !UNKNOWN_OPENING.matcher(s.text().substring(pos, first.get().start())).matches()) {
      return list;
    }
    return listFrom(s, first.get().start());
  }

  /**
   * How many times " and " stands in a gap: a name may hold "and" and so may a list's joiner, so a
   * gap of many is not read (its readings would multiply).
   */
  private static int andCount(String gap) {
    int n = 0;
    for (int i = gap.indexOf(" and "); i >= 0; i = gap.indexOf(" and ", i + 1)) {
      n++;
    }
    return n;
  }

  static List<String> iris(List<Gazetteer.Mention> mentions) {
    return mentions.stream().map(Gazetteer.Mention::iri).toList();
  }

  /**
   * The name that starts right at {@code at} (not as an adjective, "the Japanese …") and is a thing
   * of the document ({@code things}) or a known instance of one of {@code kinds}: the body or
   * undertaking a cue such as "as members of" or "participated in" points at.
   */
  static Optional<Gazetteer.Mention> namedAt(
      Sentence s, Extraction x, int at, boolean things, Resource... kinds) {
    return s.mentions.stream()
        .filter(
            z ->
                z.start() == at
                    && z.form() != Gazetteer.Form.ADJECTIVE
                    && ((things && s.isThing(z))
                        || Arrays.stream(kinds).anyMatch(k -> x.known.isA(z.iri(), k))))
        .findFirst();
  }
}
