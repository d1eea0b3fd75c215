package org.w3id.spkg.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * The undertaking a participation rule attaches to: the program, partnership or agreement a
 * sentence names as the object of its verb, or the initiative of the item it stands in when the
 * item's title names one. A name no known node has is {@link NamedUndertakings}'s.
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

  /** Lowercase words that end an undertaking's name: "its Moon Colony Kit (MCK) project". */
  static final java.util.Set<String> HEAD_NOUNS =
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

  /**
   * A name in quotes with a head noun after its closing quote ("\u201cSpace Week\u201d
   * collection"): the head names what is called after the quoted name.
   */
  static boolean quotedHead(String text, int start, int end) {
    if (start == 0 || "\"\u201c".indexOf(text.charAt(start - 1)) < 0) {
      return false;
    }
    java.util.regex.Matcher head = QUOTED_HEAD.matcher(text).region(end, text.length());
    return head.lookingAt() && HEAD_NOUNS.contains(head.group(1));
  }

  /** A closing quote, then a lowercase word. */
  private static final Pattern QUOTED_HEAD = Pattern.compile("[\"\u201d]\\s(\\p{Ll}+)\\b");

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
