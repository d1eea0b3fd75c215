package org.w3id.spkg.server;

import static org.w3id.spkg.server.HtmlTemplates.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.server.EntityResource.HtmlRequest;
import org.w3id.spkg.vocab.SPKG;

/** Labels, links, values and evidence of the store's nodes, as a page shows them. */
final class EntityTerms {
  private static final String OA = "http://www.w3.org/ns/oa#";
  static final Node HAS_SOURCE = NodeFactory.createURI(OA + "hasSource");
  static final Node HAS_SELECTOR = NodeFactory.createURI(OA + "hasSelector");
  static final Node START = NodeFactory.createURI(OA + "start");
  static final Node END = NodeFactory.createURI(OA + "end");
  private static final Node SUB_CLASS_OF = RDFS.subClassOf.asNode();
  private static final String SCHEMA = "https://schema.org/";

  final Graph g;
  private final HtmlRequest r;
  private final List<String> owned;

  EntityTerms(Graph union, HtmlRequest r) {
    this.g = union;
    this.r = r;
    String ids = r.base().iri() + "id/";
    this.owned =
        Stream.of("participation/", "evidence/", "passage/", "quantity/").map(ids::concat).toList();
  }

  /** The English preferred label, else a label, else the acronym, else the IRI's last part. */
  String label(Node n) {
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    return Stream.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), SPKG.acronym.asNode())
        .flatMap(p -> g.find(n, p, Node.ANY).toList().stream())
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en")))
        .map(Node::getLiteralLexicalForm)
        .orElseGet(() -> localName(n));
  }

  private static String localName(Node n) {
    String s = n.isURI() ? n.getURI() : n.toString();
    int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
    return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
  }

  Optional<String> literal(Node s, Node p) {
    return g.find(s, p, Node.ANY).toList().stream()
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en")))
        .map(Node::getLiteralLexicalForm);
  }

  Optional<Node> object(Node s, Node p) {
    return objects(s, p).stream().findFirst();
  }

  List<Node> objects(Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  Optional<Integer> integer(Node s, Node p) {
    return literal(s, p).map(Integer::valueOf);
  }

  /** The entity's classes from the ontology, without those that are super-classes of others. */
  List<Node> specificTypes(Node n) {
    List<Node> types =
        objects(n, RDF.type.asNode()).stream()
            .filter(t -> t.isURI() && t.getURI().startsWith(SPKG.NS))
            .distinct()
            .toList();
    return types.stream()
        .filter(t -> types.stream().noneMatch(u -> !u.equals(t) && isSubClass(u, t)))
        .sorted(Comparator.comparing(this::label))
        .toList();
  }

  private boolean isSubClass(Node sub, Node sup) {
    List<Node> todo = new ArrayList<>(List.of(sub));
    Set<Node> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Node c = todo.remove(todo.size() - 1);
      if (c.equals(sup)) {
        return true;
      }
      if (seen.add(c)) {
        todo.addAll(objects(c, SUB_CLASS_OF));
      }
    }
    return false;
  }

  boolean isOwned(Node n) {
    return n.isURI() && owned.stream().anyMatch(n.getURI()::startsWith);
  }

  /** Where this server serves {@code iri}; the IRI itself if it is not ours. */
  String local(String iri) {
    return r.localUrl(iri).orElse(iri);
  }

  String href(Node n) {
    return local(n.getURI());
  }

  /** A link to the node's page (ours) or to the node (elsewhere), labelled. */
  String link(Node n) {
    if (!n.isURI()) {
      return html(label(n));
    }
    boolean ours = r.base().contains(n.getURI());
    return "<a href=\"%s\"%s>%s</a>"
        .formatted(html(href(n)), ours ? "" : " rel=\"external\"", html(label(n)));
  }

  String valueHtml(Node n) {
    if (n.isURI()) {
      return link(n);
    }
    return html(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
  }

  /** "more than 24 countries (participant)", "1000000 USD". */
  String quantity(Node q) {
    List<String> words = new ArrayList<>();
    object(q, SPKG.comparator.asNode())
        .map(this::label)
        .filter(c -> !c.equals("exactly"))
        .ifPresent(words::add);
    literal(q, NodeFactory.createURI(SCHEMA + "value")).ifPresent(words::add);
    Stream.of("currency", "unitText")
        .map(p -> literal(q, NodeFactory.createURI(SCHEMA + p)))
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(words::add);
    String text = html(String.join(" ", words));
    String role =
        object(q, SPKG.role.asNode())
            .map(ro -> " <span class=\"role\">(" + html(label(ro)) + ")</span>")
            .orElse("");
    String beneficiary =
        objects(q, SPKG.beneficiary.asNode()).stream()
            .map(this::link)
            .collect(Collectors.joining(", "));
    return text + role + (beneficiary.isEmpty() ? "" : " for " + beneficiary);
  }

  /** The start offset of an evidence's passage, if it has a position selector. */
  Optional<Integer> start(Node evidence) {
    return objects(evidence, HAS_SELECTOR).stream()
        .map(s -> integer(s, START))
        .flatMap(Optional::stream)
        .findFirst();
  }

  Optional<Integer> end(Node evidence) {
    return objects(evidence, HAS_SELECTOR).stream()
        .map(s -> integer(s, END))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The quotes {@code supported} rests on, each linked to its passage on the document page. */
  String evidenceHtml(List<Node> supported, EntityPage page) {
    return supported.stream()
        .flatMap(n -> objects(n, SPKG.evidence.asNode()).stream())
        .distinct()
        .sorted(Comparator.comparing((Node e) -> start(e).orElse(0)))
        .map(e -> evidenceHtml(e, page))
        .flatMap(Optional::stream)
        .collect(Collectors.joining());
  }

  private Optional<String> evidenceHtml(Node e, EntityPage page) {
    // The plain-text form where the store has it: no Markdown marks, URLs or escapes on a page.
    Optional<String> quote =
        literal(e, SPKG.text.asNode()).or(() -> literal(e, SPKG.quote.asNode()));
    if (quote.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> doc = object(e, HAS_SOURCE);
    String href = doc.map(d -> href(d) + start(e).map(s -> "#o" + s).orElse("")).orElse("#");
    String section = object(e, SPKG.section.asNode()).map(s -> ", § " + html(label(s))).orElse("");
    return Optional.of(
        page.fragment(
            "evidence",
            Map.of(
                "quote", html(quote.get()),
                "href", html(href),
                "document", html(doc.map(this::label).orElse("document")),
                "section", section)));
  }
}
