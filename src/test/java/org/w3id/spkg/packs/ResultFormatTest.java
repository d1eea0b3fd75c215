package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

class ResultFormatTest {

  @Test
  void markdown_escapesPipesAndHtml_andKeepsLineBreaksInTheirCell() {
    Var v = Var.alloc("label");
    ResultTable table =
        new ResultTable(
            List.of(v),
            List.of(
                BindingFactory.binding(v, NodeFactory.createLiteralString("a | b <script>\nc"))),
            null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultFormat.md.write(table, null, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("| label |\n|---|\n| a \\| b &lt;script><br>c |\n");
  }
}
