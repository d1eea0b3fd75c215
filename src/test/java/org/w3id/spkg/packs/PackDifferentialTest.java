package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingLib;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.NodePackages;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.store.RdfExport;
import org.w3id.spkg.store.SpkgStore;

/**
 * Every pack query, run with its defaults, gives the same answer on spkg's store and on a second,
 * independent engine — Oxigraph ({@code oxigraph} on npm, the WASM build, pinned by {@code
 * src/test/oxigraph/package-lock.json}) — over the data {@code spkg export} writes from that store.
 *
 * <p>Oxigraph holds the export's named graphs (N-Quads) and, in its default graph, their union
 * (N-Triples, each triple once), as spkg's endpoint has it. A federation query's {@code SERVICE
 * <stand-in>} runs on spkg against the pack's stand-in endpoint over HTTP; Oxigraph holds the
 * stand-in's data in a graph named by the endpoint's URL and reads it with {@code GRAPH} instead.
 *
 * <p>Answers compare as lists when the query orders its rows totally (see {@link PortableQuery}),
 * as multisets of rows otherwise; IRIs by their text, literals by value with their datatype (or
 * language; an integer of a derived type such as {@code xsd:nonNegativeInteger} as an {@code
 * xsd:integer}, its value, since Oxigraph 0.5 keeps only that), blank nodes as blank nodes (their
 * labels are each store's own). Needs Node.js 18+ with npm; skipped only when {@code node} or
 * {@code npm} is absent.
 */
class PackDifferentialTest {

  private static final Path PACKAGE = Path.of("src/test/oxigraph");
  private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(3);
  private static final QueryPacks PACKS = QueryPacks.read(TestFiles.QUERIES);

  @TempDir static Path dir;

  private static PackCorpus corpus;
  private static SpkgStore store;
  private static final Map<String, ResultTable> OXIGRAPH = new HashMap<>();

  @BeforeAll
  static void answerEveryQueryWithOxigraph() throws Exception {
    NodePackages.assumeNode();
    Path install = NodePackages.install(PACKAGE, "answer.mjs");
    corpus = PackCorpus.ingest(dir, PACKS);
    store = corpus.store();

    Path quads = dir.resolve("export.nq");
    Path union = dir.resolve("export.nt");
    export(RdfExport.Format.nquads, quads);
    export(RdfExport.Format.ntriples, union);
    List<Object> data = new ArrayList<>();
    data.add(Map.of("file", abs(quads), "format", "application/n-quads"));
    data.add(Map.of("file", abs(union), "format", "application/n-triples"));
    List<String> named = new ArrayList<>(store.graphNames());

    List<Object> queries = new ArrayList<>();
    PackRunner runner = runner();
    for (Pack pack : PACKS.packs()) {
      Map<String, String> values = new HashMap<>();
      if (pack.standIn().isPresent()) {
        StandIn standIn = corpus.standIn(pack.name()).orElseThrow();
        values.putAll(standIn.parameters());
        data.add(
            Map.of(
                "file",
                abs(pack.standIn().get()),
                "format",
                "text/turtle",
                "graph",
                standIn.url()));
        named.add(standIn.url());
      }
      for (PackQuery q : pack.queries()) {
        Query bound = serviceAsGraph(runner.bind(q, applicable(q, values)).query());
        Path file = dir.resolve(q.pack() + "-" + q.name() + ".rq");
        Files.writeString(file, bound.serialize(), StandardCharsets.UTF_8);
        queries.add(Map.of("file", abs(file), "out", abs(answerFile(q))));
      }
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("data", data);
    manifest.put("namedGraphs", named);
    manifest.put("queries", queries);
    Path manifestFile = dir.resolve("manifest.json");
    Files.writeString(manifestFile, JSON.toString(json(manifest)), StandardCharsets.UTF_8);

    NodePackages.Run run =
        NodePackages.Run.of(
            List.of("node", "answer.mjs", abs(manifestFile)), install, ANSWER_TIMEOUT, dir);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    for (Pack pack : PACKS.packs()) {
      for (PackQuery q : pack.queries()) {
        String answer = Files.readString(answerFile(q), StandardCharsets.UTF_8);
        assertThat(answer).as("Oxigraph could not run %s", q.id()).doesNotStartWith("{\"error\"");
        if (q.query().isAskType()) {
          OXIGRAPH.put(
              q.id(),
              ResultTable.ofAsk(ResultSetMgr.readBoolean(stream(answer), ResultSetLang.RS_JSON)));
        } else {
          List<Binding> rows = new ArrayList<>();
          ResultSetMgr.read(stream(answer), ResultSetLang.RS_JSON)
              .forEachRemaining(s -> rows.add(BindingLib.asBinding(s)));
          OXIGRAPH.put(q.id(), new ResultTable(List.of(), rows, null));
        }
      }
    }
  }

  @AfterAll
  static void close() {
    if (corpus != null) {
      corpus.close();
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyPackQuery_answersTheSame_onSpkgAndOnOxigraph() {
    return PackCorpus.perQuery(PACKS, PackDifferentialTest::compare);
  }

  private static void compare(Pack pack, PackQuery query) {
    StandIn standIn = corpus.standIn(pack.name()).orElse(null);
    Map<String, String> values = standIn == null ? Map.of() : standIn.parameters();
    PackResult spkg = runner().run(query, applicable(query, values));
    ResultTable other = OXIGRAPH.get(query.id());
    if (spkg.table().isAsk()) {
      assertThat(other.ask()).as(query.id()).isEqualTo(spkg.table().ask());
      return;
    }
    List<Var> vars = spkg.table().vars();
    List<String> ours = rows(spkg.table().rows(), vars);
    List<String> theirs = rows(other.rows(), vars);
    boolean ordered = PortableQuery.ordersTotally(query.query());
    assertThat(differences(ours, theirs, ordered))
        .as(
            "%s: spkg's answer (%d rows) against Oxigraph's (%d rows), %s",
            query.id(), ours.size(), theirs.size(), ordered ? "in order" : "in any order")
        .isEmpty();
  }

  /**
   * Rows only spkg gives ("- "), rows only Oxigraph gives ("+ "), or the first row out of order.
   */
  private static List<String> differences(List<String> ours, List<String> theirs, boolean ordered) {
    Map<String, Integer> counts = new HashMap<>();
    ours.forEach(r -> counts.merge(r, 1, Integer::sum));
    theirs.forEach(r -> counts.merge(r, -1, Integer::sum));
    List<String> diff = new ArrayList<>();
    counts.forEach(
        (row, n) -> {
          if (n != 0) {
            diff.add(
                (n > 0 ? "- spkg only: " : "+ Oxigraph only: ") + row + " (" + Math.abs(n) + ")");
          }
        });
    if (diff.isEmpty() && ordered) {
      for (int i = 0; i < ours.size(); i++) {
        if (!ours.get(i).equals(theirs.get(i))) {
          diff.add("row " + (i + 1) + ": spkg " + ours.get(i) + ", Oxigraph " + theirs.get(i));
          break;
        }
      }
    }
    diff.sort(null);
    return diff;
  }

  /** Each row as its values' comparable forms, in the order of {@code vars}. */
  static List<String> rows(List<Binding> rows, List<Var> vars) {
    return rows.stream()
        .map(b -> vars.stream().map(v -> comparable(b.get(v))).collect(Collectors.joining("  ")))
        .toList();
  }

  /** An IRI as itself; a literal by value (canonical lexical form) with datatype or language. */
  static String comparable(Node n) {
    if (n == null) {
      return "-";
    } else if (n.isBlank()) {
      return "_:";
    } else if (n.isLiteral() && !n.getLiteralLanguage().isEmpty()) {
      return "\""
          + n.getLiteralLexicalForm()
          + "\"@"
          + n.getLiteralLanguage().toLowerCase(Locale.ROOT);
    } else if (n.isLiteral() && NodeValue.makeNode(n).isInteger()) {
      // a value of xsd:nonNegativeInteger and the other derived types is an integer; Oxigraph
      // 0.5 loads "5"^^xsd:nonNegativeInteger as "5"^^xsd:integer
      return NodeFmtLib.strNT(NodeValue.makeInteger(NodeValue.makeNode(n).getInteger()).asNode());
    } else if (n.isLiteral()) {
      return NodeFmtLib.strNT(CanonicalizeLiteral.get().apply(n));
    }
    return NodeFmtLib.strNT(n);
  }

  /** {@code SERVICE <url> { P }} as {@code GRAPH <url> { P }}: Oxigraph holds the stand-in. */
  private static Query serviceAsGraph(Query query) {
    return QueryTransformOps.transform(
        query,
        new ElementTransformCopyBase() {
          @Override
          public Element transform(ElementService service, Node endpoint, Element inner) {
            return new ElementNamedGraph(endpoint, inner);
          }
        });
  }

  private static Map<String, String> applicable(PackQuery query, Map<String, String> values) {
    Map<String, String> given = new HashMap<>();
    values.forEach(
        (name, value) -> {
          if (query.parameter(name).isPresent()) {
            given.put(name, value);
          }
        });
    return given;
  }

  private static PackRunner runner() {
    return new PackRunner(QueryTarget.dataset(store.datasetGraph(), "corpus"));
  }

  private static Path answerFile(PackQuery q) {
    return dir.resolve(q.pack() + "-" + q.name() + ".oxigraph.srj");
  }

  private static void export(RdfExport.Format format, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.export(format, out);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().toString();
  }

  /** Maps, lists and strings as JSON (the manifest). */
  private static JsonValue json(Object value) {
    if (value instanceof Map<?, ?> m) {
      JsonObject o = new JsonObject();
      m.forEach((k, v) -> o.put(k.toString(), json(v)));
      return o;
    } else if (value instanceof List<?> l) {
      JsonArray a = new JsonArray();
      l.forEach(v -> a.add(json(v)));
      return a;
    }
    return new JsonString(value.toString());
  }
}
