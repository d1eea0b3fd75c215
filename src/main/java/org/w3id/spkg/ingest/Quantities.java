package org.w3id.spkg.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What the quantity rules share: the comparator before a number, what an amount is about, and
 * writing a quantity with its evidence. The rules run from {@link QuantityRules} and {@link
 * CountRules}.
 */
final class Quantities {

  static final String COMPARATOR =
      "(?:(over|more than|up to|nearly|almost|about|approximately|around|roughly|at least|less than"
          + "|fewer than|under|some) )?";

  private Quantities() {}

  /** The program or partnership the amount is about: named before it, else the item's. */
  static Optional<String> subject(Sentence s, Extraction x, int at) {
    return s.lastThingBefore(at)
        .map(Gazetteer.Mention::iri)
        .or(() -> s.firstThing(0, s.text().length()).map(Gazetteer.Mention::iri))
        .or(() -> x.focusOf(s))
        .or(() -> x.initiativeOf(s).map(Node::getURI))
        .or(() -> Optional.of(x.out.document().getURI()));
  }

  static Node quantity(
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
        SchemaDO.value,
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
}
