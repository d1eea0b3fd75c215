package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences at '.', '!' or '?' followed by a space and a capital, a digit, a
 * quote or a currency sign, unless the period ends an abbreviation ("U.S.", "D.C.", "Dr.") or an
 * initial ("Vera C. Rubin").
 */
final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "u.s", "d.c", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc",
          "ltd", "co", "corp", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "amb",
          "adm", "lt", "col", "sgt", "approx", "est", "dept");

  private SentenceSplitter() {}

  /** The sentences of {@code text} as {@code [start, end)} pairs, trimmed. */
  static List<int[]> split(String text) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && "”’\")]".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end >= text.length() || text.charAt(end) != ' ' || end + 1 >= text.length()) {
        continue;
      }
      char next = text.charAt(end + 1);
      boolean opens =
          Character.isUpperCase(next) || Character.isDigit(next) || "“\"‘$*(".indexOf(next) >= 0;
      if (!opens || (c == '.' && isAbbreviation(text, i))) {
        continue;
      }
      add(sentences, text, start, end);
      start = end + 1;
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  private static boolean isAbbreviation(String text, int period) {
    int wordStart = period;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, period).replaceAll("^[(“\"‘]+", "");
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(List<int[]> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new int[] {start, end});
    }
  }
}
