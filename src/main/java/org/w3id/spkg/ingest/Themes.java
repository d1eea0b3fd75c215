package org.w3id.spkg.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.EntityIris;

/**
 * The theme of a text: the concept of the themes scheme whose keywords (its skos:hiddenLabel values
 * in the reference vocabularies) occur most often in it; none when no keyword occurs.
 */
final class Themes {

  private static final String THEMES = EntityIris.NS + "theme/";

  /** A keyword as a whole word, compiled once per keyword. */
  private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

  private Themes() {}

  private static Pattern word(String keyword) {
    return Pattern.compile("\\b" + Pattern.quote(keyword) + "\\b");
  }

  static Optional<String> of(String text, KnownEntities known) {
    Map<String, Integer> score = new HashMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Gazetteer.Entry e : known.conceptKeywords()) {
      if (!e.iri().startsWith(THEMES)) {
        continue;
      }
      String keyword = e.surface().toLowerCase(Locale.ROOT);
      if (!lower.contains(keyword)) {
        continue;
      }
      Matcher m = WORDS.computeIfAbsent(keyword, Themes::word).matcher(lower);
      int hits = 0;
      while (m.find()) {
        hits++;
      }
      if (hits > 0) {
        score.merge(e.iri(), hits, Integer::sum);
      }
    }
    return score.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
