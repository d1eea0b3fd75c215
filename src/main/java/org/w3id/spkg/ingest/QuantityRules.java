package org.w3id.spkg.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Stated amounts:
 *
 * <ul>
 *   <li>{@code monetary-amount}: "over $900 million", "up to €1.2 billion", with its comparator;
 *   <li>{@code count}: "33 nations", "36 other countries", "more than two dozen countries";
 *   <li>{@code percentage}: "by 50%".
 * </ul>
 *
 * Each is attached to the program or partnership the sentence is about (or its initiative).
 */
final class QuantityRules {

  private static final String COMPARATOR =
      "(?:(over|more than|up to|nearly|almost|about|approximately|around|at least|less than|fewer than|under) )?";
  private static final Pattern MONEY =
      Pattern.compile(
          COMPARATOR + "([$€£])\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(million|billion|trillion))?");
  private static final Pattern COUNT =
      Pattern.compile(
          COMPARATOR
              + "(\\d+|(?:a|one|two|three) dozen|[a-z]+(?:-[a-z]+)?) (?:(?:U\\.S\\.|[A-Z][a-z]+) ){0,2}"
              + "(other |partner |more |additional |allied |member )?"
              + "(nations|countries|signatories|partners|allies|members|states|agencies|companies|firms|organizations)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile(COMPARATOR + "(\\d+(?:\\.\\d+)?)\\s?(%|percent)");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
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

  private QuantityRules() {}

  static void apply(Sentence s, Extraction x) {
    money(s, x);
    count(s, x);
    percentage(s, x);
  }

  private static void money(Sentence s, Extraction x) {
    Matcher m = MONEY.matcher(s.text());
    while (m.find()) {
      BigDecimal value = new BigDecimal(m.group(3).replace(",", ""));
      if (m.group(4) != null) {
        int zeros =
            switch (m.group(4)) {
              case "million" -> 6;
              case "billion" -> 9;
              default -> 12;
            };
        value = value.movePointRight(zeros);
      }
      String currency =
          switch (m.group(2)) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
          };
      Optional<String> subject = subject(s, x, m.start());
      if (subject.isEmpty()) {
        continue;
      }
      String before = s.text().substring(0, m.start());
      String what = before.matches(".*\\bsave\\b.*") ? "projected savings" : "amount";
      Node q =
          quantity(
              x,
              SPKG.MonetaryAmount,
              subject.get(),
              value,
              m.group(1),
              what,
              s,
              Rule.MONETARY_AMOUNT);
      x.out.string(q, schema("currency"), currency);
      int save = before.lastIndexOf("save ");
      if (save >= 0) {
        s.mentions.stream()
            .filter(a -> a.start() > save && a.end() <= m.start() && s.isActor(a))
            .findFirst()
            .ifPresent(a -> x.out.add(q, SPKG.beneficiary, FactWriter.uri(a.iri())));
      }
    }
  }

  private static void count(Sentence s, Extraction x) {
    Matcher m = COUNT.matcher(s.text());
    while (m.find()) {
      Optional<Integer> n = number(m.group(2));
      if (n.isEmpty()) {
        continue;
      }
      String before = s.text().substring(0, m.start());
      boolean signed = before.matches("(?s).*\\bsigned by\\s*$");
      boolean commitments = s.text().contains("commitments") && !x.commitments.isEmpty();
      Optional<String> subject =
          commitments
              ? Optional.of(x.commitments.get(x.commitments.size() - 1).getURI())
              : subject(s, x, m.start());
      if (subject.isEmpty()) {
        continue;
      }
      String unit = (m.group(3) == null ? "" : m.group(3)) + m.group(4).toLowerCase(Locale.ROOT);
      Node q =
          quantity(
              x,
              SPKG.Count,
              subject.get(),
              BigDecimal.valueOf(n.get()),
              m.group(1),
              unit,
              s,
              Rule.COUNT);
      x.out.string(q, schema("unitText"), unit);
      String role =
          signed
              ? "signatory"
              : m.group(3) != null && m.group(3).startsWith("partner") ? "partner" : "participant";
      x.out.add(q, SPKG.role, FactWriter.uri(EntityIris.entity("role", role)));
    }
  }

  private static void percentage(Sentence s, Extraction x) {
    Matcher m = PERCENT.matcher(s.text());
    while (m.find()) {
      Optional<String> subject = subject(s, x, m.start());
      if (subject.isPresent()) {
        Node q =
            quantity(
                x,
                SPKG.Percentage,
                subject.get(),
                new BigDecimal(m.group(2)),
                m.group(1),
                "percentage",
                s,
                Rule.PERCENTAGE);
        x.out.string(q, schema("unitCode"), "P1");
      }
    }
  }

  /** The program or partnership the amount is about: named before it, else the item's. */
  private static Optional<String> subject(Sentence s, Extraction x, int at) {
    return s.lastThingBefore(at)
        .map(Gazetteer.Mention::iri)
        .or(() -> s.firstThing(0, s.text().length()).map(Gazetteer.Mention::iri))
        .or(() -> x.focusOf(s))
        .or(() -> x.initiativeOf(s).map(Node::getURI))
        .or(() -> Optional.of(x.out.document().getURI()));
  }

  private static Node quantity(
      Extraction x,
      org.apache.jena.rdf.model.Resource type,
      String subject,
      BigDecimal value,
      String comparator,
      String label,
      Sentence s,
      Rule rule) {
    Node q = x.out.local("quantity", Integer.toString(x.next("quantity")));
    x.out.type(q, type);
    x.out.label(q, label);
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    x.out.add(
        q,
        schema("value"),
        whole
            ? NodeFactory.createLiteralDT(value.toBigInteger().toString(), XSDDatatype.XSDinteger)
            : NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal));
    x.out.add(
        q,
        SPKG.comparator,
        FactWriter.uri(EntityIris.entity("comparator", comparatorKey(comparator))));
    x.out.add(FactWriter.uri(subject), SPKG.quantity, q);
    return x.out.fact(q, x.evidence(s, rule));
  }

  private static String comparatorKey(String word) {
    if (word == null) {
      return "exactly";
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "over", "more than" -> "more-than";
      case "up to" -> "at-most";
      case "at least" -> "at-least";
      case "less than", "fewer than", "under" -> "fewer-than";
      default -> "about";
    };
  }

  private static Optional<Integer> number(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.matches("\\d+")) {
      return Optional.of(Integer.parseInt(w));
    }
    if (w.endsWith("dozen")) {
      return Optional.of(12 * (w.startsWith("two") ? 2 : w.startsWith("three") ? 3 : 1));
    }
    int total = 0;
    for (String part : w.split("-")) {
      Integer n = WORDS.get(part);
      if (n == null) {
        return Optional.empty();
      }
      total += n;
    }
    return Optional.of(total);
  }

  private static org.apache.jena.rdf.model.Property schema(String local) {
    return org.apache.jena.rdf.model.ResourceFactory.createProperty(FactWriter.SCHEMA, local);
  }
}
