package org.w3id.spkg.server.endpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.store.VoidDescription;

/**
 * The VoID description as an HTML page ({@code void-page/fragments.html}): the dataset's title,
 * licence, endpoint and dumps, its counts, vocabularies, linksets, and its class and property
 * partitions, largest first.
 */
final class VoidPage {

  private static final HtmlTemplates TEMPLATES =
      HtmlTemplates.of(VoidPage.class, "void-page/", "fragments.html");
  private static final Node DATASET = NodeFactory.createURI(VoidDescription.NS + "dataset");

  private VoidPage() {}

  /** The page of {@code description}, with links relative to {@code localBase}. */
  static String html(Graph description, PrefixMapping prefixes, String localBase) {
    Map<String, Object> values =
        HtmlTemplates.values(
            "base",
            localBase,
            "dataset",
            DATASET.getURI(),
            "title",
            text(description, DCTerms.title.asNode()).orElse("spkg dataset"),
            "description",
            text(description, DCTerms.description.asNode()).orElse(null),
            "licence",
            text(description, DCTerms.license.asNode()).orElse(null),
            "homepage",
            text(description, FOAF.homepage.asNode()).orElse(null),
            "endpoint",
            text(description, VOID.sparqlEndpoint.asNode()).orElse(null),
            "uriSpace",
            text(description, VOID.uriSpace.asNode()).orElse(null),
            "dumps",
            objects(description, DATASET, VOID.dataDump.asNode()).stream()
                .map(d -> Map.of("href", d))
                .toList(),
            "counts",
            counts(description),
            "vocabularies",
            objects(description, DATASET, VOID.vocabulary.asNode()).stream()
                .map(v -> Map.of("href", v))
                .toList(),
            "linksets",
            linksets(description, prefixes),
            "classes",
            partitions(description, VOID.classPartition, VOID._class, VOID.entities, prefixes),
            "properties",
            partitions(description, VOID.propertyPartition, VOID.property, VOID.triples, prefixes));
    return HtmlTemplates.page(
            HtmlTemplates.values(
                "title",
                "VoID description · spkg",
                "head",
                TEMPLATES.render("head", Map.of()),
                "body",
                TEMPLATES.render("body", values)))
        .text();
  }

  private static List<Map<String, String>> counts(Graph g) {
    return List.of(
            Map.entry("Triples", VOID.triples),
            Map.entry("Entities", VOID.entities),
            Map.entry("Distinct subjects", VOID.distinctSubjects),
            Map.entry("Distinct objects", VOID.distinctObjects),
            Map.entry("Classes", VOID.classes),
            Map.entry("Properties", VOID.properties))
        .stream()
        .flatMap(
            e ->
                text(g, e.getValue().asNode())
                    .map(v -> Map.of("name", e.getKey(), "value", v))
                    .stream())
        .toList();
  }

  private static List<Map<String, String>> linksets(Graph g, PrefixMapping prefixes) {
    return objects(g, DATASET, VOID.subset.asNode()).stream()
        .map(NodeFactory::createURI)
        .filter(s -> g.contains(s, RDF.type.asNode(), VOID.Linkset.asNode()))
        .map(
            s ->
                Map.of(
                    "predicate",
                    shortName(first(g, s, VOID.linkPredicate.asNode()), prefixes),
                    "target",
                    first(
                            g,
                            NodeFactory.createURI(first(g, s, VOID.objectsTarget.asNode())),
                            DCTerms.title.asNode())
                        .transform(t -> t.isEmpty() ? first(g, s, VOID.objectsTarget.asNode()) : t),
                    "triples",
                    first(g, s, VOID.triples.asNode())))
        .toList();
  }

  /**
   * The partitions of the dataset by {@code link}, named by {@code what}, counted by {@code count}.
   */
  private static List<Map<String, String>> partitions(
      Graph g,
      org.apache.jena.rdf.model.Property link,
      org.apache.jena.rdf.model.Property what,
      org.apache.jena.rdf.model.Property count,
      PrefixMapping prefixes) {
    return g.find(DATASET, link.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
        .map(
            p ->
                Map.entry(
                    shortName(first(g, p, what.asNode()), prefixes),
                    number(first(g, p, count.asNode()))))
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> Map.of("name", e.getKey(), "count", Long.toString(e.getValue())))
        .toList();
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String shortName(String iri, PrefixMapping prefixes) {
    String qname = prefixes.qnameFor(iri);
    return qname == null ? iri : qname;
  }

  private static Optional<String> text(Graph g, Node property) {
    List<String> values = objects(g, DATASET, property);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static String first(Graph g, Node subject, Node property) {
    List<String> values = objects(g, subject, property);
    return values.isEmpty() ? "" : values.get(0);
  }

  /** The objects of {@code subject property}, as IRIs or lexical forms, sorted. */
  private static List<String> objects(Graph g, Node subject, Node property) {
    return g
        .find(subject, property, Node.ANY)
        .mapWith(Triple::getObject)
        .mapWith(o -> o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : "")
        .toList()
        .stream()
        .filter(s -> !s.isEmpty())
        .sorted()
        .toList();
  }
}
