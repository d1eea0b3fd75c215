package org.w3id.spkg.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Dated plans and past actions:
 *
 * <ul>
 *   <li>{@code planned-milestone}: a sentence with a time expression after the document date ("will
 *       collect its first photon in 2024", "as soon as next year") gives a milestone of the thing
 *       it is about, labelled with the clause;
 *   <li>{@code past-action}: "X approved / released / announced P in June 2023" gives an event
 *       dated in the past;
 *   <li>{@code past-event}: any other time expression before the document's date in a sentence
 *       about space ("In 2019, A became the first …", "the 1967 Outer Space Treaty") gives an event
 *       labelled with its clause; "today" does only with a verb of doing ("Today, the President
 *       signed …"), not in "today, scientists rely on …".
 * </ul>
 *
 * Each date says what it is of the thing it dates ({@link #kind}): its start, end, deadline, launch
 * window, a scheduled happening or a past event. Only sentences about space are read.
 */
final class TimeRules {

  private static final Pattern PAST =
      Pattern.compile(
          "\\b(approved|adopted|announced|signed|issued|released|launched|established|published|unveiled)\\b");
  private static final Pattern PLANNED =
      Pattern.compile(
          "\\b(?:will|plans?|planned|scheduled|expected|aims?|intends?|is to|are to)\\b");

  /** A verb of doing that makes "today" the date of a happening. */
  private static final Pattern DONE_TODAY =
      Pattern.compile(
          "\\b(?:signed|signs|issued|issues|released|releases|hosted"
              + "|hosts|convened|convenes|convening|launched|launches|unveiled|unveils|met|meets"
              + "|approved|approves|established|directed|directs|took|takes|held|holds|welcomed"
              + "|marks|marked|joined|joins|led|leads|chaired|co-chaired|chairs|opened|opens"
              + "|adopted|adopts|launch|sign|release|issue|convene|host|will announce)\\b");

  /** "Today, X led the inaugural meeting of …": the occasion a document reports. */
  private static final Pattern OCCASION =
      Pattern.compile(
          "Today,\\s[^.;]{0,200}?\\s(?:led|chaired|co-chaired|convened|hosted|held)\\s+the\\s+"
              + "(?:inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|\\d+(?:st|nd|rd|th)|annual|biannual|ministerial|leaders’?'?)\\s+(?:\\S+\\s+){0,2}?"
              + "(?:meeting|dialogue|summit|session)\\b");

  private static final Pattern DEED_BEFORE =
      Pattern.compile("(?:^|\\s)((?-i:[A-Z])\\S*|we|I|they|he|she|who)\\s+(\\S+)\\s*$");

  /** Words that say on which side of the document's date a relative expression lies. */
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:earlier|later|last|next)\\b");

  private static final Pattern WILL = Pattern.compile("\\bwill\\b");

  private static final Pattern LAUNCH = Pattern.compile("\\blaunch(?:es|ed|ing)?\\b");

  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");

  private TimeRules() {}

  static void apply(Sentence s, Extraction x) {
    if (s.unit.isTitle()) {
      return;
    }
    if (!x.aboutSpace(s) && !occasion(s, x)) {
      return;
    }
    boolean planned = PLANNED.matcher(s.text()).find();
    for (TimeExpressions.TimeValue t : s.times) {
      if (x.out.isDated(t)) {
        continue; // another rule dated its fact with it
      }
      boolean today = t.text().equalsIgnoreCase("today");
      // "today, farmers rely on satellites": a state of affairs, not a happening; "today, X
      // announced …": the document's own announcement, an event only of a thing it names
      boolean deed = !today || doneToday(s.text(), t);
      boolean future;
      if (today) {
        future = WILL.matcher(s.text()).find();
      } else if (t.future() == null
          || (holdsDocumentDate(x, t) && !RELATIVE.matcher(t.text()).find())) {
        // "in 2023" in a document of June 2023: planned or done, as the sentence says
        future = planned || t.qualifier().equals("no-later-than");
      } else {
        future = t.isFuture();
      }
      if (future) {
        if (deed) {
          milestone(s, x, t);
        }
      } else if (!pastAction(s, x, t) && deed) {
        pastEvent(s, x, t);
      }
    }
  }

  /**
   * Whether a sentence states the occasion of a document about space in part, in its opening
   * paragraph: "Today, the two advisors chaired the second meeting of the Initiative …" (the
   * meeting whose outcomes, space among them, the document reports).
   */
  private static boolean occasion(Sentence s, Extraction x) {
    return s.unit.isFirstOfBody()
        && s.unit.block().index() <= 2
        && x.relevance.readsAny(x.topic)
        && OCCASION.matcher(s.text()).lookingAt();
  }

  /** Whether the year or month a time expression names holds the document's own date. */
  private static boolean holdsDocumentDate(Extraction x, TimeExpressions.TimeValue t) {
    return x.doc
        .date()
        .map(
            d ->
                switch (t.precision()) {
                  case YEAR -> t.lexical().equals(Integer.toString(d.getYear()));
                  case MONTH -> t.lexical().equals(java.time.YearMonth.from(d).toString());
                  default -> false;
                })
        .orElse(false);
  }

  /**
   * Whether "today" dates a deed: a verb of doing in its clause after it ("Today, the President
   * signed", "today met with") or right before it after its subject ("Macron met today", "we signed
   * today"); not "the focus of today" nor "the commitment announced today".
   */
  static boolean doneToday(String text, TimeExpressions.TimeValue t) {
    String before = text.substring(0, t.start());
    if (before.matches("(?s).*\\b(?:of|until|to|since|from)\\s*$")) {
      return false;
    }
    int end = text.indexOf(';', t.end());
    String after = text.substring(t.end(), end < 0 ? text.length() : end);
    if (DONE_TODAY.matcher(after).find()) {
      return true;
    }
    // "Harris and Macron met today", "we signed today"; not "the commitment announced today", a
    // reference to the deed of another sentence
    Matcher last = DEED_BEFORE.matcher(before);
    return last.find() && DONE_TODAY.matcher(last.group(2)).matches();
  }

  /** What a date is of the thing it dates: the key of its concept in the date kinds scheme. */
  static String kind(String text, TimeExpressions.TimeValue t, boolean future) {
    if (!future) {
      return "past-event";
    }
    String before = text.substring(Math.max(0, t.start() - 12), t.start()).toLowerCase();
    String words = t.text().toLowerCase();
    String clause = text.substring(clauseStartOf(text, t.start()), t.start());
    if (words.matches("(?:through|until|into) .*")
        || before.matches(".*\\b(?:through|until|into)\\s*$")
        || TimeExpressions.END_OF_SERVICE.matcher(clause).find()) {
      return "end";
    }
    if (t.qualifier().equals("no-later-than")) {
      return "deadline";
    }
    if (words.matches("(?:starting|beginning|from|since) .*")
        || before.matches(".*\\b(?:starting|beginning|begins?|start)\\s*(?:in\\s*)?$")) {
      return "start";
    }
    return LAUNCH.matcher(text.substring(clauseStartOf(text, t.start()), t.end())).find()
        ? "launch-window"
        : "scheduled";
  }

  private static void dated(
      Sentence s,
      Extraction x,
      Node n,
      org.apache.jena.rdf.model.Property p,
      TimeExpressions.TimeValue t,
      boolean future) {
    x.out.date(n, p, t);
    x.out.add(
        n,
        SPKG.dateKind,
        FactWriter.uri(EntityIris.entity("date-kind", kind(s.text(), t, future))));
  }

  /** A past happening without a verb the past-action rule knows: labelled with its clause. */
  private static void pastEvent(Sentence s, Extraction x, TimeExpressions.TimeValue t) {
    String label = clause(s, t);
    if (label.length() < 8) {
      return;
    }
    Node e = x.out.local("event", Integer.toString(x.next("event")));
    x.out.type(e, SPKG.Event);
    x.out.label(e, label);
    dated(s, x, e, SPKG.date, t, false);
    s.firstThing(0, s.text().length())
        .ifPresent(w -> x.out.add(e, SPKG.concerns, FactWriter.uri(w.iri())));
    x.out.fact(e, x.evidence(s, Rule.PAST_EVENT));
  }

  /** The clause holding a time expression, from its start to the sentence's end. */
  private static String clause(Sentence s, TimeExpressions.TimeValue t) {
    int start = clauseStart(s, t.start());
    String label = PARENTHESES.matcher(s.text().substring(start)).replaceAll("").trim();
    label =
        label
            .replaceAll("^(?:and|but|while|where|which|that)\\s+", "")
            .replaceAll("^[,;\\s]+", "")
            .replaceAll("[.;:]+$", "");
    if (label.length() > 160) {
      int cut = label.lastIndexOf(' ', 160);
      label = label.substring(0, cut < 0 ? 160 : cut) + " …";
    }
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static void milestone(Sentence s, Extraction x, TimeExpressions.TimeValue t) {
    int start = clauseStart(s, t.start());
    String label = PARENTHESES.matcher(s.text().substring(start, t.end())).replaceAll("").trim();
    label =
        label.replaceAll("^(?:and|but|while|where|which|that)\\s+", "").replaceAll("^[,;\\s]+", "");
    if (label.length() - t.text().length() < 8) {
      // "In May, the Lab will release …": the clause follows its date
      label = clause(s, t);
    }
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
    dated(s, x, m, SPKG.plannedFor, t, true);
    of.ifPresent(o -> x.out.add(m, SPKG.milestoneOf, FactWriter.uri(o)));
    x.initiativeOf(s)
        .filter(i -> of.map(o -> !o.equals(i.getURI())).orElse(true))
        .ifPresent(i -> x.out.add(m, SPKG.concerns, i));
    x.out.fact(m, x.evidence(s, Rule.PLANNED_MILESTONE));
  }

  /** Where the clause holding a position starts: after the last ", and", ";" or sentence start. */
  private static int clauseStart(Sentence s, int at) {
    return clauseStartOf(s.text(), at);
  }

  private static int clauseStartOf(String text, int at) {
    String before = text.substring(0, at);
    int cut = Math.max(before.lastIndexOf("; "), before.lastIndexOf(", and "));
    int where = before.lastIndexOf(", where ");
    cut = Math.max(cut, where >= 0 ? where + 1 : -1);
    int that = before.lastIndexOf(" that, ");
    cut = Math.max(cut, that >= 0 ? that + 5 : -1);
    return cut < 0 ? 0 : cut + 1;
  }

  private static boolean pastAction(Sentence s, Extraction x, TimeExpressions.TimeValue t) {
    Matcher m = PAST.matcher(s.text());
    if (!m.find()) {
      return false;
    }
    Optional<Gazetteer.Mention> what =
        s.firstThing(m.end(), s.text().length()).or(() -> s.lastThingBefore(m.start()));
    if (what.isEmpty()) {
      return false;
    }
    Node e = x.out.local("event", Integer.toString(x.next("event")));
    x.out.type(e, SPKG.Event);
    x.out.label(e, m.group(1) + " " + x.known.label(what.get().iri()));
    dated(s, x, e, SPKG.date, t, false);
    x.out.add(e, SPKG.concerns, FactWriter.uri(what.get().iri()));
    s.actorsEndingAt(m.start())
        .forEach(a -> x.out.add(e, SPKG.participant, FactWriter.uri(a.iri())));
    x.out.fact(e, x.evidence(s, Rule.PAST_ACTION));
    return true;
  }
}
