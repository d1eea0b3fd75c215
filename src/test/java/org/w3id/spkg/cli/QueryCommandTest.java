package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

  /** The label of Japan (reference data) and the documents (document graphs), in one query. */
  static final String ACROSS_GRAPHS =
      "SELECT ?label (COUNT(DISTINCT ?doc) AS ?documents)"
          + " WHERE { <https://w3id.org/spkg/id/nation/JP> rdfs:label ?label ."
          + " ?doc a spkg:Document } GROUP BY ?label";

  @TempDir static Path dir;
  static Path store;

  @BeforeAll
  static void ingest() {
    store = IngestCommandTest.ingestCorpus(dir.resolve("store"));
  }

  @Test
  void select_asTable_byDefault_overTheUnionOfTheGraphs() {
    CommandRun run = CommandRun.of("query", "--store", store.toString(), ACROSS_GRAPHS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("| label").contains("\"Japan\"@en").contains("| 3 ");
  }

  @Test
  void select_asCsvTsvJson_isReadBackByJena() {
    String[][] formats = {{"csv"}, {"tsv"}, {"json"}};
    for (String[] format : formats) {
      CommandRun run =
          CommandRun.of("query", "--store", store.toString(), "--format", format[0], ACROSS_GRAPHS);
      assertThat(run.exitCode()).as(run.err()).isZero();
      ResultSet results =
          ResultSetMgr.read(
              new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)),
              lang(format[0]));
      assertThat(results.next().get("documents").asLiteral().getInt()).as(format[0]).isEqualTo(3);
    }
  }

  @Test
  void construct_isTurtle() {
    CommandRun run =
        CommandRun.of(
            "query",
            "--store",
            store.toString(),
            "CONSTRUCT { ?doc a spkg:Document } WHERE { ?doc a spkg:Document }");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(RDFParser.fromString(run.out(), Lang.TURTLE).toGraph().size()).isEqualTo(3);
  }

  @Test
  void file_isRead_andItsParseErrorsNameItLineAndColumn() throws IOException {
    Path good = Files.writeString(dir.resolve("good.rq"), "ASK { ?d a spkg:Document }\n");
    CommandRun ok = CommandRun.of("query", "--store", store.toString(), "--file", good.toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).containsIgnoringCase("yes");

    Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT ?x\nWHERE { ?x ?y }\n");
    CommandRun run = CommandRun.of("query", "--store", store.toString(), "--file", bad.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("spkg: " + bad + ":2:").contains("not a SPARQL query");
  }

  @Test
  void inlineQueryThatDoesNotParse_isNamedQuery() {
    CommandRun run = CommandRun.of("query", "--store", store.toString(), "SELEKT * { ?s ?p ?o }");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).containsPattern("^spkg: query:1:7: not a SPARQL query: Lexical error ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void missingFile_isReported() {
    Path missing = dir.resolve("missing.rq");
    CommandRun run =
        CommandRun.of("query", "--store", store.toString(), "--file", missing.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("spkg: " + missing + ": no such file");
  }

  @Test
  void noStore_isReported_andNotCreated() {
    Path none = dir.resolve("none");
    CommandRun run = CommandRun.of("query", "--store", none.toString(), "ASK {}");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no store at " + none + "; run 'spkg ingest' first");
    assertThat(none).doesNotExist();
  }

  @Test
  void queryAndFile_bothOrNeither_isAUsageError() {
    CommandRun neither = CommandRun.of("query", "--store", store.toString());
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("Give the query as an argument or with --file");
    CommandRun both =
        CommandRun.of("query", "--store", store.toString(), "--file", "x.rq", "ASK {}");
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void unknownFormat_isAUsageError() {
    CommandRun run = CommandRun.of("query", "--format", "xml", "ASK {}");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("table, csv, tsv, json");
  }

  private static Lang lang(String format) {
    return switch (format) {
      case "csv" -> ResultSetLang.RS_CSV;
      case "tsv" -> ResultSetLang.RS_TSV;
      default -> ResultSetLang.RS_JSON;
    };
  }
}
