package org.w3id.spkg.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a time expression: month names and their numbers, years, and the preposition or
 * adverb that qualifies a date ("by", "since", "until") or says it lies ahead. Part of {@link
 * TimeExpressions}.
 */
final class TimeWords {

  static final Map<String, Integer> MONTH_NUMBER = months();

  private static final Pattern MONTH_NAME =
      Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?=[a-z]*\\b)");

  private TimeWords() {}

  /** Month names count only capitalised ("may" is a verb). */
  static boolean monthCapitalised(String match) {
    for (String month : TimeExpressions.MONTHS.split("\\|")) {
      int at = match.toLowerCase(Locale.ROOT).indexOf(month.toLowerCase(Locale.ROOT));
      if (at >= 0 && !match.startsWith(month, at)) {
        return false;
      }
    }
    return true;
  }

  static String qualifier(String preposition) {
    if (preposition == null) {
      return "on";
    }
    return switch (preposition.toLowerCase(Locale.ROOT)) {
      case "by", "before", "no later than", "by the end of", "until" -> "no-later-than";
      case "as soon as",
          "after",
          "since",
          "from",
          "starting in",
          "beginning in",
          "starting",
          "beginning" ->
          "no-earlier-than";
      case "during", "through" -> "during";
      default -> "on";
    };
  }

  static Boolean future(String word) {
    if (word == null) {
      return null;
    }
    return word.equalsIgnoreCase("later");
  }

  /** The number of the month a text starts with, by its name or abbreviation. */
  static int monthNumber(String text) {
    Matcher m = MONTH_NAME.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no month in " + text);
    }
    return MONTH_NUMBER.get(m.group());
  }

  static int year(String s) {
    return Integer.parseInt(s);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> map = new java.util.HashMap<>();
    String[] names = TimeExpressions.MONTHS.split("\\|");
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], i + 1);
      map.put(names[i].substring(0, 3), i + 1);
      map.put(names[i].toLowerCase(Locale.ROOT), i + 1);
      map.put(names[i].toUpperCase(Locale.ROOT), i + 1);
    }
    return map;
  }
}
