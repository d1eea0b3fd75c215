package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who works with whom on what:
 *
 * <ul>
 *   <li>{@code partnering}: "X and Y are partnering (with Z) to build and launch P";
 *   <li>{@code cooperation-with}: "X is deepening cooperation / working with Y to … P"; "X, working
 *       with Y, will …" (Y partners X in P, else in the initiative the sentence stands in);
 *   <li>{@code collaboration-including}: "X, Y and Z … collaborate on A, including P": they are
 *       partners in P;
 *   <li>{@code contribution}: "X is building / will provide / is developing the M" for the program
 *       the item is about;
 *   <li>{@code hosted-payload} and {@code location}: {@link PayloadRules}.
 * </ul>
 */
final class CooperationRules {

  private static final Pattern PARTNERING =
      Pattern.compile("\\b(?:are|is|will be) (?:now )?partnering\\b(?: with)?");
  private static final Pattern COOPERATION =
      Pattern.compile(
          "\\b(?:(?:is|are|will be) (?:deepening (?:its |their |our )?cooperation|cooperating|working"
              + "|collaborating|teaming up)|(?:will|plan to|plans to|intend to|intends to)"
              + " (?:deepen (?:its |their |our )?cooperation|cooperate|collaborate|team up))"
              + "(?: closely| together)?(?: with| on\\b)");
  private static final Pattern WORKING_WITH =
      Pattern.compile(
          ",\\s+(?:(?:working|partnering|collaborating|cooperating|teaming up)(?: closely| together)?"
              + "|in (?:close )?(?:partnership|cooperation|collaboration)) with\\b");
  private static final Pattern COLLABORATE_ON =
      Pattern.compile(
          "\\b(?:collaborat|cooperat)(?:e|es|ed|ing|ion) (?:on|in) [^,.;]{1,80}?,? (?:including|such as) ");
  private static final Pattern THING_JOINER =
      Pattern.compile("\\s*(?:,|, and|and)?\\s*(?:the\\s+)?");
  private static final Pattern CONTRIBUTE =
      Pattern.compile(
          "\\b(?:is|are|will)(?: also| now| jointly)? (building|providing|developing|contributing|supplying|provide|build|develop|contribute|supply)\\b");

  /** The comma that closes a participle clause before the verb: ", is expanding", ", will host". */
  private static final Pattern CLAUSE_CLOSE = Pattern.compile(",\\s+(?=\\p{Ll})(?!and\\b|the\\b)");

  /**
   * A list of names: capitalised words, "and", "of", "the", commas and acronyms in brackets
   * (possessive: no backtracking over a long clause).
   */
  private static final Pattern NAMES_ONLY =
      Pattern.compile(
          "\\s*+(?:(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'\u2019-]*+|and|of|for|at|the|on|in|&|,|\\([^()]{1,20}\\))\\s*+)++");

  /** The verb after a participle clause: ", will host", ", is launching", ", will kick off". */
  private static final Pattern VERB_AFTER_CLAUSE =
      Pattern.compile(
          ",\\s+(?:(?:will|is|are)(?: also| jointly)?\\s+)?(host(?:s|ing)?|launch(?:es|ing)?|lead(?:s|ing)?"
              + "|expand(?:s|ing)?|organi[sz](?:e|es|ing)|hold(?:s|ing)?|kick(?:s|ing)? off|creat(?:e|es|ing)"
              + "|establish(?:es|ing)?|sponsor(?:s|ing)?|convene(?:s)?|convening)\\b");

  /** "are collaborating / working together (through …) to develop": several actors' joint aim. */
  private static final Pattern COLLABORATING =
      Pattern.compile(
          "\\b(?:are|will be) (?:now )?(?:collaborating|working together|teaming up"
              + "|cooperating|joining forces)\\b");

  /** The verb of the aim, in the same clause: "… to develop", "… to jointly launch". */
  private static final Pattern AIM =
      Pattern.compile(
          "[^.;:]{0,100}?\\bto (?:jointly |together )?(?:develop|build|launch|create|establish|host"
              + "|produce|deliver|expand|run|organi[sz]e)\\b");

  /** Between actors of a subject list: a joiner, over an acronym in parentheses. */
  private static final Pattern LIST_GAP =
      Pattern.compile("\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:,|, and|and|&)?\\s*(?:the\\s+)?");

  private CooperationRules() {}

  /**
   * {@code cooperation-with}: "A (A1), B, C and the D are collaborating through a partnership to
   * develop P": the listed actors (acronyms in parentheses between them) are partners in P, the
   * object of the aim's verb, a node made for it when none names it.
   */
  private static void collaboratingTo(Sentence s, Extraction x) {
    Matcher m = COLLABORATING.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Matcher aim = AIM.matcher(s.text()).region(m.end(), s.text().length());
    if (!aim.lookingAt()) {
      return;
    }
    List<String> who = new ArrayList<>();
    int at = m.start();
    for (int i = s.mentions.size() - 1; i >= 0; i--) {
      Gazetteer.Mention a = s.mentions.get(i);
      if (a.end() > at) {
        continue;
      }
      boolean inBrackets =
          a.start() > 0
              && s.text().charAt(a.start() - 1) == '('
              && s.text().startsWith(")", a.end());
      if (inBrackets) {
        continue;
      }
      if (!s.isActor(a) || !LIST_GAP.matcher(s.text().substring(a.end(), at)).matches()) {
        break;
      }
      who.add(0, a.iri());
      at = a.start();
    }
    if (who.size() < 2) {
      return;
    }
    int after = aim.end();
    Optional<String> target =
        Undertakings.directObject(s, after).or(() -> NamedUndertakings.namedObject(x, s, after));
    if (target.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, Rule.COOPERATION_WITH);
    for (String a : who.stream().distinct().toList()) {
      x.out.participation(target.get(), a, "partner", Optional.empty(), Optional.empty(), ev);
    }
  }

  static void apply(Sentence s, Extraction x) {
    collaboratingTo(s, x);
    partnering(s, x, PARTNERING, Rule.PARTNERING);
    partnering(s, x, COOPERATION, Rule.COOPERATION_WITH);
    workingWith(s, x);
    collaborationIncluding(s, x);
    contribution(s, x);
    PayloadRules.hostedPayload(s, x);
    PayloadRules.location(s, x);
  }

  private static void partnering(Sentence s, Extraction x, Pattern verb, Rule rule) {
    Matcher m = verb.matcher(s.text());
    if (!m.find()) {
      return;
    }
    List<String> who = new ArrayList<>();
    s.actorsEndingAt(m.start()).forEach(a -> who.add(a.iri()));
    if (who.isEmpty()) {
      who.addAll(x.partiesBefore(s, m.start())); // "our two nations are partnering …"
    }
    List<Gazetteer.Mention> with = s.actorsStartingAt(m.end() + 1);
    with.forEach(a -> who.add(a.iri()));
    int from = with.isEmpty() ? m.end() : with.get(with.size() - 1).end();
    Optional<Gazetteer.Mention> target = s.firstThing(from, s.text().length());
    if (who.isEmpty() || target.isEmpty()) {
      return;
    }
    // One actor working with partners it does not name leads what they do together.
    boolean unnamedPartners = with.isEmpty() && m.group().endsWith("with");
    String role =
        unnamedPartners && who.size() == 1 && rule == Rule.COOPERATION_WITH ? "lead" : "partner";
    Node ev = x.evidence(s, rule);
    for (String a : who) {
      x.out.participation(target.get().iri(), a, role, Optional.empty(), Optional.empty(), ev);
    }
  }

  /**
   * "NSF, working with NASA, will develop …": the actors of the participle clause are partners of
   * the actor before it, in the first program named after the clause, else in the initiative the
   * sentence stands in when its title names one. The actor before the clause leads (several are
   * partners); one already taking part there keeps its role.
   */
  private static void workingWith(Sentence s, Extraction x) {
    Matcher m = WORKING_WITH.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> who = s.actorsEndingAt(m.start());
      List<Gazetteer.Mention> with = s.actorsStartingAt(m.end() + 1);
      int after = with.isEmpty() ? -1 : with.get(with.size() - 1).end();
      if (after < 0 || !s.text().startsWith(",", after)) {
        // "X, in partnership with Estes Education and the NSTA (NSTA), is expanding …": the
        // names up to the comma before the verb, some of them unknown.
        Matcher close = CLAUSE_CLOSE.matcher(s.text());
        after = close.find(m.end()) ? close.start() : -1;
        int from = m.end();
        int to = after;
        with =
            after < 0 || !NAMES_ONLY.matcher(s.text().substring(from, to)).matches()
                ? List.of()
                : s.mentions.stream()
                    .filter(a -> a.start() >= from && a.end() <= to && s.isActor(a))
                    .toList();
      }
      if (who.isEmpty() || with.isEmpty()) {
        continue; // not a clause set off by commas: "X, working with Y, will …"
      }
      // ", will host the Orbital Futures Summit": a name the verb after the clause takes.
      Matcher verb = VERB_AFTER_CLAUSE.matcher(s.text()).region(after, s.text().length());
      boolean named = verb.lookingAt();
      Optional<String> target =
          s.firstThing(after, s.text().length())
              .map(Gazetteer.Mention::iri)
              .or(() -> named ? NamedUndertakings.namedObject(x, s, verb.end()) : Optional.empty())
              .or(() -> Undertakings.namedInitiative(s, x));
      if (target.isEmpty()) {
        continue;
      }
      Node ev = x.evidence(s, Rule.COOPERATION_WITH);
      Node thing = FactWriter.uri(target.get());
      // One actor working with others leads (hosts what it hosts); several are partners.
      String role =
          who.size() > 1 ? "partner" : named && verb.group(1).startsWith("host") ? "host" : "lead";
      for (Gazetteer.Mention a : who) {
        if (!x.out.graph().contains(thing, SPKG.participant.asNode(), FactWriter.uri(a.iri()))) {
          x.out.participation(target.get(), a.iri(), role, Optional.empty(), Optional.empty(), ev);
        }
      }
      for (Gazetteer.Mention a : with) {
        x.out.participation(
            target.get(), a.iri(), "partner", Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * "Australia, the United Kingdom and the United States … intent to collaborate on space,
   * including the Deep Space Advanced Radar Capability": the actors listed nearest before the verb
   * are partners in each program the "including" names.
   */
  private static void collaborationIncluding(Sentence s, Extraction x) {
    Matcher m = COLLABORATE_ON.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Optional<Gazetteer.Mention> nearest =
        s.mentions.stream().filter(a -> a.end() <= m.start() && s.isActor(a)).reduce((a, b) -> b);
    if (nearest.isEmpty() || s.text().substring(nearest.get().end(), m.start()).contains(";")) {
      return;
    }
    List<Gazetteer.Mention> who = s.actorsEndingAt(nearest.get().end());
    List<Gazetteer.Mention> things = thingsStartingAt(s, m.end());
    if (things.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, Rule.COLLABORATION_INCLUDING);
    for (Gazetteer.Mention thing : things) {
      for (Gazetteer.Mention a : who) {
        x.out.participation(
            thing.iri(), a.iri(), "partner", Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /** The programs listed from {@code pos} on: "the A, the B and C". */
  private static List<Gazetteer.Mention> thingsStartingAt(Sentence s, int pos) {
    List<Gazetteer.Mention> list = new ArrayList<>();
    int at = pos;
    for (Gazetteer.Mention m : s.mentions) {
      if (m.start() < at) {
        continue;
      }
      if (!s.isThing(m) || !THING_JOINER.matcher(s.text().substring(at, m.start())).matches()) {
        break;
      }
      list.add(m);
      at = m.end();
    }
    return list;
  }

  private static void contribution(Sentence s, Extraction x) {
    Matcher m = CONTRIBUTE.matcher(s.text());
    List<int[]> verbs = new ArrayList<>();
    while (m.find()) {
      verbs.add(new int[] {m.start(), m.end(), m.start(1)});
    }
    for (int i = 0; i < verbs.size(); i++) {
      int[] v = verbs.get(i);
      List<Gazetteer.Mention> who = s.actorsEndingAt(v[0]);
      int objectEnd = i + 1 < verbs.size() ? verbs.get(i + 1)[0] : s.text().length();
      Optional<Gazetteer.Mention> what = s.firstThing(v[1], objectEnd);
      if (who.isEmpty() || what.isEmpty()) {
        continue;
      }
      String verb = s.text().substring(v[2], v[1]);
      String role =
          verb.startsWith("build") || verb.startsWith("develop") ? "builder" : "contributor";
      Node ev = x.evidence(s, Rule.CONTRIBUTION);
      Optional<String> focus = x.focusOf(s).filter(f -> !f.equals(what.get().iri()));
      for (Gazetteer.Mention a : who) {
        // What an actor provides for a program is its contribution to the program, not an
        // undertaking of its own; what it builds or develops it is the builder of.
        if (role.equals("builder") || focus.isEmpty()) {
          x.out.participation(
              what.get().iri(), a.iri(), role, Optional.empty(), Optional.empty(), ev);
        }
        focus.ifPresent(
            f ->
                x.out.participation(
                    f,
                    a.iri(),
                    "contributor",
                    Optional.empty(),
                    Optional.of(what.get().iri()),
                    ev));
      }
      if (focus.isPresent() && x.known.isA(what.get().iri(), SPKG.Module)) {
        x.out.add(FactWriter.uri(what.get().iri()), SPKG.partOf, FactWriter.uri(focus.get()));
      }
    }
  }
}
