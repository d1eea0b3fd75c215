package org.w3id.spkg.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * The parties of a document, and the words that stand for them: the United States and the nations
 * and international organizations its title names ("Joint Statement from the United States and
 * India"). In a joint document (statement, declaration, communiqué) of two or more parties, "we",
 * "the two leaders", "our two nations", "both countries" are they; commitment rules read them for
 * "we" in any document (a U.S. fact sheet's "we" is the United States).
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

  private static final String UNITED_STATES = EntityIris.entity("nation", "US");

  /**
   * The document's parties: the United States, whose White House publishes it, and the nations and
   * international organizations its title names.
   */
  static List<String> of(String title, KnownEntities known) {
    String text = title.replace("\\_", " ").replace('\u00a0', ' ');
    Set<String> found = new LinkedHashSet<>();
    found.add(UNITED_STATES);
    for (Gazetteer.Mention m : known.gazetteer().find(text)) {
      if (m.form() != Gazetteer.Form.ADJECTIVE
          && (known.isA(m.iri(), SPKG.Country)
              || known.isA(m.iri(), SPKG.InternationalOrganization))) {
        found.add(m.iri());
      }
    }
    return List.copyOf(found);
  }

  /** Whether the document is joint (a joint statement, declaration or communiqué). */
  static boolean joint(String title) {
    return JOINT.matcher(title).find();
  }

  /**
   * The document's parties when the words just before {@code pos} stand for them ("we", "the two
   * leaders", "our two nations" and their auxiliaries), else none.
   */
  static List<String> before(Sentence s, String title, List<String> parties, int pos) {
    if (!joint(title) || parties.size() < 2) {
      return List.of();
    }
    int from = Math.max(0, pos - 60);
    Matcher m = PARTY_PHRASE.matcher(s.text().substring(from, pos));
    return m.find() ? parties : List.of();
  }
}
