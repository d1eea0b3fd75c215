package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  private static final Var TITLE = Var.alloc("title");

  @Test
  void formulaTriggers_getALeadingQuote() {
    assertThat(SpreadsheetCells.neutralised("=1+2 and more")).isEqualTo("'=1+2 and more");
    assertThat(SpreadsheetCells.neutralised("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    assertThat(SpreadsheetCells.neutralised("=HYPERLINK(\"http://x.example/\",\"x\") click"))
        .isEqualTo("'=HYPERLINK(\"http://x.example/\",\"x\") click");
    assertThat(SpreadsheetCells.neutralised("+cmd|' /C calc'!A0")).startsWith("'+");
    assertThat(SpreadsheetCells.neutralised("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetCells.neutralised("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetCells.neutralised("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void plainNumbers_andOrdinaryText_areLeftAlone() {
    for (String s : List.of("-5", "+1.5", "-2E3", "-.5", "0.85", "Japan", "", "a=b", "1-2")) {
      assertThat(SpreadsheetCells.neutralised(s)).as(s).isEqualTo(s);
    }
  }

  @Test
  void literal_keepsItsLanguage_andIriStaysAnIri() {
    Node lang = SpreadsheetCells.neutralised(NodeFactory.createLiteralLang("=1+2", "en"));
    assertThat(lang.getLiteralLexicalForm()).isEqualTo("'=1+2");
    assertThat(lang.getLiteralLanguage()).isEqualTo("en");
    assertThat(SpreadsheetCells.neutralised(NodeFactory.createURI("=x")).isURI()).isTrue();
    Node number =
        NodeFactory.createLiteralDT("-5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    assertThat(SpreadsheetCells.neutralised(number)).isSameAs(number);
  }

  @Test
  void csvAndTsv_areSafeByDefault_rawOnRequest_otherFormatsUntouched() {
    ResultTable table = table("=HYPERLINK(\"http://x.example/\",\"x\") x");

    assertThat(write(ResultFormat.csv, table, ResultFormat.Cells.SPREADSHEET_SAFE))
        .isEqualTo("title\r\n\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"x\"\") x\"\r\n");
    assertThat(write(ResultFormat.tsv, table, ResultFormat.Cells.SPREADSHEET_SAFE))
        .contains("\"'=HYPERLINK(");
    assertThat(write(ResultFormat.csv, table, ResultFormat.Cells.RAW))
        .isEqualTo("title\r\n\"=HYPERLINK(\"\"http://x.example/\"\",\"\"x\"\") x\"\r\n");
    assertThat(write(ResultFormat.json, table, ResultFormat.Cells.SPREADSHEET_SAFE))
        .contains("\"=HYPERLINK(");
    ByteArrayOutputStream byDefault = new ByteArrayOutputStream();
    ResultFormat.csv.write(table, null, byDefault);
    assertThat(byDefault.toString(StandardCharsets.UTF_8)).contains("'=HYPERLINK");
  }

  private static ResultTable table(String title) {
    return new ResultTable(
        List.of(TITLE),
        List.of(BindingFactory.binding(TITLE, NodeFactory.createLiteralString(title))),
        null);
  }

  private static String write(ResultFormat format, ResultTable table, ResultFormat.Cells cells) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(table, null, out, cells);
    return out.toString(StandardCharsets.UTF_8);
  }
}
