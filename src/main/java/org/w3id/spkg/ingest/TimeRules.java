package org.w3id.spkg.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Dated plans and past actions:
 *
 * <ul>
 *   <li>{@code planned-milestone}: a sentence with a time expression after the document date ("will
 *       collect its first photon in 2024", "as soon as next year") gives a milestone of the thing
 *       it is about, labelled with the clause;
 *   <li>{@code past-action}: "X approved / released / announced P in June 2023" gives an event
 *       dated in the past.
 * </ul>
 */
final class TimeRules {

  private static final Pattern PAST =
      Pattern.compile(
          "\\b(approved|adopted|announced|signed|issued|released|launched|established|published|unveiled)\\b");
  private static final Pattern PLANNED =
      Pattern.compile(
          "\\b(?:will|plans?|planned|scheduled|expected|aims?|intends?|is to|are to)\\b");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");

  private TimeRules() {}

  static void apply(Sentence s, Extraction x) {
    if (s.unit.isTitle()) {
      return;
    }
    boolean planned = PLANNED.matcher(s.text()).find();
    for (TimeExpressions.TimeValue t : s.times) {
      boolean future = t.future() == null ? planned : t.isFuture();
      if (future && !t.qualifier().equals("during")) {
        milestone(s, x, t);
      } else if (!future) {
        pastAction(s, x, t);
      }
    }
  }

  private static void milestone(Sentence s, Extraction x, TimeExpressions.TimeValue t) {
    int start = clauseStart(s, t.start());
    String label = PARENTHESES.matcher(s.text().substring(start, t.end())).replaceAll("").trim();
    label =
        label.replaceAll("^(?:and|but|while|where|which|that)\\s+", "").replaceAll("^[,;\\s]+", "");
    if (label.length() < 8) {
      return;
    }
    Optional<String> of =
        s.lastThingBefore(t.start())
            .map(Gazetteer.Mention::iri)
            .or(() -> x.focusOf(s))
            .or(() -> x.initiativeOf(s).map(Node::getURI));
    Node m = x.out.local("milestone", Integer.toString(x.next("milestone")));
    x.out.type(m, SPKG.Milestone);
    x.out.label(m, Character.toUpperCase(label.charAt(0)) + label.substring(1));
    x.out.date(m, SPKG.plannedFor, t);
    of.ifPresent(o -> x.out.add(m, SPKG.milestoneOf, FactWriter.uri(o)));
    x.initiativeOf(s)
        .filter(i -> of.map(o -> !o.equals(i.getURI())).orElse(true))
        .ifPresent(i -> x.out.add(m, SPKG.concerns, i));
    x.out.fact(m, x.evidence(s, Rule.PLANNED_MILESTONE));
  }

  /** Where the clause holding a position starts: after the last ", and", ";" or sentence start. */
  private static int clauseStart(Sentence s, int at) {
    String before = s.text().substring(0, at);
    int cut = Math.max(before.lastIndexOf("; "), before.lastIndexOf(", and "));
    int where = before.lastIndexOf(", where ");
    cut = Math.max(cut, where >= 0 ? where + 1 : -1);
    int that = before.lastIndexOf(" that, ");
    cut = Math.max(cut, that >= 0 ? that + 5 : -1);
    return cut < 0 ? 0 : cut + 1;
  }

  private static void pastAction(Sentence s, Extraction x, TimeExpressions.TimeValue t) {
    Matcher m = PAST.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Optional<Gazetteer.Mention> what =
        s.firstThing(m.end(), s.text().length()).or(() -> s.lastThingBefore(m.start()));
    if (what.isEmpty()) {
      return;
    }
    Node e = x.out.local("event", Integer.toString(x.next("event")));
    x.out.type(e, SPKG.Event);
    x.out.label(e, m.group(1) + " " + x.known.label(what.get().iri()));
    x.out.date(e, SPKG.date, t);
    x.out.add(e, SPKG.concerns, FactWriter.uri(what.get().iri()));
    s.actorsEndingAt(m.start())
        .forEach(a -> x.out.add(e, SPKG.participant, FactWriter.uri(a.iri())));
    x.out.fact(e, x.evidence(s, Rule.PAST_ACTION));
  }
}
