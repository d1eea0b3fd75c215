package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who hosts, funds, founds and leads:
 *
 * <ul>
 *   <li>{@code host}: "X will host / is hosting P" and "P, hosted by X" make X the host of P;
 *   <li>{@code funding}: "X is providing / announced / will invest $N … for P" makes X a funder of
 *       the program the sentence names after the amount.
 * </ul>
 */
final class ParticipationRules {

  private static final Pattern HOSTS =
      Pattern.compile(
          "\\b(?:will (?:also )?host|is hosting|are hosting|hosts|hosted|to host)\\b(?! by)");
  private static final Pattern HOSTED_BY = Pattern.compile(",? hosted by (?:the )?");

  /** Between a name and what follows it: nothing, or its acronym in parentheses. */
  private static final Pattern ACRONYM_GAP = Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?");

  private static final Pattern FOUNDS =
      Pattern.compile(
          "\\b(?:creating|created|establishing|established|founding|founded|launching|launched"
              + "|spearheading|spearheaded|leading|leads|led|create|establish|found|spearhead)"
              + "\\b(?! by)(?: (?:a|an) new\\b)?");
  private static final Pattern BY_AGENT =
      Pattern.compile(
          "(?:\\b(?:was|were|is|are|has been|have been|will be|being)\\s+|,\\s*)(?:jointly\\s+|co-)?"
              + "(launched|established|created|founded|led|spearheaded|initiated|produced|funded"
              + "|sponsored|convened) by (?:the )?");

  /** Between a name and a passive verb: its acronym, then "which"-less nothing, or a comma. */
  private static final Pattern NAME_TO_VERB =
      Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?\\s*,?\\s*(?:which\\s+|that\\s+)?");

  private static final Pattern WELCOME_SIGNING =
      Pattern.compile(
          "\\b(?:welcome|welcomed|welcomes|celebrate|celebrated|applaud|applauded)\\s+the\\s+"
              + "(?:signing|signature|conclusion)\\s+of\\s+(?:(?:the|a|an)\\s+)?");

  /** Between two actors of a list: a joiner, or names of unknown ones between commas. */
  private static final Pattern UNKNOWN_ELEMENTS =
      Pattern.compile(
          "\\s*(?:,|, and|and|&)\\s*(?:the\\s+)?"
              + "|(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'-]*"
              + "(?:\\s+(?:of|for|and|on|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*|\\([\\p{Lu}\\p{N}]+\\)))*)+"
              + "\\s*,\\s*(?:and\\s+)?(?:the\\s+)?");

  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s) (?:own )?");

  private static final Pattern AUXILIARY =
      Pattern.compile("(?:\\s+(?:is|are|will|has|have|also|now|jointly))*\\s*$");
  private static final Pattern FUNDS =
      Pattern.compile(
          "\\b(?:provid(?:e|es|ing|ed)|award(?:s|ed|ing)?|announc(?:e|es|ed|ing)|invest(?:s|ed|ing)?"
              + "|commit(?:s|ted|ting)?|fund(?:s|ed|ing)?|grant(?:s|ed|ing)?) (?:(?:more than|over|nearly|up to|about|an additional) )?\\$\\d");

  private ParticipationRules() {}

  static void apply(Sentence s, Extraction x) {
    hosts(s, x);
    funds(s, x);
    founders(s, x);
    foundedBy(s, x);
    welcomedSigning(s, x);
    possessive(s, x);
  }

  /**
   * "NASA's Artemis I mission", "America's Artemis program": the agency or nation whose program it
   * is leads it; whose facility, system, spacecraft, module or payload it is owns it. Agreements
   * and partnerships are no one's own.
   */
  static void possessive(Sentence s, Extraction x) {
    Matcher m = POSSESSIVE.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      int after = m.end();
      Optional<Gazetteer.Mention> owner =
          s.mentions.stream()
              .filter(
                  a ->
                      a.end() == at
                          && a.form() != Gazetteer.Form.ADJECTIVE
                          && (x.known.isA(a.iri(), SPKG.Agency)
                              || x.known.isA(a.iri(), SPKG.Country)))
              .findFirst();
      Optional<Gazetteer.Mention> thing =
          s.firstThing(after, s.text().length())
              .filter(t -> t.start() == after && x.known.isA(t.iri(), SPKG.Program));
      if (owner.isEmpty()
          || thing.isEmpty()
          || x.known.isA(thing.get().iri(), SPKG.Agreement)
          || x.known.isA(thing.get().iri(), SPKG.Partnership)) {
        continue;
      }
      String what = thing.get().iri();
      boolean object =
          x.known.isA(what, SPKG.Facility)
              || x.known.isA(what, SPKG.System)
              || x.known.isA(what, SPKG.Spacecraft)
              || x.known.isA(what, SPKG.Module)
              || x.known.isA(what, SPKG.Payload);
      write(s, x, List.of(owner.get().iri()), what, object ? "owner" : "lead", Rule.POSSESSIVE);
    }
  }

  /** "X is creating / establishing / leading P", "X and Y launched P": they lead P. */
  static void founders(Sentence s, Extraction x) {
    Matcher m = FOUNDS.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      Optional<String> what = Undertakings.directObject(s, m.end());
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get(), "lead", Rule.FOUNDING);
      }
    }
  }

  /**
   * "P was launched / established / led by X, Y and Z", "P, produced by X and Y,": they lead P;
   * "funded / sponsored by": they fund it; "convened by": they convene it.
   */
  static void foundedBy(Sentence s, Extraction x) {
    Matcher m = BY_AGENT.matcher(s.text());
    while (m.find()) {
      List<String> who = iris(listFrom(s, m.end()));
      int at = m.start();
      Optional<String> what =
          s.lastThingBefore(at)
              .filter(t -> NAME_TO_VERB.matcher(s.text().substring(t.end(), at)).matches())
              .map(Gazetteer.Mention::iri)
              .or(() -> shortName(s, x, at));
      if (who.isEmpty() || what.isEmpty()) {
        continue;
      }
      String verb = m.group(1);
      String role =
          verb.equals("funded") || verb.equals("sponsored")
              ? "funder"
              : verb.equals("convened") ? "convener" : "lead";
      write(s, x, who, what.get(), role, Rule.FOUNDING);
    }
  }

  static void hosts(Sentence s, Extraction x) {
    Matcher m = HOSTS.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      Optional<String> what = Undertakings.directObject(s, m.end());
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get(), "host", Rule.HOST);
      }
    }
    Matcher by = HOSTED_BY.matcher(s.text());
    while (by.find()) {
      List<String> who = iris(s.actorsStartingAt(by.end()));
      int at = by.start();
      Optional<Gazetteer.Mention> what =
          s.lastThingBefore(at)
              .filter(t -> ACRONYM_GAP.matcher(s.text().substring(t.end(), at)).matches());
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get().iri(), "host", Rule.HOST);
      }
    }
  }

  static void funds(Sentence s, Extraction x) {
    Matcher m = FUNDS.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      Optional<String> what = Undertakings.firstInClause(s, m.end());
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get(), "funder", Rule.FUNDING);
      }
    }
  }

  /**
   * The actors listed right before a verb, over its auxiliaries ("NASA is", "X and Y will"), or the
   * parties of a joint statement when "we", "the two leaders" or the like stand there.
   */
  private static List<String> subjectBefore(Sentence s, Extraction x, int verb) {
    Matcher aux = AUXILIARY.matcher(s.text().substring(0, verb));
    int end = aux.find() ? aux.start() : verb;
    List<Gazetteer.Mention> who = s.actorsEndingAt(end);
    if (who.isEmpty() || who.get(who.size() - 1).end() != end) {
      return Parties.before(s, x, verb);
    }
    return iris(who);
  }

  /**
   * The item's program when the sentence opens with the first word(s) of its name as subject
   * ("Earthrise was launched by …" in the paragraph about the Earthrise Initiative).
   */
  private static Optional<String> shortName(Sentence s, Extraction x, int verb) {
    String subject = s.text().substring(0, verb).replaceFirst("^(?:The|the)\\s+", "").trim();
    Optional<String> focus = x.focusOf(s);
    if (subject.isEmpty()
        || !Character.isUpperCase(subject.charAt(0))
        || subject.length() > 60
        || focus.isEmpty()) {
      return Optional.empty();
    }
    String label = x.known.label(focus.get());
    return label != null && label.startsWith(subject + " ") ? focus : Optional.empty();
  }

  /** "We welcome the signing of P", "the leaders celebrated the conclusion of P": they signed. */
  static void welcomedSigning(Sentence s, Extraction x) {
    Matcher m = WELCOME_SIGNING.matcher(s.text());
    while (m.find()) {
      List<String> who = Parties.before(s, x, m.start());
      int at = m.end();
      Optional<Gazetteer.Mention> what =
          s.firstThing(at, s.text().length()).filter(t -> t.start() == at);
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get().iri(), "signatory", Rule.SIGNED_BY);
      }
    }
  }

  private static void write(
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
    List<Gazetteer.Mention> list = new ArrayList<>(s.actorsStartingAt(pos));
    if (list.isEmpty()) {
      return list;
    }
    int at = list.get(list.size() - 1).end();
    for (Gazetteer.Mention m : s.mentions) {
      if (m.start() < at) {
        continue;
      }
      if (!s.isActor(m)) {
        continue; // an element named but not an actor: the gap to the next one holds it
      }
      String gap = s.text().substring(at, m.start());
      if (gap.length() > 160 || !UNKNOWN_ELEMENTS.matcher(gap).matches()) {
        break;
      }
      list.add(m);
      at = m.end();
    }
    return list;
  }

  private static List<String> iris(List<Gazetteer.Mention> mentions) {
    return mentions.stream().map(Gazetteer.Mention::iri).toList();
  }
}
