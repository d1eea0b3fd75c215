package org.w3id.spkg.store;

import java.io.OutputStream;
import java.io.Writer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.rw.RowSetWriterXML;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * The SPARQL XML results format, well-formed XML 1.0 whatever the data holds: Jena's writer, given
 * terms in which every character XML 1.0 does not allow (§2.2, {@code Char}: the C0 controls other
 * than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates) is replaced by U+FFFD, the
 * replacement character. XML 1.0 has no way to write those characters, not even as a character
 * reference; the JSON, CSV and TSV results keep them.
 *
 * <p>Jena 5.6.0 writes them as character references ({@code &#x0001;}), which XML parsers refuse;
 * reported upstream as {@code docs/upstream/jena-xml-results-control-characters.md}. Remove this
 * wrapper once Jena's output is well-formed.
 */
final class XmlResultsWriter implements RowSetWriter {

  /** Registered for {@link ResultSetLang#RS_XML} by {@link ResultWriters}. */
  static final RowSetWriterFactory FACTORY = lang -> new XmlResultsWriter();

  private static final char REPLACEMENT = '\uFFFD';

  private final RowSetWriter jena = RowSetWriterXML.factory.create(ResultSetLang.RS_XML);

  private XmlResultsWriter() {}

  @Override
  public void write(OutputStream out, RowSet rows, Context context) {
    jena.write(out, fit(rows), context);
  }

  @Override
  public void write(Writer out, RowSet rows, Context context) {
    jena.write(out, fit(rows), context);
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    jena.write(out, answer, context);
  }

  private static RowSet fit(RowSet rows) {
    return RowSetStream.create(rows.getResultVars(), Iter.map(rows, XmlResultsWriter::fit));
  }

  private static Binding fit(Binding row) {
    BindingBuilder fitted = BindingBuilder.create();
    row.forEach((v, n) -> fitted.add(v, fit(n)));
    return fitted.build();
  }

  /** {@code n} with every character XML 1.0 forbids replaced; the same node when it has none. */
  static Node fit(Node n) {
    if (n.isLiteral()) {
      String lexical = n.getLiteralLexicalForm();
      String fitted = fit(lexical);
      if (fitted.equals(lexical)) {
        return n;
      }
      String lang = n.getLiteralLanguage();
      return lang.isEmpty()
          ? NodeFactory.createLiteralDT(fitted, n.getLiteralDatatype())
          : NodeFactory.createLiteralLang(fitted, lang);
    } else if (n.isURI()) {
      String fitted = fit(n.getURI());
      return fitted.equals(n.getURI()) ? n : NodeFactory.createURI(fitted);
    }
    return n;
  }

  /** {@code s} with every character outside XML 1.0's {@code Char} production replaced. */
  static String fit(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      int width = 1;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        ok = true;
        width = 2;
      } else {
        ok =
            c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        if (ok) {
          out.append(s, i, i + width);
        } else {
          out.append(REPLACEMENT);
        }
      }
      i += width - 1;
    }
    return out == null ? s : out.toString();
  }
}
