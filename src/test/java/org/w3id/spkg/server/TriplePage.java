package org.w3id.spkg.server;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.pages.EntityResource;
import org.w3id.spkg.server.pages.EntityResource.HtmlRequest;
import org.w3id.spkg.vocab.SPKG;

/**
 * A plain HTML renderer for tests of {@link EntityResource}: the description's triples about the
 * entity, to it, and about the nodes that hang off it, each IRI linked to its page on this server.
 * Test code only (the server renders {@link EntityPage}).
 */
public final class TriplePage {

  /** Predicates that only name or type a node: a node with nothing else gets no table. */
  private static final Set<Node> LABELLING =
      Set.of(
          RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(), SPKG.acronym.asNode());

  /** Escapes text for HTML element content and double- or single-quoted attribute values. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The frame of the built-in pages: title, head links, body; every argument escaped HTML. */
  private static String frame(String title, String head, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · spkg</title>%s
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;\
        padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%%}\
        td{border-top:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}\
        td:first-child{width:30%%;color:#555}</style>
        </head><body>
        %s</body></html>
        """
        .formatted(title, head, body);
  }

  private final HtmlRequest r;
  private final Map<String, String> prefixes;

  private TriplePage(HtmlRequest r) {
    this.r = r;
    this.prefixes = r.base().prefixes(r.description());
  }

  /** The page of {@code r}. */
  public static String render(HtmlRequest r) {
    return new TriplePage(r).page();
  }

  private String page() {
    Graph g = r.description();
    Node entity = NodeFactory.createURI(r.iri());
    String title = escape(label(entity).orElse(r.iri()));
    List<Offer<String>> data =
        EntityResource.FORMATS.offers().stream().filter(v -> !v.value().equals("html")).toList();
    StringBuilder body = new StringBuilder(8192);
    body.append(
        "<h1>%s</h1>\n<p><code>%s</code></p>\n<p>As data: %s</p>\n"
            .formatted(
                title,
                escape(r.iri()),
                data.stream()
                    .map(v -> "<a href=\"?format=%s\">%s</a>".formatted(v.format(), v.mediaType()))
                    .collect(Collectors.joining(" · "))));
    table(body, "Statements", g.find(entity, Node.ANY, Node.ANY).toList(), false);
    table(body, "Links to it", g.find(Node.ANY, Node.ANY, entity).toList(), true);
    Set<Node> others = new TreeSet<>(Comparator.comparing(Node::toString));
    g.find().forEachRemaining(t -> others.add(t.getSubject()));
    others.remove(entity);
    for (Node other : others) {
      List<Triple> about =
          g.find(other, Node.ANY, Node.ANY).filterDrop(t -> t.getObject().equals(entity)).toList();
      if (about.stream().anyMatch(t -> !LABELLING.contains(t.getPredicate()))) {
        table(body, "About " + label(other).orElse(name(other)), about, false);
      }
    }
    body.append("<p><a href=\"%s\">Query the graph</a></p>\n".formatted(escape(r.localBase())));
    String head =
        data.stream()
            .map(
                v ->
                    "<link rel=\"alternate\" type=\"%s\" href=\"?format=%s\">"
                        .formatted(v.mediaType(), v.format()))
            .collect(Collectors.joining());
    return frame(title, head, body.toString());
  }

  private void table(StringBuilder b, String heading, List<Triple> triples, boolean incoming) {
    if (triples.isEmpty()) {
      return;
    }
    b.append("<h2>").append(escape(heading)).append("</h2>\n<table>\n");
    triples.stream()
        .map(t -> List.of(t.getPredicate(), incoming ? t.getSubject() : t.getObject()))
        .sorted(Comparator.comparing(row -> row.get(0) + " " + row.get(1)))
        .forEach(
            row ->
                b.append(
                    "<tr><td>%s%s</td><td>%s</td></tr>\n"
                        .formatted(term(row.get(0)), incoming ? " of" : "", term(row.get(1)))));
    b.append("</table>\n");
  }

  private String term(Node n) {
    if (n.isURI()) {
      String text = escape(label(n).filter(l -> !n.getURI().equals(r.iri())).orElse(name(n)));
      return href(n.getURI())
          .map(h -> "<a href=\"" + escape(h) + "\">" + text + "</a>")
          .orElse(text);
    }
    if (!n.isLiteral()) {
      return escape(n.toString());
    }
    String lang = n.getLiteralLanguage();
    String type = n.getLiteralDatatypeURI();
    String suffix =
        !lang.isEmpty()
            ? "@" + lang
            : type.equals(XSD.xstring.getURI()) ? "" : name(NodeFactory.createURI(type));
    return escape(n.getLiteralLexicalForm())
        + (suffix.isEmpty() ? "" : " <small>" + escape(suffix) + "</small>");
  }

  /** A link on this server for our entities and the ontology, else http(s) IRIs as they are. */
  private Optional<String> href(String iri) {
    String ours = r.base().iri();
    if (iri.startsWith(ours + "id/") || iri.startsWith(ours + "ontology")) {
      return r.localUrl(iri);
    }
    boolean web = iri.startsWith("http://") || iri.startsWith("https://");
    return web ? Optional.of(iri) : Optional.empty();
  }

  private String name(Node n) {
    String iri = n.getURI();
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
        return e.getKey() + ":" + iri.substring(e.getValue().length());
      }
    }
    return iri;
  }

  /** The English preferred label, else the English label, else any; empty if none. */
  private Optional<String> label(Node n) {
    return Stream.of(SKOS.prefLabel, RDFS.label)
        .flatMap(p -> r.description().find(n, p.asNode(), Node.ANY).toList().stream())
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .min(Comparator.comparing((Node l) -> !l.getLiteralLanguage().startsWith("en")))
        .map(Node::getLiteralLexicalForm);
  }
}
