package org.w3id.spkg.ingest;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.PROV;
import org.w3id.spkg.vocab.SPKG;

/**
 * Writes facts into a document's graph under the ontology: qualified participations with their
 * shortcut triples, evidence with Web Annotation selectors, dates typed by their precision. IRIs
 * are derived from the document key and the facts' parts, so the same input gives the same graph.
 *
 * <p>It writes into a {@link Graph}, not a {@code StreamRDF} (as STYLE.md §5 would have it), by
 * design: the graph is the extraction's working memory, and later rules read back what earlier ones
 * wrote (an entity's type and names, a defined acronym, an initiative's lead). The finished graph
 * is handed on whole in {@link ExtractedDocument}; the README's design notes say more.
 */
final class FactWriter {

  private final ParsedDocument doc;
  private final Graph graph;
  private final Node document;
  private final Set<Node> facts = new HashSet<>();
  private final Set<TimeExpressions.TimeValue> dated =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  FactWriter(ParsedDocument doc, Graph graph) {
    this.doc = doc;
    this.graph = graph;
    this.document = uri(EntityIris.document(doc.key()));
  }

  Graph graph() {
    return graph;
  }

  Node document() {
    return document;
  }

  String docKey() {
    return doc.key();
  }

  int factCount() {
    return facts.size();
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  void add(Node s, Property p, Node o) {
    graph.add(s, p.asNode(), o);
  }

  void type(Node s, Resource type) {
    add(s, RDF.type, type.asNode());
  }

  void label(Node s, String label) {
    add(s, RDFS.label, NodeFactory.createLiteralLang(label, "en"));
  }

  void string(Node s, Property p, String value) {
    add(s, p, NodeFactory.createLiteralString(value));
  }

  void integer(Node s, Property p, long value) {
    add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
  }

  /** A node of this document: {@code id/{kind}/{doc}/{key}}. */
  Node local(String kind, String key) {
    return uri(EntityIris.inDocument(kind, doc.key(), key));
  }

  /** Marks a node as fact-bearing, with its evidence. */
  Node fact(Node node, Node evidence) {
    facts.add(node);
    add(node, SPKG.evidence, evidence);
    return node;
  }

  /** The evidence for the text of {@code span}, read by {@code rule}. */
  Node evidence(PlainText span, int section, Rule rule) {
    return evidence(span.sourceStart(0), span.sourceEnd(span.length()), section, rule);
  }

  /**
   * The evidence for the source text {@code [start, end)} (string indexes), read by {@code rule}.
   */
  Node evidence(int start, int end, int section, Rule rule) {
    SourceText source = doc.source();
    String quote = source.text().substring(start, end);
    int from = source.codePointOffset(start);
    int to = from + quote.codePointCount(0, quote.length());
    String span = from + "-" + to;
    Node ev = local("evidence", span + "." + rule.key);
    if (graph.contains(ev, RDF.type.asNode(), SPKG.Evidence.asNode())) {
      return ev;
    }
    Node quoteSelector = local("passage", span + ".quote");
    Node position = local("passage", span + ".position");
    type(ev, SPKG.Evidence);
    string(ev, SPKG.quote, quote);
    string(ev, SPKG.text, MarkdownText.plain(quote));
    add(ev, OA.hasSource, document);
    graph.add(ev, PROV.wasDerivedFrom, document);
    add(ev, OA.hasSelector, quoteSelector);
    add(ev, OA.hasSelector, position);
    add(ev, SPKG.extractedBy, uri(rule.iri()));
    add(ev, SPKG.confidence, NodeFactory.createLiteralDT(rule.confidence, XSDDatatype.XSDdecimal));
    if (section >= 0) {
      add(ev, SPKG.section, section(section));
    }
    type(quoteSelector, OA.TextQuoteSelector);
    add(quoteSelector, OA.exact, NodeFactory.createLiteralString(quote));
    type(position, OA.TextPositionSelector);
    add(
        position,
        OA.start,
        NodeFactory.createLiteralDT(Integer.toString(from), XSDDatatype.XSDnonNegativeInteger));
    add(
        position,
        OA.end,
        NodeFactory.createLiteralDT(Integer.toString(to), XSDDatatype.XSDnonNegativeInteger));
    return ev;
  }

  Node section(int index) {
    return local("section", Integer.toString(index + 1));
  }

  /**
   * A qualified participation of {@code agent} in {@code thing}, in {@code role}, with the shortcut
   * {@code thing spkg:participant agent} beside it; a second call for the same three adds to the
   * same participation (another contribution, another evidence).
   */
  Node participation(
      String thing,
      String agent,
      String role,
      Optional<TimeExpressions.TimeValue> since,
      Optional<String> contribution,
      Node evidence) {
    // One participation per actor, role and undertaking: what the actor contributes to it are
    // values of that one participation.
    String key = shortKey(thing) + "." + shortKey(agent) + "." + role;
    Node p = local("participation", key);
    type(p, SPKG.Participation);
    add(p, SPKG.agent, uri(agent));
    add(p, SPKG.role, uri(EntityIris.entity("role", role)));
    since.ifPresent(t -> date(p, SPKG.since, t));
    contribution.ifPresent(c -> add(p, SPKG.contribution, uri(c)));
    add(uri(thing), SPKG.qualifiedParticipation, p);
    add(uri(thing), SPKG.participant, uri(agent));
    return fact(p, evidence);
  }

  /** Whether a fact is already dated with this time expression (of this very sentence). */
  boolean isDated(TimeExpressions.TimeValue t) {
    return dated.contains(t);
  }

  /** A typed date with the words the text used, its precision and qualifier. */
  void date(Node s, Property p, TimeExpressions.TimeValue t) {
    dated.add(t);
    XSDDatatype type =
        switch (t.precision()) {
          case DAY -> XSDDatatype.XSDdate;
          case MONTH -> XSDDatatype.XSDgYearMonth;
          case YEAR, DECADE -> XSDDatatype.XSDgYear;
        };
    add(s, p, NodeFactory.createLiteralDT(t.lexical(), type));
    string(s, SPKG.dateText, t.text());
    add(s, SPKG.datePrecision, uri(EntityIris.entity("date-precision", t.precision().key)));
    add(s, SPKG.dateQualifier, uri(EntityIris.entity("date-qualifier", t.qualifier())));
  }

  /** An entity IRI as one key ("nation-jp", "program-cspo", "initiative-aukus"). */
  static String shortKey(String iri) {
    String rest = iri.startsWith(EntityIris.NS) ? iri.substring(EntityIris.NS.length()) : iri;
    String[] parts = rest.split("/");
    // A node of a document (kind/doc/key) is named by kind and key: the document is in the IRI.
    if (parts.length == 3) {
      return EntityIris.slug(parts[0] + "-" + parts[2]);
    }
    return EntityIris.slug(rest.replace('/', '-'));
  }
}
