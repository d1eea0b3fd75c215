package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.lucene.search.IndexSearcher;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The store's full-text index (jena-text, {@code fuseki-config/spkg.ttl}: labels, alternative
 * labels, acronyms and evidence quotes) as a search: one result per entity, best score first, ties
 * by IRI. A hit on an evidence quote counts for the document it quotes and brings the quote's plain
 * text as the result's snippet. The queries are {@code search/hits.rq} and {@code
 * search/details.rq} next to this class.
 *
 * <pre>{@code
 * SearchIndex.Results r = new SearchIndex(dataset).search("gateway", 1, 20);
 * }</pre>
 */
final class SearchIndex {

  /** The most index hits read for one search: 1,000; more are not ranked. */
  static final int MAX_HITS = 1000;

  private static final String FOLDER = "search/";
  private static final Query HITS =
      QueryFactory.create(HtmlTemplates.resource(SearchIndex.class, FOLDER + "hits.rq"));
  private static final Query DETAILS =
      QueryFactory.create(HtmlTemplates.resource(SearchIndex.class, FOLDER + "details.rq"));

  private final DatasetGraph dataset;

  SearchIndex(DatasetGraph dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
  }

  /**
   * One entity found.
   *
   * @param iri the entity's IRI
   * @param score the best score of its hits
   * @param label its name, or null when it has none
   * @param kind the label of its class, or its class's local name, or null
   * @param snippet the text of the best quote that matched, or null when none did
   */
  record Result(String iri, double score, String label, String kind, String snippet) {
    Result {
      Objects.requireNonNull(iri, "iri");
    }
  }

  /**
   * A page of results.
   *
   * @param total the number of entities found
   * @param capped whether the index had more hits than {@link #MAX_HITS}, so more may exist
   * @param results the page's results, in rank order
   */
  record Results(int total, boolean capped, List<Result> results) {
    Results {
      results = List.copyOf(results);
    }
  }

  /** The search's words were refused by the index's query parser: {@code message} says why. */
  static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadQuery(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The results of {@code query} (Lucene's syntax) on page {@code page} (from 1) of {@code size}
   * results each; a page past the last is empty.
   *
   * @throws BadQuery if the index's query parser refuses {@code query}
   */
  Results search(String query, int page, int size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1, got " + page + ", " + size);
    }
    return Txn.calculateRead(
        dataset,
        () -> {
          Ranked ranked = rank(query);
          List<Ranked.Hit> all = new ArrayList<>(ranked.best().values());
          long from = (long) (page - 1) * size;
          List<Result> shown = new ArrayList<>();
          for (long i = from; i < Math.min(all.size(), from + size); i++) {
            shown.add(details(all.get((int) i)));
          }
          return new Results(all.size(), ranked.capped(), shown);
        });
  }

  /** Each entity's best hit, in rank order, and whether the index was read to the cap. */
  private record Ranked(Map<String, Hit> best, boolean capped) {
    record Hit(String iri, double score, String snippet) {}
  }

  private Ranked rank(String query) {
    Map<String, Ranked.Hit> best = new LinkedHashMap<>();
    int hits = 0;
    try (QueryExec exec =
        QueryExec.dataset(dataset)
            .query(HITS)
            .substitution("query", NodeFactory.createLiteralString(query))
            .substitution(
                "limit",
                NodeFactory.createLiteralDT(Integer.toString(MAX_HITS), XSDDatatype.XSDinteger))
            .build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        Binding row = rows.next();
        hits++;
        Node entity = row.get("entity");
        if (entity == null || !entity.isURI()) {
          continue;
        }
        double score = ((Number) row.get("score").getLiteralValue()).doubleValue();
        Node snippet = row.get("snippet");
        String text = snippet == null ? null : snippet.getLiteralLexicalForm();
        Ranked.Hit seen = best.get(entity.getURI());
        if (seen == null) {
          best.put(entity.getURI(), new Ranked.Hit(entity.getURI(), score, text));
        } else if (seen.snippet() == null && text != null) {
          best.put(entity.getURI(), new Ranked.Hit(entity.getURI(), seen.score(), text));
        }
      }
    } catch (RuntimeException e) {
      throw refused(e).orElseThrow(() -> e);
    }
    return new Ranked(best, hits >= MAX_HITS);
  }

  private Result details(Ranked.Hit hit) {
    Node iri = NodeFactory.createURI(hit.iri());
    try (QueryExec exec =
        QueryExec.dataset(dataset).query(DETAILS).substitution("entity", iri).build()) {
      RowSet rows = exec.select();
      Binding row = rows.hasNext() ? rows.next() : null;
      String label = text(row, "label");
      String kind = text(row, "kind");
      if (kind == null) {
        kind = localName(text(row, "className"));
      }
      return new Result(hit.iri(), hit.score(), label, kind, hit.snippet());
    }
  }

  /** The index's refusal of the query's words, if that is what {@code e} is. */
  private static Optional<BadQuery> refused(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TextIndexParseException || t instanceof IndexSearcher.TooManyClauses) {
        return Optional.of(new BadQuery(reason(t.getMessage()), e));
      }
    }
    return Optional.empty();
  }

  /**
   * The parser's reason, on one line: Lucene's "Cannot parse …: Encountered … at line 1, column N",
   * without jena-text's prefix and Lucene's list of every token it would have taken.
   */
  private static String reason(String message) {
    String m = Objects.toString(message, "").replaceAll("\\s+", " ").strip();
    m = m.replaceFirst("^Text search parse error:\\s*", "");
    int expecting = m.indexOf("Was expecting");
    m = (expecting < 0 ? m : m.substring(0, expecting)).strip();
    if (m.isEmpty()) {
      return "the query does not parse";
    }
    return m.length() <= 300 ? m : m.substring(0, 300) + "…";
  }

  private static String text(Binding row, String name) {
    Node n = row == null ? null : row.get(name);
    return n == null || !n.isLiteral() ? null : n.getLiteralLexicalForm();
  }

  /** A class's local name as words: {@code ObjectProperty} → "Object property". */
  private static String localName(String iri) {
    if (iri == null) {
      return null;
    }
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    String name = cut < 0 || cut == iri.length() - 1 ? iri : iri.substring(cut + 1);
    String words = name.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    return words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT);
  }
}
