package org.w3id.spkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.IngestOptions;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * Every query file parses, has a grlc summary, sits in a pack with a README, and returns rows from
 * the data it needs when its {@code #+ defaults:} are bound. (One dynamic test per file.)
 */
class QueryPackFilesTest {

  private static final Pattern DEFAULT = Pattern.compile("^#\\+\\s+-\\s+(\\w+):\\s*(\\S+)\\s*$");

  /** The ontology, the reference data and the ingested seed: what the packs query. */
  private static final Graph DATA = data();

  private static Graph data() {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    Graph all = GraphFactory.createDefaultGraph();
    Path seed = TestFiles.CORPUS.resolve(CorpusTest.SEED);
    List.of(
            files.ontology().getGraph(),
            files.reference().getGraph(),
            DocumentIngester.create(files).extract(seed, IngestOptions.defaults()).graph())
        .forEach(g -> g.find().forEachRemaining(all::add));
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyQueryFile_parsesAndAnswersWithItsDefaults() {
    List<Path> files = TestFiles.filesBelow(TestFiles.QUERIES, ".rq");
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    assertThat(file.getFileName().toString()).matches("\\d{2}-[a-z0-9-]+\\.rq");
    assertThat(file.resolveSibling("README.md")).isRegularFile();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).startsWith("#+ summary: ");

    Query query = QueryFactory.create(String.join("\n", lines));
    Map<String, String> defaults = defaults(lines);
    QueryExecBuilder exec = QueryExec.graph(DATA).query(query);
    defaults.forEach(
        (name, value) -> {
          String var = "_" + name;
          assertThat(query.getQueryPattern().toString()).contains("?" + var);
          exec.substitution(
              var,
              name.endsWith("_iri")
                  ? NodeFactory.createURI(value)
                  : NodeFactory.createLiteralString(value));
        });
    try (QueryExec qe = exec.build()) {
      RowSet rows = qe.select();
      List<Object> all = new ArrayList<>();
      rows.forEachRemaining(all::add);
      assertThat(all).as("rows of %s with defaults %s", file, defaults).isNotEmpty();
    }
  }

  private static Map<String, String> defaults(List<String> lines) {
    Map<String, String> defaults = new LinkedHashMap<>();
    boolean inDefaults = false;
    for (String line : lines) {
      if (!line.startsWith("#+")) {
        break;
      }
      if (line.startsWith("#+ defaults:")) {
        inDefaults = true;
        continue;
      }
      Matcher m = DEFAULT.matcher(line);
      if (inDefaults && m.matches()) {
        defaults.put(m.group(1), m.group(2));
      } else if (!line.startsWith("#+  ")) {
        inDefaults = false;
      }
    }
    return defaults;
  }
}
