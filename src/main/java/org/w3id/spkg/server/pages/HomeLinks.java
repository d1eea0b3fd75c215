package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;

/** Labels of the store's nodes and links to their local pages, as the home page shows them. */
final class HomeLinks {

  private static final String ENTITY_BASE = PublicBase.W3ID.iri();
  private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode());

  private final DatasetGraph dsg;
  private final HtmlTemplates templates;

  HomeLinks(DatasetGraph dsg, HtmlTemplates templates) {
    this.dsg = dsg;
    this.templates = templates;
  }

  /** The English preferred label or label, else any, else the IRI's last segment. */
  String label(Node n) {
    Graph union = dsg.getUnionGraph();
    return LABELS.stream()
        .flatMap(p -> union.find(n, p, Node.ANY).toList().stream())
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .min(
            Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en"))
                .thenComparing(Node::getLiteralLexicalForm))
        .map(Node::getLiteralLexicalForm)
        .filter(l -> !l.isBlank())
        .orElseGet(() -> n.getURI().substring(n.getURI().lastIndexOf('/') + 1));
  }

  /** A link to the local page of {@code iri}, or the escaped label when it has none. */
  Html link(String base, String iri, String label) {
    String href = href(base, iri);
    return href == null
        ? templates.render("text", values("text", label))
        : templates.render("link", values("href", href, "text", label));
  }

  /**
   * The id of one of our entity IRIs, the part after {@code id/} ("nation/JP"); null for others.
   */
  static String id(String iri) {
    String ids = ENTITY_BASE + "id/";
    return iri.startsWith(ids) ? iri.substring(ids.length()) : null;
  }

  /** The entity IRI of {@code id} ("nation/JP"). */
  static String iri(String id) {
    return ENTITY_BASE + "id/" + id;
  }

  /** The local page of one of our IRIs, {@code base} + the IRI after our base; null for others. */
  static String href(String base, String iri) {
    return iri.startsWith(ENTITY_BASE) ? base + iri.substring(ENTITY_BASE.length()) : null;
  }
}
