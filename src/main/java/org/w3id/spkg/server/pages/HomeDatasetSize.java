package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.text.NumberFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The home page's sentence on the dataset's size, with the live numbers of {@code
 * default-graph.rq}: what the SPARQL endpoint's default graph holds (the union of every named
 * graph, distinct triples) and what VoID counts (the named graphs but {@code inferred} and {@code
 * meta}, a triple once per graph it is in).
 */
final class HomeDatasetSize {

  private static final String QUERY =
      HtmlTemplates.resource(HomeDatasetSize.class, "home/default-graph.rq");

  private HomeDatasetSize() {}

  /** The sentence for the store as it is. Read inside a transaction. */
  static Html sentence(DatasetGraph dsg, HtmlTemplates templates, String base) {
    long union = 0;
    String voidTriples = "no";
    try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
      RowSet rows = qe.select();
      if (rows.hasNext()) {
        Binding b = rows.next();
        union = Long.parseLong(b.get("union").getLiteralLexicalForm());
        Node v = b.get("void");
        if (v != null && v.isLiteral()) {
          voidTriples = format(Long.parseLong(v.getLiteralLexicalForm()));
        }
      }
    }
    return templates.render(
        "size", values("base", base, "union", format(union), "void", voidTriples));
  }

  private static String format(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }
}
