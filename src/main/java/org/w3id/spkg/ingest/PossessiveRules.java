package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * Roles read from a possessive ("X's …", "its …"):
 *
 * <ul>
 *   <li>{@code possessive-action}: "the UAE Space Agency's announcement of P": X leads P;
 *   <li>{@code own-pronoun}: "NOAA will expand its Ocean Explorers Program": X leads P;
 *   <li>{@code joint-possessive}: "NASA and the UAE's previous human spaceflight collaboration";
 *   <li>{@code copular-possessive}: "Dragonfly is NASA's robotic mission to Titan";
 *   <li>{@code possessive-role}: "India's observation of the Global Sentinel Exercise";
 *   <li>{@code possessive}: "NASA's Artemis I mission": X leads or owns P.
 * </ul>
 *
 * Run from {@link ParticipationRules}.
 */
final class PossessiveRules {

  /** "India's observation of", "Harris's leadership of": the possessor's role in what follows. */
  private static final Pattern ROLE_NOUN =
      Pattern.compile(
          "(?:'s|\u2019s) (observation of|participation in|membership (?:in|of)|(?:co-)?leadership of"
              + "|chairmanship of|hosting of|funding (?:of|for)|sponsorship of) (?:the )?");

  /** What has not happened yet: "opportunities for India's participation in …". */
  private static final Pattern HEDGE =
      Pattern.compile(
          "\\b(?:opportunit(?:y|ies)|possibilit(?:y|ies)|prospects?|potential|explor\\w*|consider\\w*"
              + "|discuss\\w*|path) (?:for|of|to)?\\s*(?:the\\s+)?$");

  /** An item about what may come: "Exploring additional avenues for …". */
  private static final Pattern HEDGED_ITEM =
      Pattern.compile(
          "(?:[^:]{1,120}:\\s+)?(?:Exploring|Discussing|Considering|Studying|Assessing)\\b");

  /** An action that starts what it names: "'s announcement of ", "'s launch of ". */
  private static final Pattern ACTION_OF =
      Pattern.compile("(?:announcement|launch|creation|establishment|founding) of ");

  private PossessiveRules() {}

  /**
   * {@code possessive-action}: "the UAE Space Agency's announcement of the Emirates Mission to the
   * Asteroid Belt", "HUD's announcement of its Green and Resilient Retrofit Program": the agency or
   * nation whose announcement, launch, creation or establishment of the program or event it is
   * leads it. An agreement, a partnership or a policy is left alone.
   */
  static void possessiveAction(Sentence s, Extraction x) {
    Matcher m = Participations.POSSESSIVE.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      Matcher action = ACTION_OF.matcher(s.text()).region(m.end(), s.text().length());
      if (!action.lookingAt()) {
        continue;
      }
      Optional<Gazetteer.Mention> owner = ownerEndingAt(s, x, at);
      if (owner.isEmpty()) {
        continue;
      }
      int end = action.end();
      Optional<String> what =
          Undertakings.directObject(s, end)
              .filter(t -> x.known.isA(t, SPKG.Program) || x.known.isA(t, SPKG.Event))
              .filter(
                  t ->
                      !x.known.isA(t, SPKG.Agreement)
                          && !x.known.isA(t, SPKG.Partnership)
                          && !x.known.isA(t, SPKG.Policy))
              .or(() -> NamedUndertakings.namedObject(x, s, end));
      what.ifPresent(
          t ->
              Participations.write(
                  s, x, List.of(owner.get().iri()), t, "lead", Rule.POSSESSIVE_ACTION));
    }
  }

  /** "its annual ", "their monthly ": the subject's own program or event follows. */
  private static final Pattern OWN_PRONOUN =
      Pattern.compile(
          "\\b(its|their) (?:own )?(?:(?:annual|biannual|biennial|monthly|weekly|yearly|flagship)"
              + " )*");

  /**
   * {@code own-pronoun}: "The Department of Commerce will include a session on space during its
   * annual SelectUSA Investment Summit", "NOAA will expand its Ocean Explorers Program": the actor
   * the sentence opens with (one for "its") convenes the event so named, or leads the program.
   */
  static void ownPronoun(Sentence s, Extraction x) {
    if (!x.aboutSpace(s)) {
      return;
    }
    Optional<Gazetteer.Mention> first = s.mentions.stream().filter(s::isActor).findFirst();
    if (first.isEmpty()
        || !Participations.SUBJECT_POSITION
            .matcher(s.text().substring(0, first.get().start()))
            .matches()) {
      return;
    }
    List<Gazetteer.Mention> subject = s.actorsStartingAt(first.get().start());
    Matcher m = OWN_PRONOUN.matcher(s.text());
    while (m.find()) {
      if (m.start() < subject.get(subject.size() - 1).end()
          || (m.group(1).equals("its") ? subject.size() != 1 : subject.size() < 2)) {
        continue;
      }
      int at = m.end();
      Optional<Gazetteer.Mention> what =
          s.mentions.stream()
              .filter(t -> t.start() == at && t.form() != Gazetteer.Form.ADJECTIVE)
              .filter(t -> s.isThing(t) || x.known.isA(t.iri(), SPKG.Event))
              .filter(
                  t ->
                      !x.known.isA(t.iri(), SPKG.Agreement)
                          && !x.known.isA(t.iri(), SPKG.Policy)
                          && !x.known.isA(t.iri(), SPKG.Partnership))
              .findFirst();
      if (what.isEmpty()) {
        continue;
      }
      String role = x.known.isA(what.get().iri(), SPKG.Event) ? "convener" : "lead";
      Participations.write(
          s, x, Participations.iris(subject), what.get().iri(), role, Rule.OWN_PRONOUN);
    }
  }

  /**
   * After "A and B's": evaluative words, then one to four words and the head noun ("previous human
   * spaceflight collaboration", "deepening security partnership").
   */
  private static final Pattern JOINT_WORK =
      Pattern.compile(
          "(?:(?:previous|past|ongoing|existing|longstanding|long-standing|growing|deepening|close"
              + "|strong|historic|new|successful|continued|deep|enduring|groundbreaking)\\s++)*+"
              + "((?:[\\p{Ll}-]++\\s++){1,4}?(collaboration|partnership|cooperation))\\b");

  /**
   * {@code joint-possessive}: "NASA and the UAE's previous human spaceflight collaboration": the
   * actors listed before the possessive are partners in a node labelled with the words that name
   * their work (one to four, evaluative ones such as "previous" or "growing" left out, and the head
   * noun).
   */
  static void jointPossessive(Sentence s, Extraction x) {
    if (!x.statesSpace(s)) {
      return;
    }
    Matcher m = Participations.POSSESSIVE.matcher(s.text());
    while (m.find()) {
      List<String> who =
          Participations.iris(Participations.actorsEndingExactlyAt(s, m.start())).stream()
              .distinct()
              .toList();
      if (who.size() < 2) {
        continue;
      }
      Matcher work = JOINT_WORK.matcher(s.text()).region(m.end(), s.text().length());
      if (!work.lookingAt()) {
        continue;
      }
      org.apache.jena.rdf.model.Resource type =
          work.group(2).equals("partnership") ? SPKG.Partnership : SPKG.Program;
      String what =
          NamedUndertakings.unnamed(x, s, work.group(1), type, Rule.JOINT_POSSESSIVE, false);
      Participations.write(s, x, who, what, "partner", Rule.JOINT_POSSESSIVE);
    }
  }

  /** A sentence that says whose a program is: "Z is X's …", "Z was X's …". */
  private static final Pattern COPULA = Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?,? (?:is|was) ");

  /**
   * {@code copular-possessive}: "The Lunar Dust Telescope is NASA's flagship observatory",
   * "Dragonfly is NASA's robotic mission to Titan": the agency or nation whose it is said to be
   * leads the program the sentence opens with.
   */
  static void copularPossessive(Sentence s, Extraction x) {
    Optional<Gazetteer.Mention> subject =
        s.mentions.stream()
            .filter(
                t ->
                    Participations.SUBJECT_POSITION
                        .matcher(s.text().substring(0, t.start()))
                        .matches())
            .filter(t -> s.isThing(t) || x.known.isA(t.iri(), SPKG.Event))
            .filter(
                t -> !x.known.isA(t.iri(), SPKG.Agreement) && !x.known.isA(t.iri(), SPKG.Policy))
            .findFirst();
    if (subject.isEmpty()) {
      return;
    }
    Matcher is = COPULA.matcher(s.text()).region(subject.get().end(), s.text().length());
    if (!is.lookingAt()) {
      return;
    }
    int at = is.end();
    Optional<Gazetteer.Mention> owner =
        s.mentions.stream()
            .filter(a -> a.start() == at && a.form() != Gazetteer.Form.ADJECTIVE)
            .filter(a -> x.known.isA(a.iri(), SPKG.Agency) || x.known.isA(a.iri(), SPKG.Country))
            .findFirst();
    if (owner.isPresent()
        && Participations.POSSESSIVE
            .matcher(s.text())
            .region(owner.get().end(), s.text().length())
            .lookingAt()) {
      Participations.write(
          s, x, List.of(owner.get().iri()), subject.get().iri(), "lead", Rule.COPULAR_POSSESSIVE);
    }
  }

  /**
   * {@code possessive-role}: "India's observation of the Global Sentinel Exercise" (observer), "X's
   * participation in P" (participant), "membership in" (member), "leadership of" (lead), "hosting
   * of" (host), "funding of" (funder): the actor or person before the possessive takes that role in
   * the program, event or body named right after (over its own possessor: "the U.S. Space Command's
   * Global Sentinel Exercise").
   */
  static void possessiveRole(Sentence s, Extraction x) {
    Matcher m = ROLE_NOUN.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      Optional<Gazetteer.Mention> who =
          s.mentions.stream().filter(a -> a.end() == at && s.isActor(a)).findFirst();
      int from = Participations.afterOwner(s, m.end());
      Optional<Gazetteer.Mention> what =
          s.mentions.stream()
              .filter(t -> t.start() == from && t.form() != Gazetteer.Form.ADJECTIVE)
              .filter(
                  t ->
                      s.isThing(t)
                          || x.known.isA(t.iri(), SPKG.Event)
                          || (s.isActor(t)
                              && !x.known.isA(t.iri(), SPKG.Country)
                              && !x.known.isA(t.iri(), SPKG.Person)))
              .findFirst();
      if (who.isEmpty()
          || what.isEmpty()
          || HEDGE
              .matcher(s.text().substring(Math.max(0, who.get().start() - 40), who.get().start()))
              .find()
          || HEDGED_ITEM.matcher(s.text()).lookingAt()) {
        continue;
      }
      String noun = m.group(1);
      String role =
          noun.startsWith("observation")
              ? "observer"
              : noun.startsWith("participation")
                  ? "participant"
                  : noun.startsWith("membership")
                      ? "member"
                      : noun.startsWith("hosting")
                          ? "host"
                          : noun.startsWith("funding") || noun.startsWith("sponsorship")
                              ? "funder"
                              : "lead";
      Participations.write(
          s, x, List.of(who.get().iri()), what.get().iri(), role, Rule.POSSESSIVE_ROLE);
    }
  }

  /**
   * "NASA's Artemis I mission", "America's Artemis program": the agency or nation whose program it
   * is leads it; whose facility, system, spacecraft, module or payload it is owns it. Agreements
   * and partnerships are no one's own.
   */
  static void possessive(Sentence s, Extraction x) {
    Matcher m = Participations.POSSESSIVE.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      int after = m.end();
      Optional<Gazetteer.Mention> owner = ownerEndingAt(s, x, at);
      // A program, or an event: "the U.S. Space Command's Global Sentinel Exercise".
      Optional<Gazetteer.Mention> thing =
          s.mentions.stream()
              .filter(
                  t ->
                      t.start() == after
                          && t.form() != Gazetteer.Form.ADJECTIVE
                          && (x.known.isA(t.iri(), SPKG.Program)
                              || x.known.isA(t.iri(), SPKG.Event)))
              .findFirst();
      if (owner.isPresent()
          && thing.isEmpty()
          && s.mentions.stream().noneMatch(t -> t.start() == after)) {
        // "NASA's biannual International Program Management Course": a name with no node yet.
        // "collaborate on JAXA's …" is cooperation-on's to read.
        String before = s.text().substring(Math.max(0, at - 60), owner.get().start());
        Optional<String> named =
            FIELD_NAME.matcher(s.text()).region(after, s.text().length()).lookingAt()
                    || !PROGRAM_NAME.matcher(s.text()).region(after, s.text().length()).lookingAt()
                    || COOPERATING_ON.matcher(before).find()
                ? Optional.empty()
                : NamedUndertakings.namedObject(x, s, after);
        if (named.isPresent()) {
          String label = x.known.label(named.get());
          boolean object = label != null && OBJECT_NAME.matcher(label).find();
          Participations.write(
              s,
              x,
              List.of(owner.get().iri()),
              named.get(),
              object ? "owner" : "lead",
              Rule.POSSESSIVE);
        }
        continue;
      }
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
      Participations.write(
          s, x, List.of(owner.get().iri()), what, object ? "owner" : "lead", Rule.POSSESSIVE);
    }
  }

  /** Right before an owner: "collaborate on ", "cooperation on the ". */
  private static final Pattern COOPERATING_ON =
      Pattern.compile("\\b(?:cooperat|collaborat)\\w* on (?:the )?$");

  /**
   * A name whose last word says it is a program, mission, event or facility ("biannual
   * International Program Management Course"), not an office, an award or a body.
   */
  private static final Pattern PROGRAM_NAME =
      Pattern.compile(
          "(?:(?:annual|biannual|biennial|monthly|weekly|flagship|new|first|inaugural)\\s++)*+"
              + "(?:\\p{Lu}[\\p{L}\\p{N}-]*+\\s++(?:(?:of|for|the|and|to)\\s++)?){0,7}?"
              + "(?:Program|Programme|Mission|Course|Series|Initiative|Challenge|Campaign|Project"
              + "|Facility|Observatory|Telescope|Satellite|Summit|Conference|Exercise|Academy"
              + "|Fellowship|Competition|Experiment)\\b");

  /** A field of work named in capitals ("Security Cooperation"): no one's program. */
  private static final Pattern FIELD_NAME =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}-]*+\\s+){0,4}(?:Cooperation|Collaboration|Engagement|Diplomacy|Affairs)\\b");

  /** A word in the name of a thing one owns: "… Facility for …", "… Telescope". */
  private static final Pattern OBJECT_NAME =
      Pattern.compile(
          "\\b(?:Facility|Observatory|Telescope|Laboratory|Station|Satellite|Spacecraft|Rover|Payload"
              + "|Array|Network)\\b");

  /** The agency or country whose name ends right at {@code at}, before its possessive "'s". */
  private static Optional<Gazetteer.Mention> ownerEndingAt(Sentence s, Extraction x, int at) {
    return s.mentions.stream()
        .filter(
            a ->
                a.end() == at
                    && a.form() != Gazetteer.Form.ADJECTIVE
                    && (x.known.isA(a.iri(), SPKG.Agency) || x.known.isA(a.iri(), SPKG.Country)))
        .findFirst();
  }
}
