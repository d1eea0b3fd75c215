package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

/** spkg's CSV and XML result writers, as Jena's registry hands them to every writer of results. */
class ResultWritersTest {

  private static final Var X = Var.alloc("x");
  private static final Var Y = Var.alloc("y");

  private static String write(org.apache.jena.riot.Lang lang, String text) {
    var row =
        BindingFactory.binding(
            X, NodeFactory.createBlankNode("b0"), Y, NodeFactory.createLiteralString(text));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsWriter.create()
        .lang(lang)
        .build()
        .write(out, RowSetStream.create(List.of(X, Y), List.of(row).iterator()));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csv_blankNodeHasUnderscoreColon_andFieldsAreQuotedAsRfc4180Asks() {
    assertThat(write(ResultSetLang.RS_CSV, "say \"hi\", twice"))
        .isEqualTo("x,y\r\n_:Bb0,\"say \"\"hi\"\", twice\"\r\n");
  }

  @Test
  void xml_replacesWhatXml10Forbids_andParses() throws Exception {
    String xml = write(ResultSetLang.RS_XML, "a\u0001b\u001Fc\uFFFEd\uFFFFe\uD800f");
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("literal").item(0).getTextContent())
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
  }

  @Test
  void xmlFit_keepsTabLineEndsAndCharactersBeyondTheBasicPlane() {
    String fine = "tab\tlf\ncr\r rocket \uD83D\uDE80 \uE000\uFFFD";
    assertThat(XmlResultsWriter.fit(fine)).isSameAs(fine);
  }

  @Test
  void csv_askAnswer_isJenas() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsWriter.create().lang(ResultSetLang.RS_CSV).build().write(out, true);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("_askResult\r\ntrue\r\n");
  }
}
