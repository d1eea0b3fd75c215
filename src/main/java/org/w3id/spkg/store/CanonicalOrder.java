package org.w3id.spkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Quads in an order that does not depend on how they were stored, with blank nodes relabelled
 * {@code b0, b1, …} in that order. TDB2 and Jena's parsers give blank nodes random labels; writing
 * them as they are would make every export differ.
 *
 * <p>Each blank node gets a colour from what surrounds it: the quads it is in, with the other blank
 * nodes in them replaced by their own colours, refined round by round until the colours stop
 * splitting (colour refinement). Quads are sorted with blank nodes compared by colour, blank nodes
 * are labelled in order of first appearance, and the quads are sorted again by those labels. Blank
 * nodes that keep the same colour have the same surroundings (in the trees of blank nodes that RDF
 * data has in practice, they are interchangeable), so the output is the same whichever gets which
 * label.
 */
final class CanonicalOrder {

  private static final int MAX_ROUNDS = 32;

  private final List<Quad> quads;
  private final Map<Node, String> labels;

  private CanonicalOrder(List<Quad> quads, Map<Node, String> labels) {
    this.quads = quads;
    this.labels = labels;
  }

  /** Orders {@code quads} (duplicates kept as given) and labels their blank nodes. */
  static CanonicalOrder of(Collection<Quad> quads) {
    Map<Node, String> colours = colours(quads);
    List<Quad> sorted = new ArrayList<>(quads);
    sorted.sort(quadOrder(Comparator.comparing(colours::get)));

    Map<Node, Integer> index = new HashMap<>();
    for (Quad quad : sorted) {
      for (Node node : nodesOf(quad)) {
        if (node.isBlank()) {
          index.putIfAbsent(node, index.size());
        }
      }
    }
    sorted.sort(quadOrder(Comparator.comparing(index::get)));
    Map<Node, String> labels = new HashMap<>();
    index.forEach((node, i) -> labels.put(node, "b" + i));
    return new CanonicalOrder(List.copyOf(sorted), labels);
  }

  /** The quads, sorted by graph, subject, predicate, object. */
  List<Quad> quads() {
    return quads;
  }

  /** The new label of a blank node of these quads. */
  String label(Node blank) {
    String label = labels.get(blank);
    if (label == null) {
      throw new IllegalArgumentException("Not a blank node of these quads: " + blank);
    }
    return label;
  }

  private static Map<Node, String> colours(Collection<Quad> quads) {
    Map<Node, List<Quad>> around = new HashMap<>();
    for (Quad quad : quads) {
      for (Node node : nodesOf(quad)) {
        if (node.isBlank()) {
          around.computeIfAbsent(node, n -> new ArrayList<>()).add(quad);
        }
      }
    }
    Map<Node, String> colours = new HashMap<>();
    for (Node node : around.keySet()) {
      colours.put(node, "");
    }
    int distinct = around.isEmpty() ? 0 : 1;
    for (int round = 0; round < MAX_ROUNDS && distinct < around.size(); round++) {
      Map<Node, String> next = new HashMap<>();
      for (Map.Entry<Node, List<Quad>> e : around.entrySet()) {
        List<String> signature = new ArrayList<>();
        for (Quad quad : e.getValue()) {
          signature.add(describe(quad, e.getKey(), colours));
        }
        signature.sort(Comparator.naturalOrder());
        next.put(e.getKey(), hash(colours.get(e.getKey()) + "\n" + String.join("\n", signature)));
      }
      int nowDistinct = new HashSet<>(next.values()).size();
      colours = next;
      if (round > 0 && nowDistinct == distinct) {
        break;
      }
      distinct = nowDistinct;
    }
    return colours;
  }

  /** A quad as seen from one of its blank nodes: itself "@", other blank nodes by colour. */
  private static String describe(Quad quad, Node self, Map<Node, String> colours) {
    StringBuilder text = new StringBuilder();
    for (Node node : nodesOf(quad)) {
      if (node.equals(self)) {
        text.append('@');
      } else if (node.isBlank()) {
        text.append('_').append(colours.get(node));
      } else {
        text.append(NodeFmtLib.strNT(node));
      }
      text.append(' ');
    }
    return text.toString();
  }

  private static List<Node> nodesOf(Quad quad) {
    return List.of(graphOf(quad), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  /** The graph name, with Jena's two names of the default graph made one. */
  private static Node graphOf(Quad quad) {
    return quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
  }

  private static Comparator<Quad> quadOrder(Comparator<Node> blanks) {
    Comparator<Node> nodes = nodeOrder(blanks);
    return Comparator.comparing(CanonicalOrder::graphOf, nodes)
        .thenComparing(Quad::getSubject, nodes)
        .thenComparing(Quad::getPredicate, nodes)
        .thenComparing(Quad::getObject, nodes);
  }

  /** The default graph first, then IRIs, blank nodes (by {@code blanks}) and literals. */
  private static Comparator<Node> nodeOrder(Comparator<Node> blanks) {
    return (a, b) -> {
      int kind = Integer.compare(kind(a), kind(b));
      if (kind != 0) {
        return kind;
      }
      if (a.isURI()) {
        return a.getURI().compareTo(b.getURI());
      }
      if (a.isBlank()) {
        return blanks.compare(a, b);
      }
      if (a.isLiteral()) {
        int lexical = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (lexical != 0) {
          return lexical;
        }
        int datatype = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        return datatype != 0 ? datatype : a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
      }
      return NodeFmtLib.strNT(a).compareTo(NodeFmtLib.strNT(b));
    };
  }

  private static int kind(Node node) {
    if (Quad.isDefaultGraph(node)) {
      return 0;
    }
    if (node.isURI()) {
      return 1;
    }
    if (node.isBlank()) {
      return 2;
    }
    return node.isLiteral() ? 3 : 4;
  }

  private static String hash(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
