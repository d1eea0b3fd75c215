package org.w3id.spkg.remote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * RDF terms as Virtuoso 7 gives them back, applied alike to what spkg's own store gives, so that
 * the two compare: Virtuoso stores literals canonically ({@code docs/upstream/virtuoso.md}, "RDF
 * terms"). Numbers become {@code xsd:decimal} of their value ({@code "1.50"} and {@code "1.5"} and
 * {@code "1.5e0"^^xsd:double} alike, since Virtuoso also merges equal values across numeric types),
 * booleans {@code "true"}/{@code "false"}, other typed literals Jena's canonical form (dates),
 * language tags lower case. IRIs, strings and blank nodes are left as they are. Nothing else is
 * forgiven.
 */
final class VirtuosoCanonical {

  private VirtuosoCanonical() {}

  /** The term in the form both stores are compared in. */
  static Node term(Node n) {
    if (n == null || !n.isLiteral()) {
      return n;
    }
    String lang = n.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      return NodeFactory.createLiteralLang(
          n.getLiteralLexicalForm(), lang.toLowerCase(Locale.ROOT));
    }
    NodeValue value;
    try {
      value = NodeValue.makeNode(n);
    } catch (RuntimeException notAValue) {
      return n;
    }
    if (value.isNumber()) {
      boolean floating = value.isDouble() || value.isFloat();
      if (floating && !Double.isFinite(value.getDouble())) {
        return n;
      }
      BigDecimal number =
          floating ? new BigDecimal(Double.toString(value.getDouble())) : value.getDecimal();
      String plain = number.stripTrailingZeros().toPlainString();
      return NodeFactory.createLiteralDT(plain, XSDDatatype.XSDdecimal);
    }
    if (value.isBoolean()) {
      return NodeFactory.createLiteralDT(
          Boolean.toString(value.getBoolean()), XSDDatatype.XSDboolean);
    }
    return CanonicalizeLiteral.get().apply(n);
  }

  /** The graph with every term canonical (triples that become equal are one). */
  static Graph graph(Graph g) {
    Graph out = GraphFactory.createDefaultGraph();
    g.find()
        .forEachRemaining(
            t ->
                out.add(
                    Triple.create(term(t.getSubject()), t.getPredicate(), term(t.getObject()))));
    return out;
  }

  /**
   * A row as text, its terms canonical, in the order of {@code vars}; blank nodes as {@code _:}
   * alone (each store labels its own).
   */
  static String row(Binding row, List<Var> vars) {
    StringBuilder text = new StringBuilder();
    for (Var v : vars) {
      Node n = row.get(v);
      text.append(v.getVarName()).append('=');
      if (n == null) {
        text.append("UNDEF");
      } else if (n.isBlank()) {
        text.append("_:");
      } else {
        text.append(NodeFmtLib.strNT(term(n)));
      }
      text.append(' ');
    }
    return text.toString();
  }
}
