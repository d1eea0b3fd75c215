package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The documents of the store as the documents page lists them, latest first: each with its title,
 * date, year, kinds and relevance, read once by {@code documents.rq} and filtered in memory.
 */
record DocumentsIndex(List<Doc> docs) {

  /** The kind of a document with no tag. */
  static final String UNTAGGED = "untagged";

  /** The year of a document with no date. */
  static final String UNDATED = "undated";

  /** The relevance keys, in the scheme's order. */
  static final List<String> RELEVANCES = List.of("space", "mixed", "none");

  static final String RELEVANCE_NS = "https://w3id.org/spkg/id/relevance/";
  private static final String QUERY =
      HtmlTemplates.resource(DocumentsIndex.class, "home/documents.rq");

  /** One document: its IRI, title, date ("" when none), year, kinds and relevance key. */
  record Doc(
      String iri, String title, String date, String year, Set<String> kinds, String relevance) {
    Doc {
      Objects.requireNonNull(iri, "iri");
      kinds = Set.copyOf(kinds);
    }
  }

  DocumentsIndex {
    docs = List.copyOf(docs);
  }

  /** The documents of {@code dsg}, latest first. Read inside a transaction. */
  static DocumentsIndex read(DatasetGraph dsg) {
    Map<String, Doc> docs = new LinkedHashMap<>();
    try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
      RowSet rows = qe.select();
      while (rows.hasNext()) {
        Binding b = rows.next();
        Node doc = b.get("doc");
        if (doc == null || !doc.isURI()) {
          continue;
        }
        String kind = lexical(b.get("kind")).orElse(UNTAGGED);
        docs.merge(
            doc.getURI(),
            new Doc(
                doc.getURI(),
                lexical(b.get("title")).orElse(doc.getURI()),
                lexical(b.get("date")).orElse(""),
                lexical(b.get("date"))
                    .filter(d -> d.matches("\\d{4}.*"))
                    .map(d -> d.substring(0, 4))
                    .orElse(UNDATED),
                Set.of(kind),
                relevance(b.get("relevance"))),
            (a, c) -> {
              Set<String> kinds = new LinkedHashSet<>(a.kinds());
              kinds.addAll(c.kinds());
              return new Doc(a.iri(), a.title(), a.date(), a.year(), kinds, a.relevance());
            });
      }
    }
    List<Doc> list = new ArrayList<>(docs.values());
    list.sort(
        Comparator.comparing(Doc::date, Comparator.reverseOrder())
            .thenComparing(Doc::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Doc::iri));
    return new DocumentsIndex(list);
  }

  /** The documents of {@code year}, {@code kind} and {@code relevance} (each when given). */
  List<Doc> filter(Optional<String> year, Optional<String> kind, Optional<String> relevance) {
    return docs.stream()
        .filter(d -> year.isEmpty() || d.year().equals(year.get()))
        .filter(d -> kind.isEmpty() || d.kinds().contains(kind.get()))
        .filter(d -> relevance.isEmpty() || d.relevance().equals(relevance.get()))
        .toList();
  }

  /** Every year with documents, latest first, with their counts among {@code docs}. */
  static Map<String, Long> years(List<Doc> docs) {
    Map<String, Long> m =
        new TreeMap<>(
            Comparator.comparing((String y) -> y.equals(UNDATED))
                .thenComparing(Comparator.reverseOrder()));
    docs.forEach(d -> m.merge(d.year(), 1L, Long::sum));
    return m;
  }

  /** Every kind, by name, with its count among {@code docs}. */
  static Map<String, Long> kinds(List<Doc> docs) {
    Map<String, Long> m = new TreeMap<>();
    docs.forEach(d -> d.kinds().forEach(k -> m.merge(k, 1L, Long::sum)));
    return m;
  }

  /** The relevances in the scheme's order, with their counts among {@code docs}. */
  static Map<String, Long> relevances(List<Doc> docs) {
    Map<String, Long> counted =
        docs.stream().collect(Collectors.groupingBy(Doc::relevance, Collectors.counting()));
    Map<String, Long> m = new LinkedHashMap<>();
    RELEVANCES.forEach(r -> m.put(r, counted.getOrDefault(r, 0L)));
    return m;
  }

  /** The values of {@code facet} across all documents, to check a parameter against. */
  Set<String> all(Function<List<Doc>, Map<String, Long>> facet) {
    return facet.apply(docs).keySet();
  }

  private static Optional<String> lexical(Node n) {
    return n == null
        ? Optional.empty()
        : Optional.of(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
  }

  private static String relevance(Node n) {
    return n != null && n.isURI() && n.getURI().startsWith(RELEVANCE_NS)
        ? n.getURI().substring(RELEVANCE_NS.length())
        : "none";
  }
}
