package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * People's names as the genre writes them after a title: "Joseph R. Biden Jr.", "Kamala Harris",
 * "Mohamed bin Zayed Al Nahyan"; their surname and the shorter forms a text refers to them by; and
 * the nation a title's context gives them ("Prime Minister Kishida of Japan", "the Indian Prime
 * Minister", "Sheikh Mohamed, President of the United Arab Emirates").
 */
final class PersonNames {

  /**
   * A name after a title, as group 1: up to four given names, initials or Arabic connectors, then a
   * surname, and an optional "Jr.".
   */
  static final String NAME =
      "((?:(?:(?!Jr\\b)\\p{Lu}\\p{Ll}+|\\p{Lu}\\.|bin|bint|ibn) ){0,4}(?!Jr\\b)\\p{Lu}\\p{Ll}+"
          + "(?:,? Jr\\.)?)(?![\\p{L}-])";

  /**
   * Titles the genre puts before the names of foreign leaders and officials (and the courtesy title
   * "Dr." before an adviser's name), held by no office of the reference data: who holds them, and
   * for which nation, comes from the text.
   */
  static final List<String> TITLES =
      List.of(
          "Prime Minister",
          "Foreign Minister",
          "Minister",
          "Chancellor",
          "Premier",
          "Crown Prince",
          "King",
          "Queen",
          "Emir",
          "Sheikh",
          "Ambassador",
          "Colonel",
          "Admiral",
          "Senator",
          "Governor",
          "Dr.");

  private static final Set<String> CONNECTORS = Set.of("bin", "bint", "ibn");
  private static final Pattern OF_NATION = Pattern.compile("^,? (?:of|from) ");
  private static final Pattern APPOSITIVE_TITLE =
      Pattern.compile("^, (?:the )?(?:\\p{Lu}\\p{Ll}+ ){1,3}of ");

  private PersonNames() {}

  /** The surname: the last word, "Jr." left out. */
  static String surname(String name) {
    String n = name.replaceFirst(",? Jr\\.$", "");
    return n.substring(n.lastIndexOf(' ') + 1);
  }

  /**
   * The shorter forms a text refers to a person by: the surname, and for a name with "bin" the
   * given name and the name up to the father's ("Mohamed", "Mohamed bin Zayed").
   */
  static List<String> shortForms(String name) {
    List<String> forms = new ArrayList<>();
    String[] words = name.replaceFirst(",? Jr\\.$", "").split(" ");
    for (int i = 1; i + 1 < words.length; i++) {
      if (CONNECTORS.contains(words[i])) {
        forms.add(words[0]);
        forms.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 2)));
        return forms;
      }
    }
    forms.add(surname(name));
    return forms;
  }

  /** Whether every word of {@code shorter} is a word of {@code name}: the same person, shorter. */
  static boolean isPartOf(String shorter, String name) {
    List<String> words = List.of(name.replaceFirst(",? Jr\\.$", "").split(" "));
    for (String w : shorter.replaceFirst(",? Jr\\.$", "").split(" ")) {
      if (!words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nation the context of a title and name gives: "of Japan" after the name, a nation's
   * adjective or name just before the title ("Japanese Prime Minister", "India's Prime Minister"),
   * or an appositive title of a nation after the name (", President of the United Arab Emirates").
   *
   * @param text the sentence
   * @param titleStart where the title starts
   * @param nameEnd where the name ends
   */
  static Optional<String> nationOf(
      String text, int titleStart, int nameEnd, Gazetteer known, KnownEntities entities) {
    String after = text.substring(nameEnd);
    Matcher of = OF_NATION.matcher(after);
    Matcher appositive = APPOSITIVE_TITLE.matcher(after);
    int from = of.lookingAt() ? of.end() : appositive.lookingAt() ? appositive.end() : -1;
    if (from >= 0) {
      Optional<String> nation =
          firstNation(after.substring(from, Math.min(after.length(), from + 60)), known, entities);
      if (nation.isPresent()) {
        return nation;
      }
    }
    String before = text.substring(Math.max(0, titleStart - 60), titleStart);
    List<Gazetteer.Mention> mentions = known.find(before);
    if (!mentions.isEmpty()) {
      Gazetteer.Mention last = mentions.get(mentions.size() - 1);
      String gap = before.substring(last.end());
      if (gap.matches("(?:['’]s)? ") && entities.isA(last.iri(), SPKG.Country)) {
        return Optional.of(last.iri());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstNation(
      String text, Gazetteer known, KnownEntities entities) {
    String t = text.startsWith("the ") ? text.substring(4) : text;
    int offset = text.length() - t.length();
    return known.find(text).stream()
        .filter(m -> m.start() <= offset && entities.isA(m.iri(), SPKG.Country))
        .map(Gazetteer.Mention::iri)
        .findFirst();
  }
}
