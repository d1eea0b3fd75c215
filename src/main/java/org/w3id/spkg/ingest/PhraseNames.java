package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.SPKG;

/**
 * Names the genre writes as phrases rather than as capitalised names:
 *
 * <ul>
 *   <li>{@code meeting-name}: a counted or dated meeting of a body, "the third meeting of the Space
 *       Council", "the inaugural Space Council meeting", "the May 2024 Council meeting";
 *   <li>{@code order-name}: an order or law by its number, "Executive Order 14000", "Public Law
 *       101-611", or by what it does, "an Executive Order to streamline launch licensing";
 *   <li>{@code region-part}: a part of known regions, "Southern California", "Florida’s Space
 *       Coast", "the Gulf Coast of Louisiana and Mississippi".
 * </ul>
 */
final class PhraseNames {

  /**
   * A name found: its class, its label, the rule, and for a meeting the count ("third") and where
   * the body's name starts in the sentence (else -1).
   */
  record Name(Resource type, String label, Rule rule, String count, int body) {
    Name(Resource type, String label, Rule rule) {
      this(type, label, rule, "", -1);
    }
  }

  private static final String MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final Pattern COUNTED =
      Pattern.compile(
          "\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural"
              + "|(?:"
              + MONTH
              + ") [12]\\d{3}) ");
  private static final Pattern MEETING_OF = Pattern.compile("(meeting|convening) of (the|our) ");
  private static final Pattern MEETING = Pattern.compile(" meeting\\b");

  private static final String ORDERS =
      "Executive Order|National Security Presidential Memorandum|Presidential Memorandum"
          + "|Presidential Policy Directive|National Security Directive|Space Policy Directive"
          + "|Public Law|Proclamation";
  private static final Pattern NUMBERED =
      Pattern.compile("\\b(?:" + ORDERS + ")(?: No\\.)?[ -]\\d++(?:-\\d++)?+\\b(?!\\.\\d)");
  private static final Pattern PURPOSE =
      Pattern.compile(
          "\\b(?:an|a|the) (Executive Order|National Security Presidential Memorandum"
              + "|Presidential Memorandum) ((?:to|that|promoting|establishing|directing|on)"
              + " (?:[^,.;:()\\[\\]“”\"]|[,.](?=\\d)){5,160}+)");
  private static final int LONGEST_PURPOSE = 14;
  private static final Pattern LIST_GOES_ON =
      Pattern.compile("\\(\\p{L}|, (?:and |or )?[\\p{L}-]++(?:,| and | or )");

  private static final String PLACE = "(\\p{Lu}\\p{Ll}++(?: \\p{Lu}\\p{Ll}++)?)";
  private static final Pattern PART_OF =
      Pattern.compile("\\b(?:Southern|Northern|Eastern|Western|Central) " + PLACE + "\\b");
  private static final Pattern COAST =
      Pattern.compile("\\b" + PLACE + "['’]s (?:Gulf|Space|Atlantic|Pacific) Coast\\b");
  private static final Pattern COAST_OF =
      Pattern.compile(
          "\\b(?<=the )(?:Gulf|Atlantic|Pacific) Coast of "
              + PLACE
              + "(?: and "
              + PLACE
              + ")?+\\b");
  private static final Pattern COAST_AFTER =
      Pattern.compile("\\b" + PLACE + " and " + PLACE + " Gulf Coast\\b");

  private PhraseNames() {}

  /**
   * The names of one sentence.
   *
   * @param text the sentence
   * @param bodyEnd where the name of a body (a council, a group, a dialogue) that starts at an
   *     offset ends, or -1 when none starts there
   */
  static List<Name> find(String text, IntUnaryOperator bodyEnd, Predicate<String> isRegion) {
    List<Name> names = new ArrayList<>();
    meetings(text, bodyEnd, names);
    orders(text, names);
    regions(text, isRegion, names);
    return names;
  }

  /**
   * "Southern California", "Florida’s Space Coast", "the Gulf Coast of Louisiana and Mississippi":
   * a part of one or two known regions is a region of its own.
   */
  private static void regions(String text, Predicate<String> isRegion, List<Name> names) {
    for (Pattern p : List.of(PART_OF, COAST, COAST_OF, COAST_AFTER)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        boolean known = m.group(1) != null && isRegion.test(m.group(1));
        for (int g = 2; g <= m.groupCount(); g++) {
          known &= m.group(g) == null || isRegion.test(m.group(g));
        }
        if (known) {
          names.add(new Name(SPKG.Region, m.group(), Rule.REGION_PART));
        }
      }
    }
  }

  private static void meetings(String text, IntUnaryOperator bodyEnd, List<Name> names) {
    Matcher m = COUNTED.matcher(text);
    while (m.find()) {
      Matcher of = MEETING_OF.matcher(text).region(m.end(), text.length());
      if (of.lookingAt()) {
        int end = bodyEnd.applyAsInt(of.end());
        if (end > of.end()) {
          // "our National Space Council" is the Council's name in the speaker's mouth.
          String label =
              text.substring(m.start(), m.end())
                  + of.group(1)
                  + " of the "
                  + text.substring(of.end(), end);
          names.add(new Name(SPKG.Meeting, label, Rule.MEETING_NAME, count(m), of.end()));
        }
        continue;
      }
      int end = bodyEnd.applyAsInt(m.end());
      if (end > m.end() && MEETING.matcher(text).region(end, text.length()).lookingAt()) {
        String label = text.substring(m.start(), end + " meeting".length());
        names.add(new Name(SPKG.Meeting, label, Rule.MEETING_NAME, count(m), m.end()));
      }
    }
  }

  private static String count(Matcher m) {
    return m.group().strip();
  }

  private static void orders(String text, List<Name> names) {
    Matcher n = NUMBERED.matcher(text);
    while (n.find()) {
      names.add(new Name(SPKG.Policy, n.group(), Rule.ORDER_NAME));
    }
    Matcher p = PURPOSE.matcher(text);
    while (p.find()) {
      String purpose = p.group(2).strip();
      int and = purpose.indexOf(" and ");
      if (purpose.split(" ").length > LONGEST_PURPOSE && and > 0) {
        purpose = purpose.substring(0, and); // "to reinvigorate … and enable …": the first aim
      }
      if (purpose.split(" ").length > LONGEST_PURPOSE
          || p.end() < text.length() && !isStop(text.charAt(p.end()))
          || LIST_GOES_ON.matcher(text).region(p.end(), text.length()).lookingAt()
          || purpose.endsWith("’s")
          || purpose.endsWith("'s")) {
        // A clause too long to be a name, cut by the bound, or cut inside a list ("to advance
        // diversity, equity, and inclusion") or a name ("to strengthen our Nation’s, and …").
        continue;
      }
      String label = p.group(1) + " " + purpose;
      names.add(new Name(SPKG.Policy, label, Rule.ORDER_NAME));
    }
  }

  private static boolean isStop(char c) {
    return ",.;:()[]“”\"".indexOf(c) >= 0;
  }
}
