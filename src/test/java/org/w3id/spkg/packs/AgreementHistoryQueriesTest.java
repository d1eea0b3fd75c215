package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;

/**
 * The agreement's history queries of the timeline pack on an invented agreement with several
 * documents ({@code agreement-history/lunar-accord.trig}), where the seed has one total and no
 * named signatory: every total in date order, and every named signatory with the dates stated.
 */
class AgreementHistoryQueriesTest {

  private static final String ACCORD = "https://w3id.org/spkg/id/program/lunar-accord";
  private static final String DOC = "https://w3id.org/spkg/id/document/";
  private static final QueryPacks PACKS = QueryPacks.read(TestFiles.QUERIES);
  private static final PackRunner RUNNER =
      new PackRunner(QueryTarget.dataset(data(), "the lunar accord"));

  /** The TriG's graphs, and their union as the default graph, as the store's default graph is. */
  private static DatasetGraph data() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    dsg.executeWrite(
        () -> {
          RDFDataMgr.read(dsg, "src/test/resources/agreement-history/lunar-accord.trig");
          List<Triple> all = dsg.stream().map(Quad::asTriple).toList();
          all.forEach(dsg.getDefaultGraph()::add);
        });
    return dsg;
  }

  private static List<List<String>> rows(String query, String agreement) {
    PackQuery q = PACKS.query(query);
    ResultTable table = RUNNER.run(q, Map.of("agreement", agreement)).table();
    return table.rows().stream().map(row -> cells(table.vars(), row)).toList();
  }

  private static List<String> cells(List<Var> vars, Binding row) {
    return vars.stream()
        .map(row::get)
        .map(n -> n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString())
        .toList();
  }

  @Test
  void totals_oneRowPerDocument_inDateOrder_withComparatorAndPassage() {
    assertThat(rows("timeline/04-agreement-signatory-totals", ACCORD))
        .containsExactly(
            List.of(
                "2021-03-01",
                "12",
                "exactly",
                "nations",
                DOC + "2021-03-01-accord-signed",
                "Twelve nations signed the accord today."),
            List.of(
                "2022-03-01",
                "20",
                "more than",
                "nations",
                DOC + "2022-03-01-accord-grows",
                "More than 20 nations have signed the accord."),
            List.of(
                "2024-03-01",
                "31",
                "exactly",
                "nations",
                DOC + "2024-03-01-accord-anniversary",
                "Thirty-one nations have now signed the accord."));
  }

  @Test
  void totals_allowOnlyAgreementsThatStateATotal() {
    PackQuery q = PACKS.query("timeline/04-agreement-signatory-totals");

    List<Node> allowed = RUNNER.allowedValues(q, q.parameter("agreement").orElseThrow());

    assertThat(allowed).extracting(Node::getURI).containsExactly(ACCORD);
  }

  @Test
  void signatories_namedInEachDocument_withTheSigningDateWhereStated_notObservers() {
    assertThat(rows("timeline/05-agreement-signatories", ACCORD))
        .containsExactly(
            List.of(
                "2021-03-01",
                "2021-02",
                "https://w3id.org/spkg/id/nation/FR",
                "France",
                "last month",
                DOC + "2021-03-01-accord-signed"),
            List.of(
                "2022-03-01",
                "",
                "https://w3id.org/spkg/id/nation/JP",
                "Japan",
                "",
                DOC + "2022-03-01-accord-grows"),
            List.of(
                "2024-03-01",
                "",
                "https://w3id.org/spkg/id/nation/FR",
                "France",
                "",
                DOC + "2024-03-01-accord-anniversary"));
  }

  @Test
  void agreementWithoutHistory_answersNoRow() {
    String quiet = "https://w3id.org/spkg/id/program/quiet-accord";

    assertThat(rows("timeline/05-agreement-signatories", quiet)).isEmpty();
  }
}
