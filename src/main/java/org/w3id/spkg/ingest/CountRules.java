package org.w3id.spkg.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code count}: "33 nations", "more than two dozen countries", "10,000 STEM kits", "15 million
 * students": a number and the plural noun it counts (schema:unitText); a count of actors that
 * signed or joined an agreement is the agreement's, with the role of those counted, as of the
 * document's date. Not counts: years, ordinals, numbers of sections and orders, and "the two
 * leaders". Run from {@link QuantityRules}.
 */
final class CountRules {

  private static final Pattern NUMBER =
      Pattern.compile(
          Quantities.COMPARATOR
              + "(?<![\\w.$€£/#,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:a|one|two|three) dozen"
              + "|"
              + NumberWords.PATTERN
              + ")(?:\\s(hundred|thousand|million|billion))?\\+?(?=\\s)",
          Pattern.CASE_INSENSITIVE);

  /** Words before a number that make it a name or a reference, not a count. */
  private static final Pattern NOT_A_COUNT_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:section|sec\\.|no\\.|order|title|phase|chapter|article|part|artemis|apollo"
              + "|year|fy|number|annex|paragraph|the|our|their|these|those|its|both)\\s*)$");

  /** Words that end a unit's search: a count names its noun right after the number. */
  private static final java.util.Set<String> STOP =
      java.util.Set.of(
          "of", "the", "and", "to", "in", "for", "from", "with", "per", "a", "an", "or", "by", "on",
          "at", "that", "which", "who", "percent", "is", "are", "was", "were", "will", "has",
          "have", "as", "than", "into", "each", "this");

  /** Plural nouns that are not things counted: measures of length, weight, money, parts. */
  private static final java.util.Set<String> NOT_UNITS =
      java.util.Set.of(
          "times",
          "dollars",
          "percent",
          "is",
          "was",
          "has",
          "its",
          "this",
          "thus",
          "miles",
          "kilometers",
          "kilometres",
          "meters",
          "metres",
          "feet",
          "inches",
          "pounds",
          "tons",
          "tonnes",
          "kilograms",
          "degrees",
          "thirds",
          "quarters",
          "halves",
          "minutes",
          "seconds",
          "hours",
          "stories",
          "points",
          "cents",
          "euros");

  /** How many words after a number its noun may stand ("10,000 Space Council-themed STEM kits"). */
  private static final int UNIT_WORDS = 8;

  private static final java.util.Set<String> IRREGULAR_PLURALS =
      java.util.Set.of("children", "people", "women", "men", "personnel", "staff", "alumni");

  /** The plural nouns whose count is a count of actors, who may sign or join. */
  private static final Pattern ACTORS =
      Pattern.compile(
          "(?:nations|countries|signatories|partners|allies|members|states|agencies|companies|firms"
              + "|organizations|governments|institutions|universities)$");

  private static final Pattern SIGNED_AFTER =
      Pattern.compile(
          "^\\s*(?:that |who )?(?:have |has |had )?(?:now |also |already )?(signed|joined)\\b");

  private static final Pattern PERIOD_UNIT =
      Pattern.compile("(?i)(?:fiscal |calendar )?(?:years|months|weeks|days)");

  /** A sum just before a number: "$18 million over", "€2 billion during the next". */
  private static final Pattern SUM_OVER =
      Pattern.compile(
          "[$€£]\\s?\\d[\\d,.]*\\+?\\s?(?:million|billion|trillion|M|B|bn)?"
              + "\\s+(?:over|across|during|for|in)(?: the(?: next| coming| first)?)?\\s*$");

  private static final Pattern TOTAL =
      Pattern.compile(
          "\\b(?:bringing|brings|bring|for) (?:the|a) total(?: number)?(?: of \\w+)? (?:to|of) (\\d{1,3}(?:,\\d{3})+|\\d+)\\b");

  private CountRules() {}

  /** Whether the body of a bold-led item's title states the same number. */
  private static boolean countedInBody(Sentence s, BigDecimal value) {
    Matcher m = NUMBER.matcher(s.unit.block().body().text());
    while (m.find()) {
      Optional<BigDecimal> n = number(m.group(2), m.group(3));
      if (n.isPresent() && n.get().compareTo(value) == 0) {
        return true;
      }
    }
    return false;
  }

  static void count(Sentence s, Extraction x) {
    String text = s.text();
    Matcher m = NUMBER.matcher(text);
    Signing signing = null;
    while (m.find()) {
      Optional<BigDecimal> n = number(m.group(2), m.group(3));
      int unitEnd = unitEnd(text, m.end());
      if (n.isEmpty() || unitEnd < 0 || !isCount(text, m, n.get(), unitEnd, x)) {
        continue;
      }
      if (s.unit.isTitle() && countedInBody(s, n.get())) {
        continue; // the item's sentence states it again, with what it counts
      }
      if (text.startsWith(" old", unitEnd)) {
        continue; // "18 years old": an age
      }
      String unit = text.substring(m.end(), unitEnd).trim();
      if (PERIOD_UNIT.matcher(unit).matches()
          && SUM_OVER.matcher(text.substring(Math.max(0, m.start() - 40), m.start(2))).find()) {
        continue; // "$18 million over three years": the period of a sum, not a count
      }
      if (Character.isUpperCase(m.group(2).charAt(0))
          && m.start(2) > 0
          && Character.isUpperCase(unit.charAt(0))) {
        continue; // "Lessons from Two Decades of …": words of a title, not a count
      }
      if (!x.firstStated("count", n.get(), unit)) {
        continue;
      }
      String head = unit.substring(unit.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      String before = text.substring(0, m.start());
      Matcher signedAfter = SIGNED_AFTER.matcher(text.substring(unitEnd));
      boolean verb = signedAfter.find();
      boolean actors = ACTORS.matcher(head).find();
      boolean signedBy = actors && before.matches("(?s).*\\bsigned by\\s*$");
      boolean signs = actors && (head.startsWith("signator") || verb);
      Optional<String> subject;
      String label = unit;
      if (actors && verb) {
        // "33 nations have signed the Artemis Accords": the count is the agreement's; "12 more
        // nations have signed on" is the one the sentence before named.
        subject =
            s.firstThing(unitEnd + signedAfter.end(), text.length())
                .map(Gazetteer.Mention::iri)
                .or(() -> x.referent());
        String what = subject.map(x::labelOf).map(l -> " " + l).orElse("");
        label = unit + " that " + signedAfter.group(1) + what;
        if (subject.isPresent()) {
          signing = new Signing(unit, subject.get(), signedAfter.group(1), what);
        }
        subject = subject.or(() -> Quantities.subject(s, x, m.start()));
      } else if (signedBy) {
        // "The Artemis Accords have been signed by 33 nations"
        subject = Quantities.subject(s, x, m.start());
        if (!subject.get().equals(x.out.document().getURI())) {
          label = unit + " that signed " + x.labelOf(subject.get());
        }
      } else if (text.contains("commitments") && !x.commitments.isEmpty()) {
        subject = Optional.of(x.commitments.get(x.commitments.size() - 1).getURI());
      } else {
        subject = Quantities.subject(s, x, m.start());
      }
      String role =
          !actors
              ? null
              : signedBy || signs
                  ? "signatory"
                  : unit.startsWith("partner")
                      ? "partner"
                      : head.equals("members") ? "member" : "participant";
      count(x, s, subject.get(), n.get(), m.group(1), unit, label, role);
    }
    Matcher total = signing == null ? null : TOTAL.matcher(text);
    if (total != null && total.find()) {
      // "12 more nations have signed on, bringing the total number to 33"
      Optional<BigDecimal> n = number(total.group(1), null);
      if (n.isPresent() && x.firstStated("count", n.get(), "total " + signing.unit())) {
        count(
            x,
            s,
            signing.agreement(),
            n.get(),
            null,
            signing.unit(),
            "total of "
                + signing.unit().replaceFirst("^(?:more|other|additional|new) ", "")
                + " that "
                + signing.verb()
                + signing.what(),
            "signatory");
      }
    }
  }

  /** A count of actors that signed or joined an agreement, for a total stated after it. */
  private record Signing(String unit, String agreement, String verb, String what) {}

  static void count(
      Extraction x,
      Sentence s,
      String subject,
      BigDecimal n,
      String comparator,
      String unit,
      String label,
      String role) {
    Node q = Quantities.quantity(x, SPKG.Count, subject, n, comparator, label, s, Rule.COUNT);
    x.out.string(q, SchemaDO.unitText, unit);
    if (role != null) {
      x.out.add(q, SPKG.role, FactWriter.uri(EntityIris.entity("role", role)));
      x.doc
          .date()
          .ifPresent(
              d ->
                  x.out.add(
                      q,
                      SPKG.asOf,
                      NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
    }
  }

  /**
   * Where the noun a number counts ends: the first plural among the (at most {@link #UNIT_WORDS})
   * words after it, none of them a function word but an "and" between adjectives ("two
   * Norwegian-built and flagged satellites"); -1 when there is none.
   */
  static int unitEnd(String text, int from) {
    int at = from;
    for (int words = 0; words < UNIT_WORDS; words++) {
      int start = at;
      while (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
      if (start < text.length() && text.charAt(start) == '(' && words > 0) {
        // an acronym in parentheses after a name: "two Polar System (PS) payloads"
        int close = text.indexOf(')', start);
        if (close < 0 || close - start > 12) {
          return -1;
        }
        at = close + 1;
        continue;
      }
      int end = wordEnd(text, start);
      if (end == start || start == at) {
        return -1;
      }
      String word = text.substring(start, end);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean joiner = lower.equals("and") && words > 0;
      if (!joiner && (STOP.contains(lower) || NOT_UNITS.contains(lower))) {
        return -1;
      }
      if (IRREGULAR_PLURALS.contains(lower)
          || (word.endsWith("s")
              && word.length() > 3
              && !lower.endsWith("ss")
              && !lower.endsWith("us")
              && !lower.endsWith("is")
              && Character.isLetter(word.charAt(0)))) {
        return end;
      }
      at = end;
    }
    return -1;
  }

  /** The end of the word at {@code start}: letters, digits, hyphens, and the periods of "U.S.". */
  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      boolean abbreviation =
          c == '.'
              && end > start
              && Character.isUpperCase(text.charAt(end - 1))
              && ((end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1)))
                  || (end - 2 >= start && text.charAt(end - 2) == '.'));
      if (!(Character.isLetterOrDigit(c) || c == '-' || abbreviation)) {
        break;
      }
      end++;
    }
    return end;
  }

  private static boolean isCount(String text, Matcher m, BigDecimal n, int unitEnd, Extraction x) {
    String before = text.substring(Math.max(0, m.start() - 20), m.start(2));
    if (n.compareTo(BigDecimal.ONE) <= 0) {
      return false;
    }
    // A year ("2024 launches") or a bare four-digit number is not counted.
    if (m.group(3) == null && m.group(2).matches("(?:19|20)\\d\\d")) {
      return false;
    }
    Matcher b = NOT_A_COUNT_BEFORE.matcher(before);
    if (b.find()) {
      String w = b.group().trim().toLowerCase(Locale.ROOT);
      boolean determiner = w.matches("the|our|their|these|those|its|both");
      // "the two leaders" refer to the parties named, "the 30 companies will" to a number counted
      // before; "the thirty pledge signatories" counts.
      boolean reference = n.intValue() <= 4 || x.countedBefore(n);
      return determiner && !reference;
    }
    return true;
  }

  /** The value of a number written in digits ("10,000", "1.5") or words, times its scale word. */
  static Optional<BigDecimal> number(String words, String scale) {
    String w = words.toLowerCase(Locale.ROOT).replace(",", "");
    BigDecimal value;
    if (w.matches("\\d+(?:\\.\\d+)?")) {
      value = new BigDecimal(w);
    } else if (w.endsWith("dozen")) {
      value = BigDecimal.valueOf(12L * (w.startsWith("two") ? 2 : w.startsWith("three") ? 3 : 1));
    } else {
      Optional<Integer> n = NumberWords.value(w);
      if (n.isEmpty()) {
        return Optional.empty();
      }
      value = BigDecimal.valueOf(n.get());
    }
    if (scale != null) {
      value =
          value.movePointRight(
              switch (scale.toLowerCase(Locale.ROOT)) {
                case "hundred" -> 2;
                case "thousand" -> 3;
                case "million" -> 6;
                default -> 9;
              });
    }
    return Optional.of(value);
  }
}
