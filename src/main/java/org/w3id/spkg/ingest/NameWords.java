package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as names are made of: hyphenated words split into their parts ("Multi-Angle"
 * is "Multi" and "Angle"), abbreviations kept whole ("U.S."), possessives and trailing periods
 * dropped. Finds the run of capitalised words (with "of", "for", "and", …) that ends at a point.
 */
final class NameWords {

  /** A word at plain-text offsets {@code [start, end)}. */
  record Word(String text, int start, int end) {

    boolean isCapitalised() {
      char c = text.charAt(0);
      return Character.isUpperCase(c) || Character.isDigit(c);
    }

    boolean isConnector() {
      return CONNECTORS.contains(text);
    }

    /** The initials a word gives an acronym: "U.S." gives U and S; "of" gives none. */
    String initials() {
      if (!isCapitalised()) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (String part : text.split("[.]")) {
        if (!part.isEmpty()) {
          sb.append(Character.toUpperCase(part.charAt(0)));
        }
      }
      return sb.toString();
    }
  }

  static final Set<String> CONNECTORS =
      Set.of("of", "for", "and", "the", "on", "in", "to", "de", "&");

  private static final Set<String> LEADING =
      Set.of(
          "The",
          "A",
          "An",
          "Its",
          "Their",
          "Our",
          "This",
          "That",
          "These",
          "Those",
          "In",
          "At",
          "On",
          "During",
          "Over",
          "Under",
          "Through",
          "With",
          "And",
          "But",
          "As",
          "Today",
          "Both",
          "Each",
          "New",
          "First",
          "Second",
          "Third",
          "While",
          "When",
          "Since",
          "For",
          "To",
          "By",
          "Historic",
          "Landmark");

  /** Months and years that open a name are a date, not part of it ("the September 2022 …"). */
  private static final Pattern DATE_WORD =
      Pattern.compile(
          "January|February|March|April|May|June|July|August|September|October|November|December|\\d+");

  private static final Pattern WORD =
      Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}+&\\p{Lu}+|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  private NameWords() {}

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      int end = m.end();
      if (w.endsWith("’s") || w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
        end -= 2;
      }
      words.add(new Word(w, m.start(), end));
    }
    return words;
  }

  /**
   * The words of the name that ends just before offset {@code end}: capitalised words, joined by
   * connectors, hyphens and (when {@code commas}) commas, with sentence-initial words and leading
   * connectors dropped. Empty when the word before {@code end} is not capitalised.
   */
  static List<Word> nameEndingAt(String text, List<Word> words, int end, boolean commas) {
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).end() <= end) {
        last = i;
      }
    }
    if (last < 0
        || !words.get(last).isCapitalised()
        || !text.substring(words.get(last).end(), end).isBlank()) {
      return List.of();
    }
    int first = last;
    while (first > 0) {
      Word prev = words.get(first - 1);
      String gap = text.substring(prev.end(), words.get(first).start());
      boolean initial = prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0));
      // "Users’ Advisory Group": a plural possessive is part of the name.
      boolean possessive = prev.text().endsWith("s") && (gap.equals("’ ") || gap.equals("' "));
      boolean joined =
          gap.equals(" ")
              || gap.equals(" & ")
              || commas && gap.equals(", & ")
              || possessive && prev.isCapitalised()
              || gap.equals("-")
              || (commas && gap.equals(", "))
              || (initial && gap.equals(". "));
      if (!joined || !(prev.isCapitalised() || prev.isConnector())) {
        break;
      }
      first--;
    }
    List<Word> name = new ArrayList<>(words.subList(first, last + 1));
    while (!name.isEmpty()
        && (name.get(0).isConnector()
            || LEADING.contains(name.get(0).text())
            || DATE_WORD.matcher(name.get(0).text()).matches()
            || opensWithVerb(name))) {
      name.remove(0);
    }
    return name;
  }

  /** "Signing of …", "Building on the …": a title's opening verb, not part of the name. */
  private static boolean opensWithVerb(List<Word> name) {
    return name.size() > 1 && name.get(0).text().endsWith("ing") && name.get(1).isConnector();
  }

  /** True for an acronym-like token: two or more capitals ("CSpO", "EPS-R", "I-Hab"). */
  static boolean isAcronym(String token) {
    int capitals = 0;
    for (char c : token.toCharArray()) {
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    return capitals >= 2 && Character.isUpperCase(token.charAt(0));
  }

  /** The letters an acronym must find among initials: its capitals and digits. */
  static String letters(String acronym) {
    StringBuilder sb = new StringBuilder();
    for (char c : acronym.toCharArray()) {
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  static boolean isSubsequence(String needle, String hay) {
    int i = 0;
    for (int j = 0; j < hay.length() && i < needle.length(); j++) {
      if (hay.charAt(j) == needle.charAt(i)) {
        i++;
      }
    }
    return i == needle.length();
  }
}
