package org.w3id.spkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/**
 * Generated documents go through the ingester, and the ingester finds what the generator wrote:
 * every initiative, every invented program as an entity of its head word's class, every directive
 * and amount, and (nearly) every count, percentage, date and lead. The measured rates are printed.
 */
class GeneratedCorpusIngestTest {

  private static final int DOCUMENTS = 20;
  private static final long SEED = 42;

  @TempDir static Path dir;

  private static final List<GeneratedDocument> written = new ArrayList<>();
  private static final List<ExtractedDocument> found = new ArrayList<>();
  private static final Map<String, long[]> rates = new TreeMap<>();

  @BeforeAll
  static void generateAndIngest() throws IOException {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    CorpusGenerator.create(files).documents(SEED).limit(DOCUMENTS).forEach(written::add);
    DocumentIngester ingester = DocumentIngester.create(files);
    for (GeneratedDocument doc : written) {
      Path file = dir.resolve(doc.fileName());
      Files.writeString(file, doc.text(), StandardCharsets.UTF_8);
      found.add(ingester.extract(file, IngestOptions.defaults()));
    }
    for (int i = 0; i < DOCUMENTS; i++) {
      GeneratedDocument w = written.get(i);
      ExtractedDocument d = found.get(i);
      Graph g = d.graph();
      rate("initiatives", d.stats().initiatives(), w.initiatives());
      rate("led initiatives", ledInitiatives(g), w.initiatives());
      rate(
          "acronyms",
          w.acronyms().stream().filter(a -> entity(g, a) != null).count(),
          w.acronyms().size());
      rate("directives", d.stats().directives(), w.directives());
      rate("amounts", instances(g, SPKG.MonetaryAmount), w.amounts());
      rate("counts", instances(g, SPKG.Count), w.counts());
      rate("percentages", instances(g, SPKG.Percentage), w.percentages());
      rate("dates", datedFacts(g), w.dates());
    }
    rates.forEach(
        (kind, n) ->
            System.out.printf("generated corpus: %-16s found %4d of %4d%n", kind, n[0], n[1]));
  }

  @Test
  void everyDocument_ingestsWithoutWarnings_withAHealthyNumberOfFacts() {
    for (int i = 0; i < DOCUMENTS; i++) {
      ExtractedDocument d = found.get(i);
      assertThat(d.warnings()).as(d.key()).isEmpty();
      assertThat(d.stats().facts())
          .as(d.key())
          .isGreaterThanOrEqualTo(3 * written.get(i).initiatives());
      assertThat(d.stats().entities()).as(d.key()).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void initiativesFound_areTheInitiativesWritten_documentByDocument() {
    for (int i = 0; i < DOCUMENTS; i++) {
      assertThat(found.get(i).stats().initiatives())
          .as(written.get(i).fileName())
          .isEqualTo(written.get(i).initiatives());
    }
  }

  @Test
  void everyDefinedAcronym_becomesAnEntity_ofTheClassOfItsHeadWord() {
    Map<String, String> classOfHead = new TreeMap<>();
    for (String line : Phrasebook.lines("heads.txt")) {
      String[] parts = line.split("\t");
      classOfHead.put(parts[0], parts[1]);
    }
    int checked = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      Graph g = found.get(i).graph();
      for (String acronym : written.get(i).acronyms()) {
        Node entity = entity(g, acronym);
        assertThat(entity).as(acronym + " in " + written.get(i).fileName()).isNotNull();
        String label =
            g.find(entity, RDFS.label.asNode(), Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm();
        String head = label.substring(label.lastIndexOf(' ') + 1);
        Node type = NodeFactory.createURI(SPKG.NS + classOfHead.get(head));
        assertThat(g.contains(entity, RDF.type.asNode(), type)).as(label + " a " + type).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(DOCUMENTS);
  }

  @Test
  void directivesAndAmounts_areAllFound() {
    assertThat(rates.get("directives")[0]).isEqualTo(rates.get("directives")[1]).isPositive();
    assertThat(rates.get("amounts")[0]).isEqualTo(rates.get("amounts")[1]).isPositive();
  }

  @Test
  void countsPercentagesDatesAndLeads_areNearlyAllFound_andNoneInvented() {
    for (String kind : List.of("counts", "percentages", "dates", "led initiatives")) {
      long[] r = rates.get(kind);
      assertThat(r[1]).as(kind + " written").isPositive();
      assertThat(r[0])
          .as(kind + " found")
          .isLessThanOrEqualTo(r[1])
          .isGreaterThanOrEqualTo(r[1] * 95 / 100);
    }
  }

  private static void rate(String kind, long got, long of) {
    long[] r = rates.computeIfAbsent(kind, k -> new long[2]);
    r[0] += got;
    r[1] += of;
  }

  private static int instances(Graph g, Resource type) {
    return g.find(Node.ANY, RDF.type.asNode(), type.asNode()).toList().size();
  }

  private static int ledInitiatives(Graph g) {
    return (int)
        g.find(Node.ANY, RDF.type.asNode(), SPKG.Initiative.asNode()).toList().stream()
            .filter(t -> g.contains(t.getSubject(), SPKG.ledBy.asNode(), Node.ANY))
            .count();
  }

  /**
   * Time expressions that date a fact: distinct pairs of a quote and the date words it holds
   * ("today" aside, which the templates write as plain text, not as a date slot).
   */
  private static int datedFacts(Graph g) {
    Set<String> pairs = new TreeSet<>();
    for (Property p : List.of(SPKG.plannedFor, SPKG.since, SPKG.date)) {
      for (Triple t : g.find(Node.ANY, p.asNode(), Node.ANY).toList()) {
        Node fact = t.getSubject();
        for (Triple text : g.find(fact, SPKG.dateText.asNode(), Node.ANY).toList()) {
          String words = text.getObject().getLiteralLexicalForm();
          if (words.equalsIgnoreCase("today")) {
            continue;
          }
          for (Triple ev : g.find(fact, SPKG.evidence.asNode(), Node.ANY).toList()) {
            for (Triple q : g.find(ev.getObject(), SPKG.quote.asNode(), Node.ANY).toList()) {
              String quote = q.getObject().getLiteralLexicalForm().replaceAll("\\s+", " ");
              if (quote.contains(words)) {
                pairs.add(quote + "|" + words);
              }
            }
          }
        }
      }
    }
    return pairs.size();
  }

  private static Node entity(Graph g, String acronym) {
    List<Triple> t =
        g.find(Node.ANY, SPKG.acronym.asNode(), NodeFactory.createLiteralString(acronym)).toList();
    return t.isEmpty() ? null : t.get(0).getSubject();
  }
}
