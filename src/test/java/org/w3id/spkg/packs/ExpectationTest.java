package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;

class ExpectationTest {

  @TempDir Path dir;

  private PackQuery write(String body, String expected) throws IOException {
    Path file = dir.resolve("01-q.rq");
    String text = "#+ summary: s\n\nPREFIX ex: <http://example.org/>\n" + body;
    Files.writeString(file, text);
    if (expected != null) {
      Files.writeString(dir.resolve("01-q.expected.csv"), expected);
    }
    return PackQuery.parse("p", file, "p/01-q.rq", text);
  }

  private static java.util.List<String> diff(PackQuery q) {
    PackRunner runner = new PackRunner(QueryTarget.dataset(PackRunnerTest.data(), "test"));
    return Expectation.of(q).differences(runner.run(q, Map.of()).table(), q.ordered());
  }

  @Test
  void unorderedQuery_comparesRowsAsAMultiset() throws IOException {
    PackQuery q = write("SELECT ?name WHERE { ?s ex:name ?name }", "name\r\nC\r\nA\r\nB\r\n");
    assertThat(diff(q)).isEmpty();
  }

  @Test
  void orderedQuery_comparesInOrder_andReportsEachDifference() throws IOException {
    PackQuery q =
        write("SELECT ?name WHERE { ?s ex:name ?name } ORDER BY ?name", "name\nB\nA\nC\nD\n");
    assertThat(diff(q))
        .containsExactly(
            "- row 1 expected: [B]",
            "+ row 1 got:      [A]",
            "- row 2 expected: [A]",
            "+ row 2 got:      [B]",
            "- row 4 missing: [D]");
  }

  @Test
  void missingAndExtraRows_andWrongColumns_areReported() throws IOException {
    PackQuery q = write("SELECT ?name WHERE { ?s ex:name ?name }", "name\nA\nZ\n");
    assertThat(diff(q))
        .containsExactly("- missing: [Z]", "+ not expected: [B]", "+ not expected: [C]");
    Files.writeString(dir.resolve("01-q.expected.csv"), "label\nA\nB\nC\n");
    assertThat(diff(q)).containsExactly("columns: expected [label], got [name]");
  }

  @Test
  void quotedFields_withCommasAndLineBreaks_compare() throws IOException {
    PackQuery q =
        write(
            "SELECT ?t WHERE { VALUES ?t { \"a, \\\"b\\\"\\nc\" } }",
            "t\r\n\"a, \"\"b\"\"\nc\"\r\n");
    assertThat(diff(q)).isEmpty();
  }

  @Test
  void askQuery_comparesItsBoolean() throws IOException {
    PackQuery q = write("ASK { ex:a ex:in ex:r1 }", "_askResult\r\ntrue\r\n");
    assertThat(diff(q)).isEmpty();
  }

  @Test
  void missingFile_saysHowToWriteOne() throws IOException {
    PackQuery q = write("SELECT ?s WHERE { ?s ?p ?o }", null);
    assertThatThrownBy(() -> Expectation.of(q))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("spkg packs run p/01-q --format csv")
        .hasMessageContaining("check each row against the documents");
  }
}
