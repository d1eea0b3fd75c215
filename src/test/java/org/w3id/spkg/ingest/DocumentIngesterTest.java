package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.validate.ShapesValidator;
import org.w3id.spkg.validate.ValidationOutcome;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

class DocumentIngesterTest {

  private static final OntologyFiles FILES = OntologyFiles.at(TestFiles.ONTOLOGY);
  private static DocumentIngester ingester;
  private static ExtractedDocument seed;

  @TempDir Path dir;

  @BeforeAll
  static void ingestSeed() {
    ingester = DocumentIngester.create(FILES);
    seed = ingester.extract(FactSheetReaderTest.SEED, IngestOptions.defaults());
  }

  @Test
  void seed_givesAll28InitiativesAndTheDirectives() {
    assertThat(seed.stats().initiatives()).isEqualTo(28);
    assertThat(seed.stats().directives()).isGreaterThanOrEqualTo(5);
    assertThat(seed.warnings()).isEmpty();
    assertThat(seed.key())
        .isEqualTo("2023-12-20-fact-sheet-strengthening-us-international-space-partnerships");
    assertThat(seed.graphIri()).isEqualTo("https://w3id.org/spkg/graph/" + seed.key());
  }

  @Test
  void seedGraph_conformsToTheShapes() {
    ValidationOutcome outcome = ShapesValidator.withBackground(FILES).validate(seed.graph());
    assertThat(outcome.results()).isEmpty();
  }

  @Test
  void everyQuote_standsVerbatimInTheFileAtItsCodePointOffsets() throws IOException {
    String text = Files.readString(FactSheetReaderTest.SEED, StandardCharsets.UTF_8);
    Graph g = seed.graph();
    Node oaStart = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    Node oaEnd = NodeFactory.createURI("http://www.w3.org/ns/oa#end");
    Node hasSelector = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    List<Triple> quotes = g.find(Node.ANY, SPKG.quote.asNode(), Node.ANY).toList();
    assertThat(quotes).hasSizeGreaterThan(50);
    for (Triple q : quotes) {
      Node position =
          g.find(q.getSubject(), hasSelector, Node.ANY).toList().stream()
              .map(Triple::getObject)
              .filter(sel -> g.contains(sel, oaStart, Node.ANY))
              .findFirst()
              .orElseThrow();
      int start =
          ((Number) g.find(position, oaStart, Node.ANY).next().getObject().getLiteralValue())
              .intValue();
      int end =
          ((Number) g.find(position, oaEnd, Node.ANY).next().getObject().getLiteralValue())
              .intValue();
      String atOffsets =
          text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
      assertThat(atOffsets).isEqualTo(q.getObject().getLiteralLexicalForm());
    }
  }

  @Test
  void sameInput_givesTheSameTriples() {
    Graph again = ingester.extract(FactSheetReaderTest.SEED, IngestOptions.defaults()).graph();
    assertThat(again.isIsomorphicWith(seed.graph())).isTrue();
    assertThat(again.find().toSet()).isEqualTo(seed.graph().find().toSet());
    assertThat(again.find().toList())
        .noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
  }

  @Test
  void documentWithoutFrontMatter_takesTitleFromHeadingAndDateFromOption() throws IOException {
    Path md =
        write("note.md", "# A Note on Lunar Cooperation\n\nNASA and Japan will meet next year.\n");
    ExtractedDocument d =
        ingester.extract(md, new IngestOptions(Optional.of(LocalDate.of(2025, 3, 1))));
    Node doc = NodeFactory.createURI(d.documentIri());
    assertThat(
            d.graph()
                .find(doc, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm())
        .isEqualTo("A Note on Lunar Cooperation");
    assertThat(
            d.graph()
                .contains(
                    Node.ANY,
                    SPKG.plannedFor.asNode(),
                    NodeFactory.createLiteralDT(
                        "2026", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)))
        .isTrue();
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void documentWithoutDate_isIngestedWithAWarning() throws IOException {
    Path md = write("undated.md", "# Undated\n\nNASA will do things next year.\n");
    ExtractedDocument d = ingester.extract(md, IngestOptions.defaults());
    assertThat(d.warnings()).anyMatch(w -> w.contains("no date"));
    assertThat(d.graph().contains(Node.ANY, SPKG.plannedFor.asNode(), Node.ANY)).isFalse();
  }

  @Test
  void documentWithoutEntities_givesStructureOnlyWithAWarning_unlessItIsOffTopic()
      throws IOException {
    Path md =
        write(
            "plain.md",
            "---\ntitle: Plain\ndate: '2024-01-02'\n---\nNothing here names anything at all.\n");
    ExtractedDocument d =
        ingester.extract(md, new IngestOptions(Optional.empty(), IngestOptions.Topic.ALL));
    ExtractedDocument gated = ingester.extract(md, IngestOptions.defaults());
    assertThat(d.warnings()).anyMatch(w -> w.contains("no recognisable entity"));
    assertThat(gated.warnings())
        .as("an off-topic document names nothing by design")
        .noneMatch(w -> w.contains("no recognisable entity"));
    assertThat(
            d.graph()
                .contains(
                    NodeFactory.createURI(d.documentIri()),
                    RDF.type.asNode(),
                    SPKG.Document.asNode()))
        .isTrue();
  }

  @Test
  void badInputs_areRefusedWithFileAndLine() throws IOException {
    List<Path> bad = new ArrayList<>();
    bad.add(dir.resolve("missing.md"));
    bad.add(write("empty.md", ""));
    bad.add(write("blank.md", "  \n\n"));
    Path binary = dir.resolve("binary.md");
    Files.write(binary, new byte[] {'#', ' ', 'x', 0, 1, 2});
    bad.add(binary);
    Path latin1 = dir.resolve("latin1.md");
    Files.write(latin1, "# Caf\u00e9 \u00e0 Paris\n".getBytes(StandardCharsets.ISO_8859_1));
    bad.add(latin1);
    bad.add(write("yaml.md", "---\ntitle: [unclosed\ndate: '2024-01-01'\n---\nText.\n"));
    bad.add(write("date.md", "---\ntitle: T\ndate: 'next Tuesday'\n---\nText.\n"));
    bad.add(write("unclosed.md", "---\ntitle: T\n\nText with no closing front matter.\n"));
    for (Path file : bad) {
      assertThatThrownBy(() -> ingester.extract(file, IngestOptions.defaults()))
          .as(file.toString())
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith(file.toString());
    }
    assertThatThrownBy(() -> ingester.extract(dir.resolve("date.md"), IngestOptions.defaults()))
        .hasMessageContaining(":3:")
        .hasMessageContaining("expected YYYY-MM-DD");
    assertThatThrownBy(() -> ingester.extract(latin1, IngestOptions.defaults()))
        .hasMessageContaining(":1:")
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void fileOverTheLimit_isRefusedWithTheLimit() throws IOException {
    Path big = dir.resolve("big.md");
    byte[] line =
        "NASA and Japan are partners in many programs of the kind.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written <= SourceText.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    assertThatThrownBy(() -> ingester.extract(big, IngestOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("the limit is");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
