package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The dated events and milestones as the timeline page lists them, in date order, read once by
 * {@code timeline.rq} (the query the home page's timeline links to).
 */
record TimelineIndex(List<Entry> entries) {

  private static final String QUERY =
      HtmlTemplates.resource(TimelineIndex.class, "home/timeline.rq");

  /** One row of the timeline: event, its label, date, the text's words, and what it is of. */
  record Entry(
      String event,
      String label,
      String date,
      String dateText,
      String precision,
      String qualifier,
      String of,
      String ofLabel,
      boolean planned) {
    Entry {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(date, "date");
    }

    /** The year of the date, its first four characters. */
    String year() {
      return date.length() >= 4 ? date.substring(0, 4) : date;
    }
  }

  TimelineIndex {
    entries = List.copyOf(entries);
  }

  /** The timeline of {@code dsg}. Read inside a transaction. */
  static TimelineIndex read(DatasetGraph dsg) {
    List<Entry> entries = new ArrayList<>();
    try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
      RowSet rows = qe.select();
      while (rows.hasNext()) {
        Binding b = rows.next();
        Node event = b.get("event");
        Node of = b.get("of");
        entries.add(
            new Entry(
                event.getURI(),
                text(b.get("label"), event.getURI().substring(event.getURI().lastIndexOf('/') + 1)),
                text(b.get("date"), ""),
                text(b.get("dateText"), ""),
                text(b.get("precision"), ""),
                text(b.get("qualifier"), ""),
                of != null && of.isURI() ? of.getURI() : null,
                text(b.get("ofLabel"), of != null && of.isURI() ? of.getURI() : ""),
                "true".equals(text(b.get("planned"), ""))));
      }
    }
    return new TimelineIndex(entries);
  }

  private static String text(Node n, String fallback) {
    return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : fallback;
  }
}
