package org.w3id.spkg.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches an expected answer of a competency question against a value the graph returned: equal
 * ignoring case and punctuation, or — for answers of three or more content words, which the
 * questions match "on their text, not on exact wording" — sharing at least 60% of the expected
 * answer's content words (crudely stemmed: "selection" matches "select").
 */
final class AnswerMatcher {

  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "on", "in", "to", "for", "and", "at", "by", "its", "our", "with",
          "from", "will", "is", "be");

  private AnswerMatcher() {}

  static boolean matches(String expected, String actual) {
    String e = normalise(expected);
    String a = normalise(actual);
    if (e.equals(a)) {
      return true;
    }
    Set<String> want = contentWords(e);
    if (want.size() < 3) {
      return false;
    }
    Set<String> have = contentWords(a);
    long shared = want.stream().filter(have::contains).count();
    return shared >= Math.ceil(0.6 * want.size());
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static Set<String> contentWords(String normalised) {
    return Arrays.stream(normalised.split(" "))
        .filter(w -> !w.isEmpty() && !STOP.contains(w))
        .map(AnswerMatcher::stem)
        .collect(Collectors.toSet());
  }

  private static String stem(String w) {
    for (String suffix : new String[] {"ions", "ion", "ing", "ed", "es", "s"}) {
      if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
