package org.w3id.spkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.vocab.NamedGraphs;

/** Parses SPARQL queries with our prefixes predeclared, and writes their answers. */
public final class StoreQuery {

  /** Where a parse error is, as Jena's messages say it: "at line 2, column 7." */
  private static final Pattern WHERE = Pattern.compile(" ?at line (\\d+), column (\\d+)\\.?");

  private StoreQuery() {}

  /**
   * Parses {@code text}; the prefixes of {@link StorePrefixes} need no PREFIX line (the query may
   * redeclare them).
   *
   * @param source where the text came from (a file name, or "query"), for messages
   * @throws InputException with line and column if the text is not a SPARQL query
   */
  static Query parse(String text, String source) {
    return parse(text, source, StorePrefixes.ours());
  }

  /**
   * Parses {@code text} with {@code prefixes} predeclared (none: {@code
   * PrefixMapping.Factory.create()}).
   *
   * @param source where the text came from, for messages
   * @throws InputException with line and column if the text is not a SPARQL query
   */
  public static Query parse(String text, String source, PrefixMapping prefixes) {
    Query query = new Query();
    query.setPrefixMapping(prefixes);
    try {
      return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      String message = firstLine(e.getMessage());
      long line = e.getLine();
      long column = e.getColumn();
      Matcher where = WHERE.matcher(message);
      if (where.find()) {
        // Lexical errors give the place in the message only.
        line = line > 0 ? line : Long.parseLong(where.group(1));
        column = column > 0 ? column : Long.parseLong(where.group(2));
        message = message.substring(0, where.start()) + " " + message.substring(where.end());
        message = message.replaceAll("\\s+", " ").strip();
      }
      throw new InputException(
          source,
          line > 0 ? line : InputException.UNKNOWN,
          column > 0 ? column : InputException.UNKNOWN,
          "not a SPARQL query: " + message + "; fix the query and run it again",
          e);
    }
  }

  /** Parses a query bundled next to this class ({@code org/w3id/spkg/store/NAME}). */
  static Query bundled(String name) {
    try (InputStream in = StoreQuery.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new SpkgException("The query " + name + " is missing from the build; rebuild spkg");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new SpkgException("Cannot read the bundled query " + name + ": " + e, e);
    }
  }

  /**
   * The bindings that tell a query which graphs are document graphs: {@code ?graphNamespace} and
   * the reserved {@code ?ontologyGraph}, {@code ?referenceGraph}, {@code ?inferredGraph} and {@code
   * ?metaGraph}.
   */
  static Binding documentGraphs() {
    return BindingFactory.builder()
        .add(Var.alloc("graphNamespace"), NodeFactory.createURI(NamedGraphs.NS))
        .add(Var.alloc("ontologyGraph"), NodeFactory.createURI(NamedGraphs.ONTOLOGY))
        .add(Var.alloc("referenceGraph"), NodeFactory.createURI(NamedGraphs.REFERENCE))
        .add(Var.alloc("inferredGraph"), NodeFactory.createURI(NamedGraphs.INFERRED))
        .add(Var.alloc("metaGraph"), NodeFactory.createURI(NamedGraphs.META))
        .build();
  }

  /**
   * Runs a SELECT query of {@code ?graph ?entity ?property ?value}, with variables bound
   * beforehand, and gathers the triples graph by graph (sorted by graph name).
   */
  static SortedMap<String, Graph> triplesByGraph(DatasetGraph data, Query query, Binding bindings) {
    try (QueryExec exec = QueryExec.dataset(data).query(query).substitution(bindings).build()) {
      return triplesByGraph(exec.select());
    }
  }

  /** The triples of rows of {@code ?graph ?entity ?property ?value}, graph by graph. */
  static SortedMap<String, Graph> triplesByGraph(Iterator<Binding> rows) {
    SortedMap<String, Graph> graphs = new TreeMap<>();
    rows.forEachRemaining(
        row ->
            graphs
                .computeIfAbsent(row.get("graph").getURI(), g -> GraphFactory.createDefaultGraph())
                .add(row.get("entity"), row.get("property"), row.get("value")));
    return graphs;
  }

  /**
   * Runs {@code query} over {@code data} (inside the caller's read transaction) and writes the
   * answer: SELECT and ASK in {@code format}, CONSTRUCT and DESCRIBE as Turtle.
   */
  static void run(DatasetGraph data, Query query, AnswerFormat format, OutputStream out) {
    try (QueryExecution exec =
        QueryExecution.dataset(DatasetFactory.wrap(data)).query(query).build()) {
      write(exec, query, format, out);
    }
  }

  /**
   * Runs {@code exec}, an execution of {@code query} here or on an endpoint, and writes its answer
   * as {@link #run} does.
   */
  static void write(QueryExecution exec, Query query, AnswerFormat format, OutputStream out) {
    switch (query.queryType()) {
      case SELECT -> format.writeSelect(exec.execSelect(), query.getPrefixMapping(), out);
      case ASK -> format.writeAsk(exec.execAsk(), out);
      case CONSTRUCT -> writeGraph(exec.execConstruct().getGraph(), out);
      case DESCRIBE -> writeGraph(exec.execDescribe().getGraph(), out);
      default ->
          throw new InputException(
              "query", "only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
    }
  }

  private static void writeGraph(Graph graph, OutputStream out) {
    List<Quad> quads =
        graph.stream().map(triple -> Quad.create(Quad.defaultGraphIRI, triple)).toList();
    RdfExport.write(quads, RdfExport.Format.turtle, out);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
