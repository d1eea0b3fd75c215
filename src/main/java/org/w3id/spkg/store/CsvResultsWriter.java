package org.w3id.spkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.rw.RowSetWriterCSV;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * The SPARQL 1.1 CSV results format as the W3C Recommendation has it: a header of variable names,
 * then one line per row, CRLF line ends (RFC 4180); an IRI as its text, a literal as its lexical
 * form, a blank node as {@code _:label} (Turtle's form); a field quoted when it holds a comma, a
 * double quote, CR or LF, its quotes doubled. An ASK answer is written by Jena's writer.
 *
 * <p>Jena 5.6.0's writer gives a blank node as its bare label ({@code b0}), which a reader takes
 * for a literal; reported upstream as {@code docs/upstream/jena-csv-blank-nodes.md}. Remove this
 * writer once Jena writes {@code _:}.
 */
final class CsvResultsWriter implements RowSetWriter {

  /** Registered for {@link ResultSetLang#RS_CSV} by {@link ResultWriters}. */
  static final RowSetWriterFactory FACTORY = lang -> new CsvResultsWriter();

  private static final String CRLF = "\r\n";

  private CsvResultsWriter() {}

  @Override
  public void write(OutputStream out, RowSet rows, Context context) {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(w, rows, context);
  }

  @Override
  public void write(Writer out, RowSet rows, Context context) {
    try {
      List<Var> vars = rows.getResultVars();
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < vars.size(); i++) {
        line.append(i == 0 ? "" : ",").append(field(vars.get(i).getVarName()));
      }
      out.write(line.append(CRLF).toString());
      while (rows.hasNext()) {
        var row = rows.next();
        line.setLength(0);
        for (int i = 0; i < vars.size(); i++) {
          Node n = row.get(vars.get(i));
          line.append(i == 0 ? "" : ",").append(n == null ? "" : field(text(n)));
        }
        out.write(line.append(CRLF).toString());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    RowSetWriterCSV.factory.create(ResultSetLang.RS_CSV).write(out, answer, context);
  }

  /** A term as the CSV format writes it, before quoting. */
  static String text(Node n) {
    if (n.isURI()) {
      return n.getURI();
    } else if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    } else if (n.isBlank()) {
      return "_:" + NodeFmtLib.encodeBNodeLabel(n.getBlankNodeLabel());
    }
    return n.toString();
  }

  /** {@code s} quoted when RFC 4180 needs it. */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
