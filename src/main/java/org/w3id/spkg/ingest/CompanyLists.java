package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code listed-company} rule: in a list of names that holds at least two known companies, or
 * one in a list of four names or more ("Boeing, Lockheed Martin, Acme Orbital and Zenith"), the
 * other short capitalised names are companies too. Names with an organisation's head word ("Orbital
 * University") are left to that head word; a list item that is not a name (a clause, a lower-case
 * phrase) ends the list.
 */
final class CompanyLists {

  /** One to four capitalised words, or a coined word of digits and letters ("100Kin10"). */
  private static final Pattern NAME =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*+|\\p{N}++\\p{L}[\\p{L}\\p{N}]*+)"
              + "(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*+|\\p{N}++))?+"
              + "(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*+|\\p{N}++))?+"
              + "(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*+|\\p{N}++))?+");

  /** Capitalised words and connectors only. */
  private static final Pattern LONG_NAME =
      Pattern.compile("\\p{Lu}\\S*+(?: (?:of|for|the|and|on|in|&|\\p{Lu}\\S*+))*+");

  private static final Pattern COMPANY_NOUN =
      Pattern.compile("\\b(?:companies|startups|start-ups|firms)( such as| including| like|,) ");
  private static final Pattern ITEM =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{N}.&’-]*+|\\p{N}++\\p{L}[\\p{L}\\p{N}]*+)"
              + "(?: \\p{Lu}[\\p{L}\\p{N}.&’-]*+){0,3}+(?<![.])");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile(",? and |, ");

  /** A list item: up to a comma, a semicolon, " and " or " or ", or the sentence's end. */
  private static final Pattern SEPARATOR = Pattern.compile(",? (?:and|or) |, |; ");

  private static final Pattern LEAD = Pattern.compile("^(?:the|The|and|or) ");
  private static final int FEWEST_KNOWN = 2;

  /** A list with one known company holds companies when it names at least this many. */
  private static final int LONGEST_WITH_ONE = 4;

  /** What the rule needs to know of a name. */
  interface Names {
    /** Whether the item is, as a whole, a known company's name. */
    boolean isCompany(String item);

    /** Whether the item is, as a whole, some other known actor's name. */
    boolean isOtherActor(String item);
  }

  private CompanyLists() {}

  /** The new companies of one sentence, as written. */
  static List<String> find(String text, Names names, Predicate<String> hasHeadWord) {
    List<String> found = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int known = 0;
    List<String> items = items(text);
    for (int i = 0; i <= items.size(); i++) {
      String item = i < items.size() ? items.get(i) : null;
      Kind kind = item == null ? Kind.END : kindOf(item, names, hasHeadWord);
      if (kind == Kind.END) {
        // The list's last name may lead its clause on: "…, Boeing and Acme to train …".
        String lead = item == null ? null : leadName(item);
        if (lead != null && !run.isEmpty() || lead != null && known > 0) {
          if (names.isCompany(lead)) {
            known++;
          } else if (!names.isOtherActor(lead) && !hasHeadWord.test(lead)) {
            run.add(lead);
          }
        }
        if (known >= FEWEST_KNOWN || known >= 1 && known + run.size() >= LONGEST_WITH_ONE) {
          found.addAll(run);
        }
        run.clear();
        known = 0;
        // A lead-in's last words may be the list's first name: "partners include Acme, …".
        if (item != null) {
          String tail = tailName(item);
          if (tail != null && !names.isCompany(tail) && !names.isOtherActor(tail)) {
            if (!hasHeadWord.test(tail)) {
              run.add(tail);
            }
          } else if (tail != null && names.isCompany(tail)) {
            known++;
          }
        }
        continue;
      }
      if (kind == Kind.COMPANY) {
        known++;
      } else if (kind == Kind.CANDIDATE) {
        run.add(item);
      }
    }
    return found;
  }

  /**
   * The names a text lists after a word for companies: "startups, Acme and Zenith", "companies such
   * as Acme, Zenith and Boeing" (after a bare comma, only a list of two or more).
   */
  static List<String> afterCompanyNoun(String text) {
    List<String> found = new ArrayList<>();
    String t = text.replace('\n', ' ');
    Matcher lead = COMPANY_NOUN.matcher(t);
    while (lead.find()) {
      List<String> items = new ArrayList<>();
      int at = lead.end();
      while (true) {
        Matcher item = ITEM.matcher(t).region(at, t.length());
        if (!item.lookingAt() || item.group().length() < 2) {
          break;
        }
        items.add(item.group());
        Matcher sep = ITEM_SEPARATOR.matcher(t).region(item.end(), t.length());
        if (!sep.lookingAt()) {
          break;
        }
        at = sep.end();
      }
      if (items.size() >= (lead.group(1).equals(",") ? 2 : 1)) {
        found.addAll(items);
      }
    }
    return found;
  }

  /**
   * A word for one company after what describes it: a nationality ("Indian start-up", "the American
   * company"), "U.S." or "X-based", or a lower-case word of its trade ("satellite maker",
   * "telecommunications company").
   */
  private static final Pattern DESCRIPTOR =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.’'-])(?:(U\\.S\\.|\\p{Lu}\\p{Ll}*(?:an|ese|ish|ch|i)|\\p{Lu}[\\p{L}.]*+-based)"
              + "|(\\p{L}\\p{Ll}++)) (?:company|start-up|startup|firm|maker|manufacturer) ");

  /** A name after a descriptor: one to four capitalised words, the first maybe a number. */
  private static final Pattern DESCRIBED_NAME =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{N}&-]*+|\\p{N}++\\p{L}[\\p{L}\\p{N}]*+|\\p{N}++(?= \\p{Lu}))"
              + "(?: \\p{Lu}[\\p{L}\\p{N}&-]*+){0,3}+");

  /** What goes on with a longer name: a fifth word, a connector ("Once Upon a Farm"). */
  private static final Pattern LONGER =
      Pattern.compile("^(?: \\p{Lu}| (?:of|for|&|a|an|the) \\p{Lu})");

  /** Lower-case words before "company" that describe no trade: "the company", "law firm". */
  private static final java.util.Set<String> NO_TRADE =
      java.util.Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "said",
          "law",
          "its",
          "their",
          "our",
          "his",
          "her",
          "each",
          "every",
          "any",
          "one",
          "public",
          "private",
          "predecessor",
          "portfolio",
          "parent",
          "holding",
          "same",
          "new",
          "another",
          "other",
          "which",
          "whose",
          "lobbying",
          "consulting",
          "relations",
          "accounting",
          "and",
          "or",
          "of",
          "to",
          "by",
          "for",
          "with",
          "largest",
          "biggest",
          "leading",
          "first",
          "only",
          "own");

  /** Capitalised words that open no company's name after a descriptor ("company CEOs"). */
  private static final Pattern NO_NAME =
      Pattern.compile(
          "(?:CEOs?|CFOs?|Chair\\w*|President|Director|Executive|Founder|Monday|Tuesday|Wednesday"
              + "|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
              + "|September|October|November|December)\\b.*");

  /**
   * The names a text gives after a descriptor of one company: "Indian start-up Acme Labs", "the
   * U.S. company Zenith Energy", "satellite maker Orbix"; "start-up Acme and Zenith" gives both. A
   * name that goes on past four capitalised words is left alone.
   */
  static List<String> afterDescriptor(String text) {
    List<String> found = new ArrayList<>();
    String t = text.replace('\n', ' ');
    Matcher d = DESCRIPTOR.matcher(t);
    while (d.find()) {
      if (d.group(2) != null && NO_TRADE.contains(d.group(2).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int at = d.end();
      for (int i = 0; i < 2; i++) {
        Matcher n = DESCRIBED_NAME.matcher(t).region(at, t.length());
        if (!n.lookingAt()) {
          break;
        }
        String name = n.group();
        String rest = t.substring(n.end(), Math.min(t.length(), n.end() + 40));
        if (NO_NAME.matcher(name).matches() || name.endsWith("-") || LONGER.matcher(rest).find()) {
          break;
        }
        found.add(name);
        if (!rest.startsWith(" and ")) {
          break;
        }
        at = n.end() + " and ".length();
      }
    }
    return found;
  }

  private enum Kind {
    COMPANY,
    OTHER,
    CANDIDATE,
    END
  }

  private static Kind kindOf(String item, Names names, Predicate<String> hasHeadWord) {
    if (names.isCompany(item)) {
      return Kind.COMPANY;
    }
    if (names.isOtherActor(item) || item.matches(".*\\(\\p{Lu}[\\p{L}-]*\\)")) {
      return Kind.OTHER; // "the Department of Defense (DoD)": named, not a company
    }
    if (!NAME.matcher(item).matches()) {
      // "University of the District of Columbia": a longer name, typed by its head word.
      return hasHeadWord.test(item) && LONG_NAME.matcher(item).matches() ? Kind.OTHER : Kind.END;
    }
    return hasHeadWord.test(item) ? Kind.OTHER : Kind.CANDIDATE;
  }

  /** The list items of a sentence: what lies between separators, without a leading article. */
  private static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    String t = text.replace('\n', ' ').replaceFirst("[.:;]\\s*$", "");
    Matcher m = SEPARATOR.matcher(t);
    int from = 0;
    while (m.find()) {
      items.add(strip(t.substring(from, m.start())));
      from = m.end();
    }
    items.add(strip(t.substring(from)));
    return items;
  }

  private static String strip(String item) {
    String s = item.strip();
    Matcher lead = LEAD.matcher(s);
    return lead.lookingAt() ? s.substring(lead.end()) : s;
  }

  /** The capitalised words that open an item before a lower-case word ("Acme to train …"). */
  private static String leadName(String item) {
    Matcher m = NAME.matcher(item);
    return m.lookingAt()
            && m.end() + 1 < item.length()
            && item.charAt(m.end()) == ' '
            && Character.isLowerCase(item.charAt(m.end() + 1))
        ? item.substring(0, m.end())
        : null;
  }

  /** The capitalised words that end an item after a lower-case word ("will include Acme"). */
  private static String tailName(String item) {
    int space = item.lastIndexOf(' ');
    if (space < 0) {
      return null;
    }
    String last = item.substring(space + 1);
    String before = item.substring(0, space);
    boolean afterVerb = before.matches(".*\\b(?:include|includes|including|are|and)$");
    return afterVerb && NAME.matcher(last).matches() ? last : null;
  }
}
