package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/**
 * Each competency question of {@code competency-dev.yaml} is answered by its query in {@code
 * queries/competency/} over the ingested seed: every {@code must} answer comes back, and (for
 * entity answers) nothing outside {@code must} and {@code may}.
 */
class CompetencyQuestionsTest {

  private static Model union;
  private static String seedText;

  @BeforeAll
  static void ingestSeed() throws IOException {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    ExtractedDocument seed =
        DocumentIngester.create(files).extract(FactSheetReaderTest.SEED, IngestOptions.defaults());
    Graph all = GraphFactory.createDefaultGraph();
    List.of(files.ontology().getGraph(), files.reference().getGraph(), seed.graph())
        .forEach(g -> g.find().forEachRemaining(all::add));
    union = ModelFactory.createModelForGraph(all);
    seedText = Files.readString(FactSheetReaderTest.SEED);
  }

  @TestFactory
  Stream<DynamicTest> everyQuestion_isAnsweredByItsQuery() throws IOException {
    List<Map<String, Object>> questions = questions();
    assertThat(questions).hasSize(15);
    return questions.stream()
        .map(q -> DynamicTest.dynamicTest(q.get("id") + " " + q.get("question"), () -> check(q)));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> questions() throws IOException {
    String yaml = Files.readString(Path.of("src/test/resources/competency/competency-dev.yaml"));
    return (List<Map<String, Object>>)
        new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }

  @SuppressWarnings("unchecked")
  private static void check(Map<String, Object> q) throws IOException {
    String id = (String) q.get("id");
    List<List<String>> rows = run(queryFile(id));
    String kind = (String) q.get("kind");
    List<Object> must = (List<Object>) q.get("must");
    List<Object> may = q.containsKey("may") ? (List<Object>) q.get("may") : List.of();
    assertThat(rows).as("%s returns rows", id).isNotEmpty();
    if (kind.equals("evidence")) {
      checkEvidence(rows);
      return;
    }
    for (Object expected : must) {
      assertThat(rows.stream().anyMatch(row -> rowMatches(row, expected)))
          .as("%s: must answer %s in %s", id, expected, rows)
          .isTrue();
    }
    if (kind.equals("entities") || kind.equals("pairs")) {
      List<Object> allowed = new ArrayList<>(must);
      allowed.addAll(may);
      for (List<String> row : rows) {
        assertThat(allowed.stream().anyMatch(a -> rowMatches(row, a)))
            .as("%s: answer %s is neither a must nor a may answer", id, row)
            .isTrue();
      }
    }
  }

  /** A value of the row matches exactly, or the row as a whole matches on its words. */
  private static boolean rowMatches(List<String> row, Object expected) {
    if (expected instanceof List<?> pair) {
      return pair.stream().allMatch(part -> rowMatches(row, part));
    }
    return row.stream().anyMatch(v -> AnswerMatcher.matches(expected.toString(), v))
        || AnswerMatcher.matches(expected.toString(), String.join(" ", row));
  }

  /** CQ12: every initiative has a quote found verbatim in the source; all 28 are there. */
  private static void checkEvidence(List<List<String>> rows) {
    Set<String> initiatives = new HashSet<>();
    for (List<String> row : rows) {
      String quote = row.get(row.size() - 1);
      if (seedText.contains(quote)) {
        initiatives.add(row.get(0));
      }
    }
    assertThat(initiatives).hasSize(28);
  }

  private static Path queryFile(String id) throws IOException {
    String prefix = id.substring(2) + "-";
    try (Stream<Path> files = Files.list(TestFiles.QUERIES.resolve("competency"))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(".rq"))
          .findFirst()
          .orElseThrow();
    }
  }

  /** Each row as the strings a value stands for: a literal's text, an entity's names. */
  private static List<List<String>> run(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.model(union).query(Files.readString(file)).build()) {
      qe.execSelect()
          .forEachRemaining(
              (QuerySolution s) -> {
                List<String> values = new ArrayList<>();
                s.varNames().forEachRemaining(v -> values.addAll(strings(s.get(v))));
                if (s.contains("quote")) {
                  values.add(s.getLiteral("quote").getString());
                }
                rows.add(values);
              });
    }
    return rows;
  }

  private static List<String> strings(RDFNode node) {
    List<String> out = new ArrayList<>();
    if (node.isLiteral()) {
      out.add(node.asLiteral().getLexicalForm());
    } else if (node.isURIResource()) {
      out.add(node.asResource().getURI());
      for (var p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel, SPKG.acronym)) {
        node.asResource()
            .listProperties(p)
            .forEachRemaining(st -> out.add(st.getObject().asLiteral().getLexicalForm()));
      }
    }
    return out;
  }
}
