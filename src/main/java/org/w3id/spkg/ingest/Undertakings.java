package org.w3id.spkg.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.EntityIris;

/**
 * The undertaking a participation rule attaches to: the program, partnership or agreement a
 * sentence names as the object of its verb, or the initiative of the item it stands in when the
 * item's title names one.
 */
final class Undertakings {

  /** A place or means before a name: "in the QZSS", "on its satellites", "through its program". */
  private static final Pattern NOT_OBJECT =
      Pattern.compile(
          "(?:\\b(?:in|on|aboard|at|into|from|through|via|under|of|by|for)\\s+(?:(?:the|its|their|an?|his|her|our)\\s+)?)$");

  /** A comma or another verb between a verb and a name: the name is not its object. */
  private static final Pattern INTERVENING =
      Pattern.compile("[,;:]|\\b\\p{L}+(?:ing|ed)\\b|\\b(?:to|that|which|who)\\b");

  /** Where a clause ends: the object of the opening verb lies before it. */
  private static final Pattern CLAUSE_END =
      Pattern.compile(";|, (?:which|who|where|while|to|including|as)\\b");

  /** A title that describes an action ("Expanding …", "Promoting …"), or opens with a figure. */
  private static final Pattern ACTION_TITLE =
      Pattern.compile("^[^\\p{L}\\p{N}$]*(?:\\p{L}+ing\\b|[\\p{N}$])");

  /** A title naming a field of work ("U.S.-Japan Space Security Cooperation"), not a body. */
  private static final Pattern TOPIC_TITLE =
      Pattern.compile("\\b(?:Cooperation|Collaboration|Engagement|Diplomacy)\\W*$");

  /**
   * A title in sentence case ("Lunar exploration.", "Academic ties"): fact sheets head an item with
   * its topic that way, while the name of a program is capitalised word by word.
   */
  private static final Pattern SENTENCE_CASE_TITLE =
      Pattern.compile("^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Ll}+)+\\W*$");

  /**
   * A title that is an action on a named thing: "Coordinating via the U.S. Greenhouse Gas Center".
   */
  private static final Pattern ACTION_ON =
      Pattern.compile(
          "^\\p{Lu}\\p{L}+ing\\s+(?:via|through|with|on|under|in|to|for|within)\\s+(?:the\\s+)?");

  private Undertakings() {}

  /**
   * The program, partnership or agreement named first after {@code from} in the sentence's first
   * clause, when it is the object of the verb rather than a place or means ("in the …", "through
   * its …").
   */
  static Optional<String> objectAfter(Sentence s, int from) {
    java.util.regex.Matcher end = CLAUSE_END.matcher(s.text());
    int to = end.find(from) ? end.start() : s.text().length();
    Optional<Gazetteer.Mention> thing = s.firstThing(from, to);
    if (thing.isEmpty()) {
      return Optional.empty();
    }
    String before =
        s.text().substring(Math.max(from, thing.get().start() - 40), thing.get().start());
    if (NOT_OBJECT.matcher(before).find()
        // "a special \u201cSpace Week\u201d collection": not the week, what is named after it.
        || quotedHead(s.text(), thing.get().start(), thing.get().end())) {
      return Optional.empty();
    }
    return Optional.of(thing.get().iri());
  }

  /**
   * The program, partnership or agreement a verb ending at {@code from} takes as its object: named
   * within a few words, with no comma and no other verb between ("establish a new ground station
   * supporting NASA's Artemis program" has none).
   */
  static Optional<String> directObject(Sentence s, int from) {
    Optional<String> object = objectAfter(s, from);
    if (object.isEmpty()) {
      return object;
    }
    Optional<Gazetteer.Mention> thing = s.firstThing(from, s.text().length());
    String gap = s.text().substring(from, thing.get().start());
    return gap.length() > 60 || INTERVENING.matcher(gap).find() ? Optional.empty() : object;
  }

  /** The program, partnership or agreement named first after {@code from} in its clause. */
  static Optional<String> firstInClause(Sentence s, int from) {
    java.util.regex.Matcher end = CLAUSE_END.matcher(s.text());
    int to = end.find(from) ? end.start() : s.text().length();
    return s.firstThing(from, to).map(Gazetteer.Mention::iri);
  }

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

  /** Lowercase words that end an undertaking's name: "its Moon Colony Kit (MCK) project". */
  private static final java.util.Set<String> HEAD_NOUNS =
      java.util.Set.of(
          "program",
          "programme",
          "project",
          "series",
          "initiative",
          "challenge",
          "competition",
          "event",
          "conference",
          "summit",
          "workshop",
          "campaign",
          "collection",
          "course",
          "network",
          "hub",
          "fellowship",
          "academy",
          "award",
          "prize",
          "pilot",
          "platform");

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
    boolean quotedHead = quotedHead(text, start, end);
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
    if (head.lookingAt() && HEAD_NOUNS.contains(head.group(1))) {
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

  /**
   * A name in quotes with a head noun after its closing quote ("\u201cSpace Week\u201d
   * collection"): the head names what is called after the quoted name.
   */
  private static boolean quotedHead(String text, int start, int end) {
    if (start == 0 || "\"\u201c".indexOf(text.charAt(start - 1)) < 0) {
      return false;
    }
    java.util.regex.Matcher head = QUOTED_HEAD.matcher(text).region(end, text.length());
    return head.lookingAt() && HEAD_NOUNS.contains(head.group(1));
  }

  /** A closing quote, then a lowercase word. */
  private static final Pattern QUOTED_HEAD = Pattern.compile("[\"\u201d]\\s(\\p{Ll}+)\\b");

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

  /**
   * The program of the sentence's item when its title is an action on it and names nothing else
   * ("Coordinating via the U.S. Greenhouse Gas Center"): what the item's actors act in.
   */
  static Optional<String> actionTitleObject(Sentence s, Extraction x) {
    Optional<PlainText> title = s.unit.block().title();
    Optional<String> focus = x.focusOf(s);
    if (title.isEmpty() || focus.isEmpty()) {
      return Optional.empty();
    }
    String text = title.get().text().trim();
    java.util.regex.Matcher m = ACTION_ON.matcher(text);
    String label = x.labelOf(focus.get());
    if (!m.lookingAt() || label == null) {
      return Optional.empty();
    }
    // The rest of the title is the program's name ("Landsat" for the Landsat program).
    String rest = text.substring(m.end()).toLowerCase(java.util.Locale.ROOT);
    String name = label.toLowerCase(java.util.Locale.ROOT);
    return !rest.isEmpty() && (name.startsWith(rest) || rest.startsWith(name))
        ? focus
        : Optional.empty();
  }

  /** The initiative of the sentence's item, when its title names an undertaking. */
  static Optional<String> namedInitiative(Sentence s, Extraction x) {
    Optional<Node> initiative = x.initiativeOf(s);
    Optional<PlainText> title = s.unit.block().title();
    if (initiative.isEmpty()
        || title.isEmpty()
        || ACTION_TITLE.matcher(title.get().text()).lookingAt()
        || TOPIC_TITLE.matcher(title.get().text()).find()
        || SENTENCE_CASE_TITLE.matcher(title.get().text().strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(initiative.get().getURI());
  }
}
