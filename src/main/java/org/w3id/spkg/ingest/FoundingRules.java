package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who founds, leads, hosts and funds:
 *
 * <ul>
 *   <li>{@code founding}: "X is creating / establishing / leading P"; "P was launched / established
 *       / led by X" (and funded, convened, operated, owned by; {@code built-by}: built or
 *       manufactured by);
 *   <li>{@code led-by}: "the NASA-led Lunar Dust Campaign";
 *   <li>{@code host}: "X will host / is hosting P" and "P, hosted by X" make X the host of P;
 *   <li>{@code funding}: "X is providing / announced / will invest $N … for P" makes X a funder of
 *       the program the sentence names after the amount.
 * </ul>
 *
 * Run from {@link ParticipationRules}.
 */
final class FoundingRules {

  private static final Pattern HOSTS =
      Pattern.compile(
          "\\b(?:will (?:also )?host|is hosting|are hosting|hosts|hosted|to host)\\b(?! by)");
  private static final Pattern HOSTED_BY = Pattern.compile(",? hosted by (?:the )?");

  /** Between a name and what follows it: nothing, or its acronym in parentheses. */
  private static final Pattern ACRONYM_GAP = Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?");

  private static final Pattern FOUNDS =
      Pattern.compile(
          "\\b(?:creating|created|establishing|established|founding|founded|launching|launched"
              + "|kick(?:s|ing)? off|kicked off"
              + "|spearheading|spearheaded|leading|leads|led|create|establish|found|spearhead"
              + "|curating|curated|curates|curate)"
              + "\\b(?! by)(?: (?:a|an) new\\b)?"
              + "(?: the (?:development|creation|establishment|negotiation|drafting) of\\b)?");
  private static final Pattern BY_AGENT =
      Pattern.compile(
          "(?:\\b(?:was|were|is|are|has been|have been|will be|being)\\s+|,\\s*)(?:jointly\\s+|co-)?"
              + "(launched|established|created|founded|led|spearheaded|initiated|produced|funded"
              + "|sponsored|convened|built|manufactured|operated|owned) by (?:the )?");

  /** Between a name and a passive verb: its acronym, then "which"-less nothing, or a comma. */
  private static final Pattern NAME_TO_VERB =
      Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?\\s*,?\\s*(?:which\\s+|that\\s+)?");

  /** A subject's acronym in parentheses before its verb, after an odd possessive or none. */
  private static final Pattern SUBJECT_ACRONYM =
      Pattern.compile("(?:'s|\u2019s)?\\s*\\([\\p{Lu}][\\p{L}\\p{N}&-]{1,11}\\)$");

  private static final Pattern AUXILIARY =
      Pattern.compile("(?:\\s+(?:is|are|will|has|have|also|now|jointly))*\\s*$");
  private static final Pattern FUNDS =
      Pattern.compile(
          "\\b(?:provid(?:e|es|ing|ed)|award(?:s|ed|ing)?|announc(?:e|es|ed|ing)|invest(?:s|ed|ing)?"
              + "|commit(?:s|ted|ting)?|fund(?:s|ed|ing)?|grant(?:s|ed|ing)?) (?:(?:more than|over|nearly|up to|about|an additional) )?\\$\\d");

  /** An amount and the word that gives its purpose: "$4M for ", "$2.5 million to support ". */
  private static final Pattern AMOUNT_FOR =
      Pattern.compile(
          "\\d[\\d.,]*+(?:\\s*(?:million|billion|thousand|[MBK])\\b)?(?:\\s+in\\s+(?:new\\s+)?(?:funding|grants))?"
              + "\\s+(?:for|in|to(?: support| fund| launch| expand)?|toward|towards)\\s");

  /** "NASA-led", "U.S.-led", "JAXA -led": the actor before it leads what follows. */
  private static final Pattern LED = Pattern.compile("\\s?-led ");

  private FoundingRules() {}

  /**
   * {@code led-by}: "the NASA-led Lunar Dust Campaign", "a U.S.-led Space Weather Forum": the actor
   * joined by "-led" to the name of a program, event or body leads it.
   */
  static void ledBy(Sentence s, Extraction x) {
    for (Gazetteer.Mention a : s.mentions) {
      if (!s.isActor(a) || a.form() == Gazetteer.Form.ADJECTIVE) {
        continue;
      }
      Matcher led = LED.matcher(s.text()).region(a.end(), s.text().length());
      if (!led.lookingAt()) {
        continue;
      }
      int at = led.end();
      s.mentions.stream()
          .filter(t -> t.start() == at && (s.isThing(t) || x.known.isA(t.iri(), SPKG.Event)))
          .filter(t -> !x.known.isA(t.iri(), SPKG.Agreement) && !x.known.isA(t.iri(), SPKG.Policy))
          .findFirst()
          .ifPresent(
              t -> Participations.write(s, x, List.of(a.iri()), t.iri(), "lead", Rule.LED_BY));
    }
  }

  /** "The Famicos Foundation in Ohio will host": the place is not the subject. */
  private static final Pattern LOCATED_SUBJECT =
      Pattern.compile(
          "\\bin (?:the )?\\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+){0,3}+"
              + "(?:\\s++(?:is|are|will|also))*+\\s*+$");

  /** "X is creating / establishing / leading P", "X and Y launched P": they lead P. */
  static void founders(Sentence s, Extraction x) {
    subjectVerbObject(s, x, FOUNDS, "lead", Rule.FOUNDING);
  }

  /**
   * Each match of {@code verb} whose subject names actors and whose object is an undertaking (one
   * with a node, else a name the role verb makes one of) gives the actors {@code role} in it.
   */
  private static void subjectVerbObject(
      Sentence s, Extraction x, Pattern verb, String role, Rule rule) {
    Matcher m = verb.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      if (who.isEmpty()) {
        continue;
      }
      int end = m.end();
      Optional<String> what =
          Undertakings.directObject(s, end)
              .or(() -> NamedUndertakings.namedObject(x, s, end))
              .or(
                  () ->
                      role.equals("host")
                              && !LOCATED_SUBJECT.matcher(s.text()).region(0, m.start()).find()
                          ? NamedUndertakings.describedEvent(x, s, end)
                          : Optional.empty());
      if (what.isPresent()) {
        Participations.write(s, x, who, what.get(), role, rule);
      }
    }
  }

  /**
   * "P was launched / established / led by X, Y and Z", "P, produced by X and Y,": they lead P;
   * "funded / sponsored by": they fund it; "convened by": they convene it; "built / manufactured
   * by" a program that is no agreement, partnership or policy: they build it; "operated by": they
   * operate it; "owned by": they own it.
   */
  static void foundedBy(Sentence s, Extraction x) {
    Matcher m = BY_AGENT.matcher(s.text());
    while (m.find()) {
      List<String> who = Participations.iris(Participations.listFrom(s, m.end(), true));
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
              : verb.equals("convened")
                  ? "convener"
                  : verb.equals("built") || verb.equals("manufactured")
                      ? "builder"
                      : verb.equals("operated")
                          ? "operator"
                          : verb.equals("owned") ? "owner" : "lead";
      // One builds, operates or owns a thing: an agreement or a partnership is no one's work.
      if (!role.equals("lead")
          && !role.equals("funder")
          && !role.equals("convener")
          && (x.known.isA(what.get(), SPKG.Agreement)
              || x.known.isA(what.get(), SPKG.Partnership)
              || x.known.isA(what.get(), SPKG.Policy))) {
        continue;
      }
      boolean thing = role.equals("builder") || role.equals("operator") || role.equals("owner");
      Participations.write(s, x, who, what.get(), role, thing ? Rule.BUILT_BY : Rule.FOUNDING);
    }
  }

  static void hosts(Sentence s, Extraction x) {
    subjectVerbObject(s, x, HOSTS, "host", Rule.HOST);
    Matcher by = HOSTED_BY.matcher(s.text());
    while (by.find()) {
      List<String> who = Participations.iris(s.actorsStartingAt(by.end()));
      int at = by.start();
      Optional<Gazetteer.Mention> what =
          s.lastThingBefore(at)
              .filter(t -> ACRONYM_GAP.matcher(s.text().substring(t.end(), at)).matches());
      if (!who.isEmpty() && what.isPresent()) {
        Participations.write(s, x, who, what.get().iri(), "host", Rule.HOST);
      }
    }
  }

  static void funds(Sentence s, Extraction x) {
    Matcher m = FUNDS.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      if (who.isEmpty()) {
        continue;
      }
      // "announced $4M for Tidewater Sky Grants": the name right after the amount has no node.
      Matcher amount = AMOUNT_FOR.matcher(s.text()).region(m.end() - 1, s.text().length());
      Optional<String> what =
          Undertakings.firstInClause(s, m.end())
              .or(
                  () ->
                      amount.lookingAt()
                              // "$N in American Rescue Plan funds" names where the money comes
                              // from; one invests in what it funds.
                              && (!amount.group().trim().endsWith(" in")
                                  || m.group().startsWith("invest"))
                          ? NamedUndertakings.namedObject(x, s, amount.end())
                          : Optional.empty());
      if (what.isPresent()) {
        Participations.write(s, x, who, what.get(), "funder", Rule.FUNDING);
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
    List<Gazetteer.Mention> who = Participations.actorsEndingExactlyAt(s, end);
    // "The Orbital Learning Trust (OLT) is launching …": the name before its acronym, when the
    // name and its acronym are not one mention ("The National Science Foundation (NSF) will").
    Matcher acronym = SUBJECT_ACRONYM.matcher(s.text().substring(Math.max(0, end - 30), end));
    if (who.isEmpty() && acronym.find()) {
      who = Participations.actorsEndingExactlyAt(s, end - (acronym.end() - acronym.start()));
    }
    return who.isEmpty() ? x.partiesBefore(s, verb) : Participations.iris(who);
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
}
