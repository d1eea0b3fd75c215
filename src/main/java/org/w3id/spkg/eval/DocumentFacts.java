package org.w3id.spkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * The facts of one document's graph, kind by kind, each described by the fields a gold fact is
 * matched on (names, roles, kinds, values, quotes). Part of {@link GoldEvaluation}.
 */
final class DocumentFacts {

  private static final Node VALUE = SchemaDO.value.asNode();
  private static final Node UNIT_TEXT = SchemaDO.unitText.asNode();
  private static final Node CURRENCY = SchemaDO.currency.asNode();
  private static final List<Node> NAME_PROPERTIES =
      List.of(
          RDFS.label.asNode(),
          SKOS.prefLabel.asNode(),
          SKOS.altLabel.asNode(),
          SPKG.acronym.asNode(),
          DCTerms.title.asNode());
  private static final List<Node> DATE_PROPERTIES =
      List.of(
          SPKG.date.asNode(), SPKG.plannedFor.asNode(), SPKG.since.asNode(), SPKG.until.asNode());

  private final DatasetGraph data;
  private final Node graph;

  DocumentFacts(DatasetGraph data, Node graph) {
    this.data = data;
    this.graph = graph;
  }

  List<Candidate> candidates(GoldStandard.Kind kind) {
    return switch (kind) {
      case ENTITIES -> entities();
      case PARTICIPATIONS -> participations();
      case DIRECTIVES -> commitments(true);
      case COMMITMENTS -> commitments(false);
      case DATES -> dates();
      case QUANTITIES -> quantities();
      case ACRONYMS -> acronyms();
    };
  }

  /** The entities the document mentions. */
  private List<Candidate> entities() {
    List<Candidate> out = new ArrayList<>();
    for (Node e : objects(document(), SPKG.mentions.asNode())) {
      Set<String> types = new HashSet<>();
      for (Node t : values(e, RDF.type.asNode())) {
        if (t.isURI() && t.getURI().startsWith(SPKG.NS)) {
          types.add(t.getURI().substring(SPKG.NS.length()));
        }
      }
      out.add(
          new Candidate(
              e,
              Map.of("names", namesOf(e), "types", types),
              label(e) + " (" + String.join(", ", new java.util.TreeSet<>(types)) + ")"));
    }
    return out;
  }

  private List<Candidate> participations() {
    List<Candidate> out = new ArrayList<>();
    var found = data.find(graph, Node.ANY, SPKG.qualifiedParticipation.asNode(), Node.ANY);
    while (found.hasNext()) {
      Quad q = found.next();
      Node undertaking = q.getSubject();
      Node p = q.getObject();
      for (Node agent : objects(p, SPKG.agent.asNode())) {
        Set<String> roles = new HashSet<>();
        objects(p, SPKG.role.asNode()).forEach(r -> roles.add(localName(r)));
        out.add(
            new Candidate(
                p,
                Map.of("role", roles, "actor", namesOf(agent), "undertaking", namesOf(undertaking)),
                label(agent) + " – " + String.join("/", roles) + " – " + label(undertaking)));
      }
    }
    return out;
  }

  private List<Candidate> commitments(boolean directives) {
    List<Candidate> out = new ArrayList<>();
    Node type = directives ? SPKG.Directive.asNode() : SPKG.Commitment.asNode();
    var found = data.find(graph, Node.ANY, RDF.type.asNode(), type);
    while (found.hasNext()) {
      Node c = found.next().getSubject();
      if (!directives && data.contains(graph, c, RDF.type.asNode(), SPKG.Directive.asNode())) {
        continue;
      }
      Set<String> kinds = new HashSet<>();
      objects(c, SPKG.commitmentKind.asNode()).forEach(k -> kinds.add(localName(k)));
      Set<String> who = new LinkedHashSet<>();
      objects(c, (directives ? SPKG.addressee : SPKG.issuer).asNode())
          .forEach(a -> who.addAll(namesOf(a)));
      Set<String> text = new LinkedHashSet<>(labels(c));
      text.addAll(quotes(c));
      out.add(
          new Candidate(
              c,
              Map.of(directives ? "addressee" : "issuer", who, "kind", kinds, "text", text),
              (who.isEmpty() ? "?" : who.iterator().next()) + ": " + label(c)));
    }
    return out;
  }

  private List<Candidate> dates() {
    List<Candidate> out = new ArrayList<>();
    for (Node p : DATE_PROPERTIES) {
      var found = data.find(graph, Node.ANY, p, Node.ANY);
      while (found.hasNext()) {
        Quad q = found.next();
        Set<String> precision = new HashSet<>();
        objects(q.getSubject(), SPKG.datePrecision.asNode())
            .forEach(x -> precision.add(localName(x)));
        String value = q.getObject().getLiteralLexicalForm();
        out.add(
            new Candidate(
                q.getSubject(),
                Map.of("date", Set.of(value), "precision", precision),
                value + " (" + String.join("/", precision) + "): " + label(q.getSubject())));
      }
    }
    return out;
  }

  private List<Candidate> quantities() {
    List<Candidate> out = new ArrayList<>();
    for (String cls : List.of("Count", "MonetaryAmount", "Percentage")) {
      var found =
          data.find(graph, Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SPKG.NS + cls));
      while (found.hasNext()) {
        Node n = found.next().getSubject();
        Set<String> value = new HashSet<>();
        objects(n, VALUE).forEach(v -> value.add(v.getLiteralLexicalForm()));
        Set<String> measures = new LinkedHashSet<>(labels(n));
        objects(n, UNIT_TEXT).forEach(u -> measures.add(u.getLiteralLexicalForm()));
        objects(n, CURRENCY).forEach(u -> measures.add(u.getLiteralLexicalForm()));
        measures.addAll(quotes(n));
        out.add(
            new Candidate(
                n,
                Map.of("kind", Set.of(cls), "value", value, "measures", measures),
                String.join("/", value) + " (" + cls + "): " + label(n)));
      }
    }
    return out;
  }

  /**
   * The acronyms the document defines or uses: those its graph states, and those of the entities it
   * mentions that stand in one of its quotes (a reference entity's acronym the text never writes is
   * not the document's).
   */
  private List<Candidate> acronyms() {
    List<Candidate> out = new ArrayList<>();
    Set<String> words = new HashSet<>();
    data.find(graph, Node.ANY, SPKG.quote.asNode(), Node.ANY)
        .forEachRemaining(
            q ->
                words.addAll(
                    Arrays.asList(
                        q.getObject().getLiteralLexicalForm().split("[^\\p{L}\\p{N}-]+"))));
    for (Node e : objects(document(), SPKG.mentions.asNode())) {
      for (Node a : values(e, SPKG.acronym.asNode())) {
        if (!data.contains(graph, e, SPKG.acronym.asNode(), a)
            && !words.contains(a.getLiteralLexicalForm())) {
          continue;
        }
        out.add(
            new Candidate(
                e,
                Map.of("acronym", Set.of(a.getLiteralLexicalForm()), "names", labels(e)),
                a.getLiteralLexicalForm() + " = " + label(e)));
      }
    }
    return out;
  }

  /** The quotes of the evidence of {@code n}: what a fact rests on, as free text to match. */
  private Set<String> quotes(Node n) {
    Set<String> out = new LinkedHashSet<>();
    for (Node ev : objects(n, SPKG.evidence.asNode())) {
      objects(ev, SPKG.quote.asNode()).forEach(q -> out.add(q.getLiteralLexicalForm()));
    }
    return out;
  }

  /** Objects of {@code s p} in the document's graph. */
  private List<Node> objects(Node s, Node p) {
    List<Node> out = new ArrayList<>();
    data.find(graph, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
    return out;
  }

  /**
   * The names of {@code n}: its labels, alternative labels and acronyms, and its IRI in full and
   * short ({@code nation/JP}), so a gold file may name a thing by its IRI.
   */
  private Set<String> namesOf(Node n) {
    Set<String> out = new LinkedHashSet<>();
    if (n.isURI()) {
      out.add(n.getURI());
      if (n.getURI().startsWith(EntityIris.NS)) {
        out.add(n.getURI().substring(EntityIris.NS.length()));
      }
    }
    out.addAll(labels(n));
    return out;
  }

  /** The labels, alternative labels and acronyms of {@code n}: its names as text, no IRI. */
  private Set<String> labels(Node n) {
    Set<String> out = new LinkedHashSet<>();
    for (Node p : NAME_PROPERTIES) {
      values(n, p).stream()
          .filter(Node::isLiteral)
          .forEach(l -> out.add(l.getLiteralLexicalForm()));
    }
    return out;
  }

  private String label(Node n) {
    for (Node p : NAME_PROPERTIES) {
      for (Node l : values(n, p)) {
        if (l.isLiteral()) {
          return l.getLiteralLexicalForm();
        }
      }
    }
    return localName(n);
  }

  private static String localName(Node n) {
    String iri = n.isURI() ? n.getURI() : n.toString();
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  Node document() {
    var found = data.find(graph, Node.ANY, RDF.type.asNode(), SPKG.Document.asNode());
    return found.hasNext() ? found.next().getSubject() : NodeFactory.createBlankNode();
  }

  /** Objects of {@code s p} in any graph (reference data, inferred types). */
  Set<Node> values(Node s, Node p) {
    Set<Node> out = new LinkedHashSet<>();
    data.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
    return out;
  }
}
