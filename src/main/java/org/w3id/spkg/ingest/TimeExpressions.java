package org.w3id.spkg.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence and resolves them against the document's date, with the
 * precision the text gives: "in June 2023" (a month), "in 2024" (a year), "earlier this month", "as
 * soon as next year", "by the end of the decade", "the early- to mid-2030s".
 */
final class TimeExpressions {

  /** How precisely the text dates a thing (the keys of the date precisions scheme). */
  enum Precision {
    DAY("day"),
    MONTH("month"),
    YEAR("year"),
    DECADE("decade");

    final String key;

    Precision(String key) {
      this.key = key;
    }
  }

  /**
   * A resolved time expression.
   *
   * @param lexical the typed value's lexical form ("2023-12", "2024")
   * @param precision its precision (and so its datatype: day → xsd:date, month → xsd:gYearMonth,
   *     year and decade → xsd:gYear)
   * @param qualifier the key of its date qualifier (on, no-later-than, no-earlier-than, during,
   *     approximately)
   * @param text the words the text used
   * @param start plain-text offset
   * @param end plain-text offset
   * @param future whether it lies after the document date; null when the document has no date
   *     <p>A range of years ("2028-2030") is its first year, "during"; after "through", "until" or
   *     words of an end of service it is its last year, "approximately": the end.
   */
  record TimeValue(
      String lexical,
      Precision precision,
      String qualifier,
      String text,
      int start,
      int end,
      Boolean future) {

    boolean isFuture() {
      return Boolean.TRUE.equals(future);
    }

    boolean isPast() {
      return Boolean.FALSE.equals(future);
    }
  }

  static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";

  /** Month names and their abbreviations, matched with their capital only ("may" is a verb). */
  private static final String MONTH =
      "(?-i:" + MONTHS + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /**
   * Words every rule without a digit needs, in lower case: "next year", "this month", "today", "by
   * the end of the decade", "within thirty days of this order".
   */
  private static final List<String> TIME_WORDS = List.of("year", "month", "week", "decade", "day");

  /** Month names as the one rule without a digit reads them: capitalised ("in December"). */
  private static final List<String> MONTH_NAMES = List.of(MONTHS.split("\\|"));

  /** The rules' patterns, compiled once: every document makes its own rules (its own date). */
  private static final java.util.Map<String, Pattern> COMPILED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:will|plans?|planned|scheduled|expected|aims?|intends?|upcoming|is to|are to)\\b");

  /**
   * Words before a date that make it the end of a service or a period: "end of service in
   * 2028-2030", "will retire by", "extend operations into".
   */
  static final Pattern END_OF_SERVICE =
      Pattern.compile(
          "(?i)\\b(?:end of (?:service|life|operations?|the mission)|retire\\w*|decommission\\w*"
              + "|deorbit\\w*|wind(?:s|ing)? down|phase(?:d|s)? out"
              + "|extend\\w*(?: \\w+){0,3}? (?:services?|operations?|life(?:time)?|mission))\\b");

  /** A capitalised word (not a determiner or preposition) just before a position. */
  private static final Pattern NAME_BEFORE =
      Pattern.compile(
          "(?<![.!?] )\\b(?!(?:The|A|An|Its|Our|In|By|On|At|For|From|Since)\\b)[A-Z][\\w.-]* $");

  /** The text being read (time expressions are found one text at a time). */
  private String current = "";

  private record Rule(Pattern pattern, Function<Matcher, Resolved> resolve) {}

  private record Resolved(String lexical, Precision precision, String qualifier, Boolean future) {}

  private final LocalDate today;
  private final List<Rule> rules = new ArrayList<>();

  /**
   * @param documentDate the date relative expressions resolve against; null when unknown: then only
   *     absolute dates ("in 2028", "in September 2027") are found
   */
  TimeExpressions(LocalDate documentDate) {
    this.today = documentDate;
    String preposition =
        "(by|in|for|since|until|from|during|before|after|through|as soon as|no later than"
            + "|starting in|beginning in|by the end of) ";
    String prep = "(?:" + preposition + ")?";
    add(
        "(?:on )?(" + MONTHS + ") (\\d{1,2}), (\\d{4})",
        m ->
            value(
                LocalDate.of(
                        TimeWords.year(m.group(3)),
                        TimeWords.MONTH_NUMBER.get(m.group(1)),
                        Integer.parseInt(m.group(2)))
                    .toString(),
                Precision.DAY,
                "on"));
    add(
        "(?:(?:on|from|between) )?"
            + MONTH
            + " (\\d{1,2})(?:st|nd|rd|th)?\\s?(?:-|–|through|to|and)\\s?(?:"
            + MONTH
            + " )?(\\d{1,2})(?:,? (\\d{4}))?\\b",
        m ->
            value(
                LocalDate.of(
                        m.group(3) != null ? TimeWords.year(m.group(3)) : today.getYear(),
                        TimeWords.monthNumber(m.group()),
                        Integer.parseInt(m.group(1)))
                    .toString(),
                Precision.DAY,
                "during"));
    addRelative(
        "(?:on )?" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)",
        m ->
            value(
                LocalDate.of(
                        today.getYear(),
                        TimeWords.monthNumber(m.group()),
                        Integer.parseInt(m.group(1)))
                    .toString(),
                Precision.DAY,
                "on"));
    add(
        prep + "(?:early |mid-|late )?(" + MONTHS + ")(?: of)? (\\d{4})",
        m ->
            value(
                YearMonth.of(TimeWords.year(m.group(3)), TimeWords.MONTH_NUMBER.get(m.group(2)))
                    .toString(),
                Precision.MONTH,
                TimeWords.qualifier(m.group(1))));
    addRelative(
        "by the end of the decade",
        m ->
            new Resolved(
                Integer.toString(today.getYear() - today.getYear() % 10 + 9),
                Precision.DECADE,
                "no-later-than",
                true));
    add(
        "the (early|mid|late)-?(?: to (early|mid|late)-)?(\\d{3})0s",
        m ->
            new Resolved(
                // A decade is written as its last year, whatever part of it the text names.
                Integer.toString(Integer.parseInt(m.group(3)) * 10 + 9),
                Precision.DECADE,
                "approximately",
                null));
    add(
        "(the )?(\\d{3})0s",
        m ->
            new Resolved(
                Integer.toString(Integer.parseInt(m.group(2)) * 10 + 9),
                Precision.DECADE,
                "during",
                null));
    addRelative(
        "by the end of (?:the |this )year",
        m ->
            new Resolved(Integer.toString(today.getYear()), Precision.YEAR, "no-later-than", true));
    addRelative("by the end of next year", m -> relativeYear(1, "no-later-than"));
    addRelative("over the next (?:year|12 months)", m -> relativeYear(1, "during"));
    addRelative(
        "(?:(as soon as|early|beginning|by|later|starting) )?next year",
        m -> relativeYear(1, m.group(1) == null ? "on" : TimeWords.qualifier(m.group(1))));
    addRelative(
        "(earlier|later) this year|this year",
        m ->
            new Resolved(
                Integer.toString(today.getYear()),
                Precision.YEAR,
                "on",
                TimeWords.future(m.group(1))));
    addRelative(
        "last year",
        m -> new Resolved(Integer.toString(today.getYear() - 1), Precision.YEAR, "on", false));
    addRelative(
        "(earlier|later) this month|this month",
        m ->
            new Resolved(
                YearMonth.from(today).toString(),
                Precision.MONTH,
                "on",
                TimeWords.future(m.group(1))));
    addRelative(
        "last month",
        m ->
            new Resolved(
                YearMonth.from(today).minusMonths(1).toString(), Precision.MONTH, "on", false));
    addRelative(
        "next month",
        m ->
            new Resolved(
                YearMonth.from(today).plusMonths(1).toString(), Precision.MONTH, "on", true));
    addRelative(
        "this week",
        m ->
            new Resolved(YearMonth.from(today).toString(), Precision.MONTH, "approximately", null));
    addRelative(
        "within the (?:next|coming) (?:year|12 months)", m -> relativeYear(1, "no-later-than"));
    // An order's deadline: "within 90 days of the date of this order", "within thirty days of this
    // memorandum", "within one year after the date of this proclamation": the document's date plus
    // the period, the last day allowed.
    addRelative(
        "within (\\d{1,4}|"
            + NumberWords.PATTERN
            + "|one|a)(?: \\(\\d{1,4}\\))? (days?|months?|years?) (?:of|after|from)"
            + " (?:the date of )?this (?:order|memorandum|proclamation)",
        m -> {
          int n =
              Character.isDigit(m.group(1).charAt(0))
                  ? Integer.parseInt(m.group(1))
                  : m.group(1).equalsIgnoreCase("a")
                      ? 1
                      : NumberWords.value(m.group(1)).orElseThrow();
          String unit = m.group(2).toLowerCase(Locale.ROOT);
          LocalDate last =
              unit.startsWith("day")
                  ? today.plusDays(n)
                  : unit.startsWith("month") ? today.plusMonths(n) : today.plusYears(n);
          return new Resolved(last.toString(), Precision.DAY, "no-later-than", true);
        });
    add(
        prep + "(?:the )?(?:spring|summer|fall|autumn|winter|early|mid-|late)(?: of)? (\\d{4})\\b",
        m -> value(m.group(2), Precision.YEAR, TimeWords.qualifier(m.group(1))));
    add(
        prep + "(?:fiscal year|FY) ?(\\d{4})\\b",
        m -> value(m.group(2), Precision.YEAR, TimeWords.qualifier(m.group(1))));
    add(
        "(?:(through|until|into|from) )?((?:19|20)\\d\\d) ?(?:-|–|to) ?((?:19|20)?\\d\\d)\\b",
        m ->
            (m.group(1) != null && !m.group(1).equalsIgnoreCase("from"))
                    || END_OF_SERVICE
                        .matcher(current.substring(Math.max(0, m.start() - 60), m.start()))
                        .find()
                ? value(
                    m.group(2).substring(0, 4 - m.group(3).length()) + m.group(3),
                    Precision.YEAR,
                    "approximately")
                : value(m.group(2), Precision.YEAR, "during"));
    add(
        preposition + "(\\d{4})\\b",
        m -> value(m.group(2), Precision.YEAR, TimeWords.qualifier(m.group(1))));
    // A year naming an edition or a treaty: "the 2023 Framework Agreement", "the 1967 Outer Space
    // Treaty".
    add(
        "((?:19|20)\\d\\d)(?= (?-i:[A-Z]))(?! (?-i:" + MONTHS + "))",
        m -> {
          if (NAME_BEFORE.matcher(current.substring(0, m.start())).find()) {
            // "Space Workforce 2030 Internship", "Landsat 2030 Initiative": a name, not a date
            throw new IllegalArgumentException("a year inside a name");
          }
          return value(m.group(1), Precision.YEAR, "on");
        });
    // "NISAR's 2024 launch": a year a thing's happening is of.
    add(
        "(?<=['’]s )((?:19|20)\\d\\d)(?= (?-i:[a-z]))",
        m -> value(m.group(1), Precision.YEAR, "on"));
    addRelative(
        "\\bin (?-i:(" + MONTHS + "))\\b(?! \\d)",
        m -> {
          YearMonth month = YearMonth.of(today.getYear(), TimeWords.MONTH_NUMBER.get(m.group(1)));
          // "the meeting in December", in a document of April that plans nothing: last December.
          if (month.isAfter(YearMonth.from(today)) && !FUTURE.matcher(current).find()) {
            month = month.minusYears(1);
          }
          return value(month.toString(), Precision.MONTH, "on");
        });
    addRelative(
        "\\b[Tt]oday\\b(?!['’]s)", m -> new Resolved(today.toString(), Precision.DAY, "on", false));
  }

  private void addRelative(String regex, Function<Matcher, Resolved> resolve) {
    if (today != null) {
      add(regex, resolve);
    }
  }

  private void add(String regex, Function<Matcher, Resolved> resolve) {
    rules.add(
        new Rule(
            COMPILED.computeIfAbsent(
                regex, r -> Pattern.compile("\\b" + r + "(?!\\w)", Pattern.CASE_INSENSITIVE)),
            resolve));
  }

  /** The time expressions of {@code text}, left to right, not overlapping. */
  List<TimeValue> find(String text) {
    return mayHoldTime(text) ? findAll(text) : List.of();
  }

  /** Whether {@code text} has a digit, a month or a word of relative time, as every rule needs. */
  static boolean mayHoldTime(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return TIME_WORDS.stream().anyMatch(w -> lower.contains(w))
        || MONTH_NAMES.stream().anyMatch(text::contains);
  }

  /** {@link #find} without the first look for a digit, month or time word (for tests). */
  List<TimeValue> findAll(String text) {
    current = text;
    List<TimeValue> found = new ArrayList<>();
    boolean[] used = new boolean[text.length()];
    for (Rule rule : rules) {
      Matcher m = rule.pattern.matcher(text);
      while (m.find()) {
        if (taken(used, m.start(), m.end()) || !TimeWords.monthCapitalised(m.group())) {
          continue;
        }
        Resolved r;
        try {
          r = rule.resolve.apply(m);
        } catch (RuntimeException e) {
          continue; // an impossible date such as February 30: not a time expression
        }
        for (int i = m.start(); i < m.end(); i++) {
          used[i] = true;
        }
        Boolean future = r.future != null ? r.future : after(r.lexical, r.precision);
        found.add(
            new TimeValue(
                r.lexical, r.precision, r.qualifier, m.group(), m.start(), m.end(), future));
      }
    }
    found.sort(Comparator.comparingInt(TimeValue::start));
    return found;
  }

  private static boolean taken(boolean[] used, int start, int end) {
    for (int i = start; i < end; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  private Boolean after(String lexical, Precision precision) {
    if (today == null) {
      return null;
    }
    return switch (precision) {
      case DAY -> LocalDate.parse(lexical).isAfter(today);
      case MONTH -> YearMonth.parse(lexical).isAfter(YearMonth.from(today));
      case YEAR, DECADE -> Integer.parseInt(lexical) > today.getYear();
    };
  }

  private Resolved relativeYear(int years, String qualifier) {
    return new Resolved(
        Integer.toString(today.getYear() + years), Precision.YEAR, qualifier, years > 0);
  }

  private static Resolved value(String lexical, Precision precision, String qualifier) {
    return new Resolved(lexical, precision, qualifier, null);
  }
}
