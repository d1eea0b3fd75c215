package org.w3id.spkg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The rule tests' one way to read an invented document: written into a test's folder with a title
 * and the date 2025-03-01, read by one ingester over the project's ontology and reference data, its
 * graph asked with the prefixes every rule test uses.
 */
final class RuleFixture {

  /** The prefixes of every rule test's queries. */
  static final String PREFIXES =
      """
      PREFIX spkg: <https://w3id.org/spkg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX schema: <https://schema.org/>
      PREFIX id: <https://w3id.org/spkg/id/>
      PREFIX agency: <https://w3id.org/spkg/id/agency/>
      PREFIX nation: <https://w3id.org/spkg/id/nation/>
      PREFIX office: <https://w3id.org/spkg/id/office/>
      PREFIX program: <https://w3id.org/spkg/id/program/>
      PREFIX role: <https://w3id.org/spkg/id/role/>
      PREFIX kind: <https://w3id.org/spkg/id/commitment-kind/>
      PREFIX datekind: <https://w3id.org/spkg/id/date-kind/>
      PREFIX precision: <https://w3id.org/spkg/id/date-precision/>
      """;

  private static DocumentIngester ingester;

  private RuleFixture() {}

  private static synchronized DocumentIngester ingester() {
    if (ingester == null) {
      ingester = DocumentIngester.create(OntologyFiles.at(TestFiles.ONTOLOGY));
    }
    return ingester;
  }

  /**
   * The graph of a document named {@code name} in {@code dir}, with this title and Markdown body,
   * read under {@code topic}.
   */
  static Graph ingest(Path dir, String name, String title, String body, IngestOptions.Topic topic)
      throws IOException {
    String md = "---\ntitle: '" + title.replace("'", "''") + "'\ndate: '2025-03-01'\n---\n" + body;
    Path file = Files.writeString(dir.resolve(name), md, StandardCharsets.UTF_8);
    Graph g = GraphFactory.createDefaultGraph();
    ingester()
        .extract(file, new IngestOptions(Optional.empty(), topic))
        .graph()
        .find()
        .forEachRemaining(g::add);
    return g;
  }

  /**
   * A fact sheet named {@code name} in {@code dir} whose body is {@code items} under the announcing
   * lead-in of the genre, read with every passage open to facts.
   */
  static Graph factSheet(Path dir, String name, String... items) throws IOException {
    return titled(
        dir,
        name,
        "Test fact sheet",
        "The Vice President is announcing the following initiatives:\n\n" + String.join("", items));
  }

  /** A document with this title and body, read with every passage open to facts. */
  static Graph titled(Path dir, String name, String title, String body) throws IOException {
    return ingest(dir, name, title, body, IngestOptions.Topic.ALL);
  }

  /** A bold-led list item, "- **Title:** text". */
  static String item(String title, String text) {
    return "-   **" + title + ":** " + text + "\n";
  }

  /** The pattern of a qualified participation of {@code agent} in {@code role}. */
  static String part(String agent, String role) {
    return "spkg:qualifiedParticipation [ spkg:agent " + agent + " ; spkg:role role:" + role + " ]";
  }

  /** A document with this title and body, read as spkg reads by default (space only). */
  static Graph spaceDoc(Path dir, String title, String body) throws IOException {
    return ingest(dir, "doc.md", title, body, IngestOptions.Topic.SPACE);
  }

  /**
   * Whether {@code g} holds a commitment of {@code issuer}, of {@code kind}, whose label starts
   * with {@code labelStart}, with its evidence.
   */
  static boolean commitment(Graph g, String issuer, String kind, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer "
            + issuer
            + " ; spkg:commitmentKind kind:"
            + kind
            + " ; rdfs:label ?l ; spkg:evidence ?e . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }

  /** Whether {@code pattern} (a group graph pattern's inside) holds in {@code g}. */
  static boolean ask(Graph g, String pattern) {
    try (QueryExecution qe =
        QueryExecution.model(ModelFactory.createModelForGraph(g))
            .query(PREFIXES + "ASK { " + pattern + " }")
            .build()) {
      return qe.execAsk();
    }
  }

  /** The values of {@code ?x} that {@code query} (a SELECT, without prefixes) gives, as text. */
  static List<String> select(Graph g, String query) {
    List<String> out = new ArrayList<>();
    try (QueryExecution qe =
        QueryExecution.model(ModelFactory.createModelForGraph(g)).query(PREFIXES + query).build()) {
      qe.execSelect()
          .forEachRemaining(
              s ->
                  out.add(
                      s.get("x").isLiteral()
                          ? s.getLiteral("x").getString()
                          : s.getResource("x").getURI()));
    }
    return out;
  }
}
