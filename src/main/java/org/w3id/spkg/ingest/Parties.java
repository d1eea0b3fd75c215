package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * The parties of a joint document, and the words that stand for them: a joint statement's or
 * declaration's parties are the nations its title names ("Joint Statement from the United States
 * and India"); "we", "the two leaders", "our two nations", "both countries" in its text are they.
 */
final class Parties {

  private static final Pattern JOINT =
      Pattern.compile("(?i)\\bjoint\\b|\\bdeclaration\\b|\\bcommuniqu[eé]\\b");

  /** A phrase for the parties, ending where the verb begins. */
  private static final Pattern PARTY_PHRASE =
      Pattern.compile(
          "(?:^|[\\s,;(])(?:[Ww]e|[Tt]he (?:two )?[Ll]eaders|[Oo]ur (?:two )?(?:nations|countries|governments)"
              + "|[Bb]oth (?:countries|nations|governments|sides)|[Tt]he two (?:countries|nations|governments|sides))"
              + "(?:\\s+(?:also|jointly|together|today|now|will|are|have|plan to|intend to))*\\s*$");

  private Parties() {}

  /** The nations a joint document's title names, when it names two or more. */
  static List<String> of(String title, MentionFinder mentions, KnownEntities known) {
    String text = title.replace("\\_", " ").replace('\u00a0', ' ');
    if (!JOINT.matcher(text).find()) {
      return List.of();
    }
    List<String> parties = new ArrayList<>();
    for (Gazetteer.Mention m : mentions.find(text, null, List.of())) {
      if (known.isA(m.iri(), SPKG.Country) && !parties.contains(m.iri())) {
        parties.add(m.iri());
      }
    }
    return parties.size() >= 2 ? List.copyOf(parties) : List.of();
  }

  /**
   * The document's parties when the words just before {@code pos} stand for them ("we", "the two
   * leaders", "our two nations" and their auxiliaries), else none.
   */
  static List<String> before(Sentence s, Extraction x, int pos) {
    if (x.parties.isEmpty()) {
      return List.of();
    }
    int from = Math.max(0, pos - 60);
    Matcher m = PARTY_PHRASE.matcher(s.text().substring(from, pos));
    return m.find() ? x.parties : List.of();
  }
}
