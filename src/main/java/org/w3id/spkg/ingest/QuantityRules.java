package org.w3id.spkg.ingest;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.spkg.vocab.SPKG;

/**
 * Stated amounts, read only from sentences about space:
 *
 * <ul>
 *   <li>{@code monetary-amount}: "over $900 million", "$1.25M", "up to €1.2 billion", with its
 *       comparator, on the project it pays for ("$4M for P", the sentence's subject, the item's
 *       initiative) rather than a name that follows it;
 *   <li>{@code count}: "33 nations", "15 million students": {@link CountRules};
 *   <li>{@code percentage}: "by 50%".
 * </ul>
 *
 * Not quantities: years, ordinals, numbers of sections and orders, and "the two leaders" (a
 * reference to actors already named, not a count).
 */
final class QuantityRules {

  private static final Pattern MONEY =
      Pattern.compile(
          Quantities.COMPARATOR
              + "([$€£])\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\+?(?:\\s?(million|billion|trillion|M|B|bn)\\b)?");
  private static final Pattern PERCENT =
      Pattern.compile(Quantities.COMPARATOR + "(\\d+(?:\\.\\d+)?)\\s?(%|percent)");

  private QuantityRules() {}

  static void apply(Sentence s, Extraction x) {
    if (x.statesSpace(s)) {
      money(s, x);
      CountRules.count(s, x);
      percentage(s, x);
    }
    x.saw(s);
  }

  private static void money(Sentence s, Extraction x) {
    Matcher m = MONEY.matcher(s.text());
    while (m.find()) {
      BigDecimal value = amount(m);
      if (s.unit.isTitle() && restatedInBody(s, value)) {
        continue; // the item's sentence states it again, with what it pays for
      }
      String currency =
          switch (m.group(2)) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
          };
      Optional<String> subject = paidFor(s, x, m.start(), m.end());
      String before = s.text().substring(0, m.start());
      String what = before.matches(".*\\bsave\\b.*") ? "projected savings" : "amount";
      Node q =
          Quantities.quantity(
              x,
              SPKG.MonetaryAmount,
              subject.get(),
              value,
              m.group(1),
              what,
              s,
              Rule.MONETARY_AMOUNT);
      x.out.string(q, SchemaDO.currency, currency);
      int save = before.lastIndexOf("save ");
      if (save >= 0) {
        s.mentions.stream()
            .filter(a -> a.start() > save && a.end() <= m.start() && s.isActor(a))
            .findFirst()
            .ifPresent(a -> x.out.add(q, SPKG.beneficiary, FactWriter.uri(a.iri())));
      }
    }
  }

  private static BigDecimal amount(Matcher m) {
    BigDecimal value = new BigDecimal(m.group(3).replace(",", ""));
    if (m.group(4) != null) {
      int zeros =
          switch (m.group(4)) {
            case "million", "M" -> 6;
            case "billion", "B", "bn" -> 9;
            default -> 12;
          };
      value = value.movePointRight(zeros);
    }
    return value;
  }

  /** Whether the body of a bold-led item's title states the same sum. */
  private static boolean restatedInBody(Sentence s, BigDecimal value) {
    Matcher m = MONEY.matcher(s.unit.block().body().text());
    while (m.find()) {
      if (amount(m).compareTo(value) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a sum pays for: a program named right after it ("$4M for P", "to support P"), else the
   * program the sentence names before it (its subject), else the bold-led item it stands in.
   */
  private static Optional<String> paidFor(Sentence s, Extraction x, int start, int end) {
    String after = s.text().substring(end);
    int clause = after.indexOf(';');
    int to = end + (clause < 0 ? after.length() : clause);
    if (after.matches("(?s)^\\s*(?:in \\w+ )?(?:for|to support|to fund|towards?)\\b.*")) {
      Optional<Gazetteer.Mention> target = s.firstThing(end, Math.min(to, end + 80));
      if (target.isPresent()) {
        return Optional.of(target.get().iri());
      }
    }
    // The subject of "EPS-R is projected to save … $900 million", else the item it stands in; never
    // a program named after the sum for another reason.
    return s.firstThing(0, start)
        .map(Gazetteer.Mention::iri)
        .or(() -> x.initiativeOf(s).map(Node::getURI))
        .or(() -> x.focusOf(s))
        .or(() -> Optional.of(x.out.document().getURI()));
  }

  private static void percentage(Sentence s, Extraction x) {
    Matcher m = PERCENT.matcher(s.text());
    while (m.find()) {
      Optional<String> subject = Quantities.subject(s, x, m.start());
      Node q =
          Quantities.quantity(
              x,
              SPKG.Percentage,
              subject.get(),
              new BigDecimal(m.group(2)),
              m.group(1),
              "percentage",
              s,
              Rule.PERCENTAGE);
      x.out.string(q, SchemaDO.unitCode, "P1");
    }
  }
}
