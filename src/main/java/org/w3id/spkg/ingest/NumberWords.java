package org.w3id.spkg.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Numbers written in words, from one to ninety-nine ("twelve", "twenty-four"). */
final class NumberWords {

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

  /** A regular expression for a number in words (no groups). */
  static final String PATTERN =
      "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:"
          + UNITS
          + "))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|"
          + UNITS;

  private NumberWords() {}

  /** The value of a number in words, or empty when it is not one. */
  static Optional<Integer> value(String words) {
    int total = 0;
    for (String part : words.toLowerCase(Locale.ROOT).split("-")) {
      Integer n = WORDS.get(part);
      if (n == null) {
        return Optional.empty();
      }
      total += n;
    }
    return Optional.of(total);
  }
}
