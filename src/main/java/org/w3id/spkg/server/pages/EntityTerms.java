package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.pages.EntityResource.HtmlRequest;
import org.w3id.spkg.vocab.SPKG;

/** Labels, links, values and evidence of the store's nodes, as a page shows them. */
final class EntityTerms {
  static final Node HAS_SOURCE = OA.hasSource.asNode();
  static final Node HAS_SELECTOR = OA.hasSelector.asNode();
  static final Node START = OA.start.asNode();
  static final Node END = OA.end.asNode();
  private static final Node SUB_CLASS_OF = RDFS.subClassOf.asNode();
  private static final Node SUB_PROPERTY_OF = RDFS.subPropertyOf.asNode();

  /** Labels of other vocabularies' terms ({@code entity-page/term-labels.ttl}). */
  private static final Graph TERM_LABELS =
      RDFParser.fromString(
              HtmlTemplates.resource(EntityTerms.class, "entity-page/term-labels.ttl"), Lang.TURTLE)
          .toGraph();

  final Graph g;
  private final HtmlRequest r;
  private final HtmlTemplates templates;
  private final List<String> owned;

  /** Each quote shown on the page, by document and offsets: the anchor of its first showing. */
  private final Map<String, String> shownQuotes = new HashMap<>();

  /** Property labels and sub-property answers, once a page: a page asks for each many times. */
  private final Map<Node, String> propertyLabels = new HashMap<>();

  private final Map<List<Node>, Boolean> subProperties = new HashMap<>();

  EntityTerms(Graph union, HtmlRequest r, HtmlTemplates templates) {
    this.g = union;
    this.r = r;
    this.templates = templates;
    String ids = r.base().iri() + "id/";
    this.owned =
        Stream.of("participation/", "evidence/", "passage/", "quantity/").map(ids::concat).toList();
  }

  /**
   * An English name before any other, and of those the preferred label, else a label, else the
   * acronym, else the IRI's last part; of several alike (two documents may name one entity
   * differently), the least, so that the page does not depend on the order a store returns them in.
   */
  String label(Node n) {
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    return NAMES.stream()
        .flatMap(p -> g.find(n, p, Node.ANY).toList().stream())
        .filter(t -> t.getObject().isLiteral())
        .min(
            Comparator.comparing((Triple t) -> !t.getObject().getLiteralLanguage().startsWith("en"))
                .thenComparing(t -> NAMES.indexOf(t.getPredicate()))
                .thenComparing(t -> t.getObject().getLiteralLexicalForm()))
        .map(t -> t.getObject().getLiteralLexicalForm())
        .orElseGet(() -> localName(n));
  }

  /** The properties that name an entity, in order of preference. */
  private static final List<Node> NAMES =
      List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), SPKG.acronym.asNode());

  /**
   * A property as a heading says it: its label in the store (the ontology's), else in {@code
   * term-labels.ttl}, else its local name in words ("wasAttributedTo" is "was attributed to").
   */
  String propertyLabel(Node p) {
    if (!p.isURI()) {
      return label(p);
    }
    return propertyLabels.computeIfAbsent(p, this::readPropertyLabel);
  }

  private String readPropertyLabel(Node p) {
    return Stream.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())
        .flatMap(
            l ->
                Stream.concat(
                    g.find(p, l, Node.ANY).toList().stream(),
                    TERM_LABELS.find(p, l, Node.ANY).toList().stream()))
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en")))
        .map(Node::getLiteralLexicalForm)
        .orElseGet(() -> inWords(localName(p)));
  }

  /** "wasAttributedTo" as "was attributed to"; "IsPartOf" as "is part of". */
  static String inWords(String camel) {
    return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  /** Whether {@code sub} is {@code sup} or one of its sub-properties, by the ontology. */
  boolean isSubProperty(Node sub, Node sup) {
    return subProperties.computeIfAbsent(List.of(sub, sup), k -> readSubProperty(sub, sup));
  }

  private boolean readSubProperty(Node sub, Node sup) {
    List<Node> todo = new ArrayList<>(List.of(sub));
    Set<Node> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Node p = todo.remove(todo.size() - 1);
      if (p.equals(sup)) {
        return true;
      }
      if (seen.add(p)) {
        todo.addAll(objects(p, SUB_PROPERTY_OF));
      }
    }
    return false;
  }

  private static String localName(Node n) {
    String s = n.isURI() ? n.getURI() : n.toString();
    int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
    return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
  }

  /** The English value, else any; of several, the least (whatever order the store gives). */
  Optional<String> literal(Node s, Node p) {
    return g.find(s, p, Node.ANY).toList().stream()
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .min(
            Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en"))
                .thenComparing(Node::getLiteralLexicalForm))
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
  Html link(Node n) {
    if (!n.isURI()) {
      return text(label(n));
    }
    boolean ours = r.base().contains(n.getURI());
    return templates.render("link", values("href", href(n), "external", !ours, "text", label(n)));
  }

  /** Text as HTML: escaped by the template that renders it. */
  Html text(String text) {
    return templates.render("text", values("text", text));
  }

  /**
   * A value of {@code p}: a verbatim quote of the source ({@code spkg:quote}, {@code oa:exact}) as
   * text with its links, anything else as {@link #valueHtml(Node)} shows it.
   */
  Html valueHtml(Node p, Node n) {
    boolean quote = p.equals(SPKG.quote.asNode()) || p.equals(OA.exact.asNode());
    return quote && n.isLiteral() ? QuoteHtml.of(n.getLiteralLexicalForm()) : valueHtml(n);
  }

  Html valueHtml(Node n) {
    if (n.isURI()) {
      return link(n);
    }
    return text(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
  }

  /** "more than 24 countries (participant)", "1000000 USD". */
  Html quantity(Node q) {
    List<String> words = new ArrayList<>();
    object(q, SPKG.comparator.asNode())
        .map(this::label)
        .filter(c -> !c.equals("exactly"))
        .ifPresent(words::add);
    literal(q, SchemaDO.value.asNode()).ifPresent(words::add);
    Stream.of(SchemaDO.currency, SchemaDO.unitText)
        .map(p -> literal(q, p.asNode()))
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(words::add);
    return templates.render(
        "quantity",
        values(
            "text",
            String.join(" ", words),
            "role",
            object(q, SPKG.role.asNode()).map(this::label).orElse(""),
            "beneficiaries",
            Html.join(objects(q, SPKG.beneficiary.asNode()).stream().map(this::link), ", ")));
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

  /**
   * The quotes {@code supported} rests on, each linked to its passage on the document page. A quote
   * read by several rules, or already shown higher on the page, is shown once: later facts that
   * rest on it point back to it.
   */
  Html evidenceHtml(List<Node> supported) {
    Map<String, Node> byQuote = new LinkedHashMap<>();
    supported.stream()
        .flatMap(n -> objects(n, SPKG.evidence.asNode()).stream())
        .distinct()
        .sorted(
            Comparator.comparing((Node e) -> start(e).orElse(0))
                .thenComparing((Node e) -> e.toString()))
        .forEach(e -> byQuote.putIfAbsent(quoteKey(e), e));
    return Html.join(
        byQuote.entrySet().stream()
            .map(
                q -> {
                  String shown = shownQuotes.get(q.getKey());
                  if (shown != null) {
                    return Optional.of(
                        templates.render("evidence-again", values("href", "#" + shown)));
                  }
                  Optional<Html> html = evidenceHtml(q.getValue(), "q" + (shownQuotes.size() + 1));
                  html.ifPresent(h -> shownQuotes.put(q.getKey(), "q" + (shownQuotes.size() + 1)));
                  return html;
                })
            .flatMap(Optional::stream),
        "");
  }

  /** What makes two evidence nodes one quote: the document, the offsets and the text. */
  private String quoteKey(Node e) {
    return object(e, HAS_SOURCE).map(Node::toString).orElse("")
        + " "
        + start(e).orElse(-1)
        + " "
        + end(e).orElse(-1)
        + " "
        + literal(e, SPKG.quote.asNode()).or(() -> literal(e, SPKG.text.asNode())).orElse("");
  }

  private Optional<Html> evidenceHtml(Node e, String id) {
    // The verbatim quote shown as text with its links; else the plain-text form, as it is.
    Optional<Html> quote =
        literal(e, SPKG.quote.asNode())
            .map(QuoteHtml::of)
            .or(() -> literal(e, SPKG.text.asNode()).map(this::text));
    if (quote.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> doc = object(e, HAS_SOURCE);
    String href = doc.map(d -> href(d) + start(e).map(s -> "#o" + s).orElse("")).orElse("#");
    return Optional.of(
        templates.render(
            "evidence",
            values(
                "id", id,
                "quote", quote.get(),
                "href", href,
                "document", doc.map(this::label).orElse("document"),
                "section", object(e, SPKG.section.asNode()).map(this::label).orElse(""))));
  }
}
