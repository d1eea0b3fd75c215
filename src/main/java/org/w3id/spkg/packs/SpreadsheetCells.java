package org.w3id.spkg.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Cells that a spreadsheet opens as text, never as a formula (OWASP's "CSV injection" rule): a
 * value that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading {@code '}, so {@code =HYPERLINK("http://…","x")} from a document's title is shown,
 * not run. A value that is a plain number ({@code -5}, {@code +1.5}, {@code -2E3}) is left as it
 * is: a spreadsheet reads it as that number, and no formula can hide in it.
 *
 * <p>Applied to the CSV and TSV answers of query packs ({@code spkg packs run}, {@code
 * /api/packs}), which analysts open in spreadsheets; not to JSON or Markdown, nor to the SPARQL
 * endpoint's CSV and TSV, the W3C formats that programs read.
 */
final class SpreadsheetCells {

  private static final String TRIGGERS = "=+-@\t\r";
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private SpreadsheetCells() {}

  /** True if a spreadsheet could take {@code text} for a formula. */
  static boolean risky(String text) {
    return !text.isEmpty()
        && TRIGGERS.indexOf(text.charAt(0)) >= 0
        && !NUMBER.matcher(text).matches();
  }

  /** {@code text}, with a leading {@code '} if it is {@linkplain #risky risky}. */
  static String neutralised(String text) {
    return risky(text) ? "'" + text : text;
  }

  /** The table with every risky IRI or literal text given its leading {@code '}. */
  static ResultTable neutralised(ResultTable table) {
    if (table.isAsk()) {
      return table;
    }
    List<Binding> rows = new ArrayList<>(table.rows().size());
    for (Binding row : table.rows()) {
      BindingBuilder b = BindingBuilder.create();
      row.forEach((v, n) -> b.add(v, neutralised(n)));
      rows.add(b.build());
    }
    return new ResultTable(table.vars(), rows, null);
  }

  /** A literal keeps its datatype or language, an IRI stays an IRI; only the text changes. */
  static Node neutralised(Node n) {
    if (n.isLiteral() && risky(n.getLiteralLexicalForm())) {
      String text = "'" + n.getLiteralLexicalForm();
      String lang = n.getLiteralLanguage();
      return lang.isEmpty()
          ? NodeFactory.createLiteralDT(text, n.getLiteralDatatype())
          : NodeFactory.createLiteralLang(text, lang);
    } else if (n.isURI() && risky(n.getURI())) {
      return NodeFactory.createURI("'" + n.getURI());
    }
    return n;
  }
}
