package org.w3id.spkg.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.EntityIris;

/**
 * {@code named-undertaking}: the undertaking a sentence names as its object when no known node
 * names it ("is launching Space Days to …", "will host the Orbital Futures Summit"), or describes
 * in plain words as an event a host verb takes ("is hosting a free national teacher development
 * event"): a node of the document for it. Part of {@link Undertakings}.
 */
final class NamedUndertakings {

  private NamedUndertakings() {}

  /**
   * A node of the document for an undertaking its text names in plain words ("astronaut training",
   * "a new coalition of space companies"), of {@code type} and labelled with the words, the same
   * for the same words; a body ({@code mentioned}) is one of the document's entities too.
   */
  static String unnamed(
      Extraction x, Sentence s, String label, Resource type, Rule rule, boolean mentioned) {
    String iri = EntityIris.inDocument("undertaking", x.doc.key(), EntityIris.slug(label));
    Node n = FactWriter.uri(iri);
    if (!x.known.isKnown(iri)) {
      x.out.type(n, type);
      x.out.label(n, label);
      x.out.add(n, org.w3id.spkg.vocab.SPKG.evidence, x.evidence(s, rule));
      x.known.declare(iri, type.getURI(), label, null);
    }
    if (mentioned) {
      x.mentioned.add(iri);
    }
    return iri;
  }

  /** Before a name a verb takes: articles, owners, "new", "annual", a year, an opening quote. */
  private static final Pattern NAME_LEAD =
      Pattern.compile(
          "\\s*+(?:(?:the|its|their|his|her|our|a|an|new|special|first|first-ever|annual|biannual|biennial|monthly|weekly|flagship|inaugural|\\d{4})\\s++)*+[\"\u201c*]?");

  /** A word of a name: capitalised, or a digit-led part ("Space Grant 2030"). */
  private static final Pattern NAME_WORD =
      Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'\u2019-]*+");

  /** Small words inside a name: "Club for the Future", "Hour of Code". */
  private static final java.util.Set<String> NAME_JOINERS =
      java.util.Set.of("of", "for", "the", "and", "to", "in", "on", "&");

  /** Heads of an event's name: what is held, not run. */
  private static final Pattern EVENT_HEAD =
      Pattern.compile(
          "(?i)\\b(?:event|conference|summit|workshop|days?|week|forum|symposium|expo|festival)$");

  /** Words that make a name a body or a place, or a date, not an undertaking. */
  private static final java.util.Set<String> NOT_UNDERTAKING =
      java.util.Set.of(
          "Department",
          "Agency",
          "Administration",
          "Office",
          "University",
          "College",
          "Institute",
          "Foundation",
          "Corporation",
          "Company",
          "Inc",
          "Inc.",
          "LLC",
          "Association",
          "Organisation",
          "Organization",
          "Society",
          "Council",
          "Commission",
          "Committee",
          "Secretary",
          "President",
          "Director",
          "City",
          "County",
          "State",
          "States",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Prime",
          "Minister",
          "Chancellor",
          "Taoiseach",
          "King",
          "Queen",
          "Prince",
          "Princess",
          "Emperor",
          "Premier",
          "Governor",
          "Senator",
          "Speaker",
          "Representative",
          "Ambassador",
          "Administrator",
          "Chairman",
          "Chair",
          "Advisor",
          "Leaders",
          "Sultan",
          "Sheikh",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "General",
          "Admiral",
          "Force",
          "Congressional",
          "Law",
          "Act",
          "Section",
          "Bipartisan",
          "Rescue",
          "Asia",
          "Africa",
          "Europe",
          "America",
          "Region");

  /**
   * {@code named-undertaking}: the program or event a role verb ending at {@code from} takes as its
   * object when no known node names it ("is launching Space Days to …", "will kick off its Moon
   * Colony Kit (MCK) project", "will host the Orbital Futures Summit"): two or more capitalised
   * words (small words such as "of" inside), or one and a head noun ("project", "series",
   * "challenge"), with no known name among them; a node of the document for it, an event when its
   * head says it is held.
   */
  static Optional<String> namedObject(Extraction x, Sentence s, int from) {
    String text = s.text();
    java.util.regex.Matcher lead = NAME_LEAD.matcher(text).region(from, text.length());
    if (!lead.lookingAt()) {
      return Optional.empty();
    }
    int start = lead.end();
    java.util.List<String> words = new java.util.ArrayList<>();
    int end = start;
    int at = start;
    int capitals = 0;
    java.util.regex.Matcher word = NAME_WORD.matcher(text);
    while (at < text.length() && words.size() < 10) {
      int j = at;
      while (j < text.length()
          && (Character.isLetterOrDigit(text.charAt(j))
              || "&.'\u2019-".indexOf(text.charAt(j)) >= 0)) {
        j++;
      }
      String w = text.substring(at, j);
      while (w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
        j--;
      }
      if (w.isEmpty()) {
        break;
      }
      if (word.region(at, j).matches()) {
        int here = at;
        if (capitals > 0
            && NAME_JOINERS.contains(words.get(words.size() - 1))
            && s.mentions.stream().anyMatch(m -> m.start() == here && !s.isThing(m))) {
          break; // "… Course in Houston": a place or an actor after a small word ends the name
        }
        if (NOT_UNDERTAKING.contains(w)) {
          // A date after the name ("the Orbit Summit in May") ends it; a body's word rejects it.
          if (capitals > 0 && NAME_JOINERS.contains(words.get(words.size() - 1))) {
            break;
          }
          return Optional.empty();
        }
        words.add(w);
        capitals++;
        end = j;
      } else if (!(NAME_JOINERS.contains(w) && capitals > 0)) {
        break;
      } else {
        words.add(w);
      }
      if (j >= text.length() || text.charAt(j) != ' ') {
        break;
      }
      at = j + 1;
    }
    while (!words.isEmpty() && NAME_JOINERS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (capitals == 0) {
      return Optional.empty();
    }
    String name = text.substring(start, end);
    // "a special \u201cSpace Week\u201d collection": a thing named after the quoted name, not it.
    boolean quotedHead = Undertakings.quotedHead(text, start, end);
    // A known name inside: the rules that read known nodes have it, or it is an actor or place.
    // A node found for the whole name that is no actor or place (an event "Summit") is it.
    for (Gazetteer.Mention m : s.mentions) {
      if (!quotedHead && m.start() < end && m.end() > start) {
        boolean itself =
            m.start() == start
                && m.end() == end
                && m.form() != Gazetteer.Form.ADJECTIVE
                && (x.known.isA(m.iri(), org.w3id.spkg.vocab.SPKG.Event)
                    || x.known.isA(m.iri(), org.w3id.spkg.vocab.SPKG.Program));
        return itself ? Optional.of(m.iri()) : Optional.empty();
      }
    }
    // Past its acronym ("(MCK)") and a closing quote, a head noun may end the name.
    int after = end;
    java.util.regex.Matcher acr = ACRONYM_AFTER.matcher(text).region(after, text.length());
    if (acr.lookingAt()) {
      after = acr.end();
    }
    java.util.regex.Matcher head = HEAD_AFTER.matcher(text).region(after, text.length());
    String label = name;
    if (head.lookingAt() && Undertakings.HEAD_NOUNS.contains(head.group(1))) {
      label = name + " " + head.group(1);
      after = head.end();
    } else if (capitals < 2 && !COINED.matcher(name).matches()) {
      return Optional.empty();
    }
    if (after < text.length()
        && !FOLLOWS_NAME.matcher(text).region(after, text.length()).lookingAt()) {
      return Optional.empty();
    }
    Resource type =
        EVENT_HEAD.matcher(label).find()
            ? org.w3id.spkg.vocab.SPKG.Event
            : org.w3id.spkg.vocab.SPKG.Program;
    String iri = unnamed(x, s, label, type, Rule.NAMED_UNDERTAKING, false);
    x.named.putIfAbsent(s.unit.block().index(), iri);
    return Optional.of(iri);
  }

  /**
   * An event a host verb takes as object, described in lower-case words: "a free national teacher
   * development event", "a two-day space careers fair" (evaluative and scheduling words before it
   * left out of its label, one to four words before its head).
   */
  private static final Pattern DESCRIBED_EVENT =
      Pattern.compile(
          "\\s*+(?:a|an)\\s++(?:(?:free|new|special|virtual|annual|first|inaugural|historic|major|two-day"
              + "|one-day|three-day|week-long)\\s++)*+"
              + "((?:[\\p{Ll}-]++\\s++){1,4}?(?:event|conference|workshop|webinar|symposium|forum"
              + "|summit|fair|festival|hackathon|bootcamp|competition|expo|showcase|camp))\\b"
              // the head ends the phrase: "a secure conference call" is no conference
              + "(?=\\s*+(?:[,.;:)]|$)|\\s++(?:on|for|to|with|in|at|of|that|which|where|during|this"
              + "|next|and|featuring|focused|aimed)\\b)");

  /**
   * {@code named-undertaking}, for events named in plain words: the event a host verb ending at
   * {@code from} takes as its object ("is hosting a free national teacher development event"), a
   * node labelled with the words that describe it.
   */
  static Optional<String> describedEvent(Extraction x, Sentence s, int from) {
    java.util.regex.Matcher m = DESCRIBED_EVENT.matcher(s.text()).region(from, s.text().length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String label = m.group(1);
    return Optional.of(
        unnamed(x, s, label, org.w3id.spkg.vocab.SPKG.Event, Rule.NAMED_UNDERTAKING, false));
  }

  /** One coined word: letters with a digit or an inner capital ("Space4All", "OrbitLink"). */
  private static final Pattern COINED =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{N}+\\p{L}*|\\p{Lu}\\p{Ll}+\\p{L}*)");

  /** An acronym in parentheses, after a closing quote or asterisk. */
  private static final Pattern ACRONYM_AFTER =
      Pattern.compile("[\"\u201d*]?\\s*\\([\\p{Lu}\\p{N}&-]{2,12}\\)");

  /** A lowercase head noun after a name. */
  private static final Pattern HEAD_AFTER = Pattern.compile("[\"\u201d*]?\\s(\\p{Ll}+)\\b");

  /** What may follow a name: the end of a phrase or a lowercase word. */
  private static final Pattern FOLLOWS_NAME =
      Pattern.compile("[\"\u201d*]?(?:[,.;:)]|\\s+\\p{Ll}|\\s*$)");
}
