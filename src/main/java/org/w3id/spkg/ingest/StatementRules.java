package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What actors say and direct:
 *
 * <ul>
 *   <li>{@code meeting}: "X will convene the third meeting of B … in C";
 *   <li>{@code announcement}: "X is announcing (the following | that …)": X announces the
 *       document's initiatives;
 *   <li>{@code directive-list}: "she has directed A to do the following:" and each item of the list
 *       after it;
 *   <li>{@code directive-inline}: "X directed A to …"; "At the direction of X, A did …".
 * </ul>
 */
final class StatementRules {

  static final Pattern DIRECTED_LIST =
      Pattern.compile("\\bdirected (?:the )?(.+?) to do the following:?\\s*$");
  private static final Pattern DIRECTED =
      Pattern.compile("\\b(?:has |have |had )?(?:directed|tasked|instructed) (?:the )?");

  /** What may stand between the addressee and its instruction: "tasked the NSC staff to". */
  private static final Pattern TO_INSTRUCTION =
      Pattern.compile("^(?: staff| team| leadership| officials)? to ");

  private static final Pattern AT_DIRECTION =
      Pattern.compile("\\b(?:[Aa]t|[Uu]nder|[Ff]ollowing) the (?:direction|instructions?) of ");
  private static final Pattern ANNOUNCING =
      Pattern.compile("\\b(?:is|will)(?: also)? (?:announcing|announce)\\b|\\bannounces\\b");
  private static final Pattern MEETING =
      Pattern.compile(
          "\\b(?:convene|convenes|convened|host|hosts|hosted|chair|chairs|chaired|hold|holds|held) the (\\w+) meeting of (?:the )?");

  /** A stem whose base form ends in a silent e: releas(e)d, creat(e)d, issu(e)d, requir(e)d. */
  private static final Pattern E_FINAL =
      Pattern.compile(
          "(?:[^aeiou][sczvu]|[aeio][scvz]|at|ut|et|uir|[^aeiou](?:in|ar|ur|id)|dg|bl|gl|pl|tl)$");

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("made", "make"),
          Map.entry("held", "hold"),
          Map.entry("led", "lead"),
          Map.entry("began", "begin"),
          Map.entry("built", "build"),
          Map.entry("sent", "send"),
          Map.entry("took", "take"),
          Map.entry("gave", "give"),
          Map.entry("wrote", "write"),
          Map.entry("set", "set"),
          Map.entry("brought", "bring"),
          Map.entry("sought", "seek"),
          Map.entry("put", "put"),
          Map.entry("convened", "convene"),
          Map.entry("opened", "open"),
          Map.entry("chose", "choose"),
          Map.entry("undertook", "undertake"));

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("inaugural", 1));

  private StatementRules() {}

  static void apply(Sentence s, Extraction x) {
    meeting(s, x);
    announcement(s, x);
    directiveInline(s, x);
    atTheDirectionOf(s, x);
  }

  private static void meeting(Sentence s, Extraction x) {
    Matcher m = MEETING.matcher(s.text());
    if (!m.find() || !ORDINALS.containsKey(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    Optional<Gazetteer.Mention> body = s.firstOf(m.end(), SPKG.Agency);
    if (body.isEmpty() || body.get().start() != m.end()) {
      return;
    }
    int ordinal = ORDINALS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
    String key = FactWriter.shortKey(body.get().iri()) + "-meeting-" + ordinal;
    Node meeting = FactWriter.uri(EntityIris.entity("event", key));
    x.out.type(meeting, SPKG.Meeting);
    x.out.label(meeting, m.group(1) + " meeting of the " + x.known.label(body.get().iri()));
    x.out.integer(meeting, SPKG.ordinal, ordinal);
    x.out.add(meeting, SPKG.meetingOf, FactWriter.uri(body.get().iri()));
    List<Gazetteer.Mention> conveners = s.actorsEndingAt(m.start());
    if (conveners.isEmpty()) {
      conveners = s.actorsEndingAt(s.text().lastIndexOf(" will ", m.start()) + 1);
    }
    conveners.forEach(c -> x.out.add(meeting, SPKG.convenedBy, FactWriter.uri(c.iri())));
    s.mentions.stream()
        .filter(p -> p.start() > body.get().end() && x.known.isA(p.iri(), SPKG.City))
        .findFirst()
        .ifPresent(p -> x.out.add(meeting, SPKG.location, FactWriter.uri(p.iri())));
    s.timeIn(0, s.text().length()).ifPresent(t -> x.out.date(meeting, SPKG.date, t));
    x.out.fact(meeting, x.evidence(s, Rule.MEETING));
    x.meeting = Optional.of(meeting);
  }

  private static void announcement(Sentence s, Extraction x) {
    Matcher m = ANNOUNCING.matcher(s.text());
    if (!m.find() || x.announcer.isPresent()) {
      return;
    }
    List<Gazetteer.Mention> who = s.actorsEndingAt(m.start());
    if (!who.isEmpty()) {
      x.announcer = Optional.of(who.get(0).iri());
    }
  }

  /** Directives of a list: the lead-in paragraph says who directed whom. */
  static void directiveItem(Sentence item, Sentence leadIn, Extraction x) {
    Matcher m = DIRECTED_LIST.matcher(leadIn.text());
    if (!m.find()) {
      return;
    }
    Optional<Gazetteer.Mention> addressee =
        leadIn.mentions.stream()
            .filter(a -> a.start() >= m.start(1) && leadIn.isActor(a))
            .findFirst();
    List<Gazetteer.Mention> issuer =
        leadIn.actorsEndingAt(
            DIRECTED
                .matcher(leadIn.text())
                .results()
                .filter(r -> r.end() <= m.start(1))
                .reduce((a, b) -> b)
                .map(r -> r.start())
                .orElse(m.start()));
    String label = item.text().replaceAll("[.;]\\s*$", "");
    directive(
        item,
        x,
        label,
        issuer.isEmpty() ? Optional.ofNullable(x.lastPerson) : Optional.of(issuer.get(0).iri()),
        addressee.map(Gazetteer.Mention::iri),
        Optional.empty(),
        Rule.DIRECTIVE_LIST);
  }

  private static void directiveInline(Sentence s, Extraction x) {
    if (DIRECTED_LIST.matcher(s.text()).find()) {
      return;
    }
    Matcher m = DIRECTED.matcher(s.text());
    while (m.find()) {
      Optional<Gazetteer.Mention> addressee = s.actorsStartingAt(m.end()).stream().findFirst();
      if (addressee.isEmpty()) {
        continue;
      }
      String rest = s.text().substring(addressee.get().end());
      Matcher to = TO_INSTRUCTION.matcher(rest);
      if (!to.find() || (!m.group().contains("directed") && !x.gateReads(s))) {
        continue;
      }
      String label =
          rest.substring(to.end()).replaceAll("[“”\"]", "").replaceAll("[.;]\\s*$", "").trim();
      List<Gazetteer.Mention> issuer = s.actorsEndingAt(m.start());
      directive(
          s,
          x,
          label,
          issuer.stream().findFirst().map(Gazetteer.Mention::iri).or(() -> office(s, x, m.start())),
          Optional.of(addressee.get().iri()),
          s.timeIn(0, m.start()),
          Rule.DIRECTIVE_INLINE);
    }
  }

  /** The office named just before {@code pos} ("the Vice President tasked"), as an issuer. */
  private static Optional<String> office(Sentence s, Extraction x, int pos) {
    return s.mentions.stream()
        .filter(
            o ->
                s.text().substring(Math.min(o.end(), pos), pos).isBlank()
                    && o.end() <= pos
                    && x.known.isA(o.iri(), SPKG.Office))
        .map(Gazetteer.Mention::iri)
        .reduce((a, b) -> b);
  }

  /**
   * "At the direction of the Vice President during the September 2022 … meeting, NASA developed a …
   * document": a directive from the Vice President to NASA, labelled by the instruction ("Develop a
   * … document"), dated by the introductory phrase; and the event of NASA doing it, labelled with
   * the text's words, which fulfils the directive.
   */
  private static void atTheDirectionOf(Sentence s, Extraction x) {
    Matcher m = AT_DIRECTION.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Optional<Gazetteer.Mention> issuer = s.actorsStartingAt(m.end()).stream().findFirst();
    if (issuer.isEmpty()) {
      return;
    }
    int comma = s.text().indexOf(", ", issuer.get().end());
    if (comma < 0) {
      return;
    }
    List<Gazetteer.Mention> addressees = s.actorsStartingAt(comma + 2);
    if (addressees.isEmpty()
        || !s.text().substring(comma + 2, addressees.get(0).start()).matches("(?:the )?")) {
      return;
    }
    String what = s.text().substring(addressees.get(0).start()).replaceAll("[.;]\\s*$", "").trim();
    if (!what.substring(addressees.get(addressees.size() - 1).end() - addressees.get(0).start())
        .matches("(?s)\\s+\\p{Ll}.*")) {
      return; // the addressees are not followed by what they did
    }
    String done =
        what.substring(addressees.get(addressees.size() - 1).end() - addressees.get(0).start())
            .trim();
    String instruction = instruction(done);
    Optional<TimeExpressions.TimeValue> when = s.timeIn(m.start(), comma);
    for (Gazetteer.Mention addressee : addressees) {
      directive(
              s,
              x,
              instruction,
              Optional.of(issuer.get().iri()),
              Optional.of(addressee.iri()),
              when,
              Rule.DIRECTIVE_INLINE)
          .ifPresent(d -> fulfilment(s, x, what, d));
    }
  }

  /**
   * The event of doing what a directive asked, in the text's words (the date stays on the
   * directive, where the introductory phrase puts it).
   */
  private static void fulfilment(Sentence s, Extraction x, String what, Node directive) {
    Node e = x.out.local("event", "fulfilment-" + x.next("fulfilment"));
    x.out.type(e, SPKG.Event);
    x.out.label(e, what);
    x.out.add(e, SPKG.fulfils, directive);
    x.out.add(e, SPKG.announcedIn, x.out.document());
    x.out.fact(e, x.evidence(s, Rule.DIRECTIVE_INLINE));
  }

  /**
   * The instruction an outcome fulfils: "developed a plan for …" gives "Develop a plan for …" (the
   * first verb in its base form, by the regular spelling rules and a few irregular verbs).
   */
  static String instruction(String done) {
    int space = done.indexOf(' ');
    String verb = space < 0 ? done : done.substring(0, space);
    String rest = space < 0 ? "" : done.substring(space);
    String base = IRREGULAR.getOrDefault(verb, null);
    if (base == null) {
      if (verb.endsWith("ied")) {
        base = verb.substring(0, verb.length() - 3) + "y";
      } else if (verb.endsWith("ed")) {
        String stem = verb.substring(0, verb.length() - 2);
        int n = stem.length();
        if (n > 2
            && stem.charAt(n - 1) == stem.charAt(n - 2)
            && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
          base = stem.substring(0, n - 1); // planned
        } else if (E_FINAL.matcher(stem).find()) {
          base = stem + "e"; // released, created, issued
        } else {
          base = stem; // developed, launched
        }
      } else {
        base = verb;
      }
    }
    String out = base + rest;
    return Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  private static Optional<Node> directive(
      Sentence s,
      Extraction x,
      String label,
      Optional<String> issuer,
      Optional<String> addressee,
      Optional<TimeExpressions.TimeValue> date,
      Rule rule) {
    if (issuer.isEmpty() || addressee.isEmpty() || label.isBlank()) {
      return Optional.empty();
    }
    x.directed.add(s.unit.block().index() + " " + addressee.get());
    int n = ++x.directives;
    Node d = x.out.local("directive", Integer.toString(n));
    x.out.type(d, SPKG.Directive);
    x.out.label(d, Character.toUpperCase(label.charAt(0)) + label.substring(1));
    x.out.add(d, SPKG.issuer, FactWriter.uri(issuer.get()));
    x.out.add(d, SPKG.addressee, FactWriter.uri(addressee.get()));
    x.out.add(
        d, SPKG.commitmentKind, FactWriter.uri(EntityIris.entity("commitment-kind", "directive")));
    x.out.add(d, SPKG.announcedIn, x.out.document());
    x.out.integer(d, SPKG.position, n);
    date.filter(TimeExpressions.TimeValue::isPast).ifPresent(t -> x.out.date(d, SPKG.date, t));
    x.out.fact(d, x.evidence(s, rule));
    return Optional.of(d);
  }
}
