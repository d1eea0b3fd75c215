package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.load.DocumentLoader;
import org.w3id.spkg.load.LoadReport;
import org.w3id.spkg.load.remote.RemoteStore;
import org.w3id.spkg.load.remote.RetryPolicy;
import org.w3id.spkg.remote.StockFuseki;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.NamedGraphs;

/**
 * The parity proof of {@code spkg ingest --to}: the seed corpus and a few real documents (from
 * {@code ../shared/corpus-real}, when it is there) ingested into a local store and, through the
 * Graph Store Protocol, into a stock Fuseki (its default graph the union of its named graphs) give
 * the same graph per document, and every pack query answers the same on both (the local store in
 * this process; the stock Fuseki through its query endpoint).
 */
class IngestToParityTest {

  private static final Path REAL = Path.of("..", "shared", "corpus-real");

  /** A few real documents: fact sheets, an executive order, a joint statement. */
  private static final List<String> REAL_DOCUMENTS =
      List.of(
          "2021-12-01-executive-order-on-the-national-space-council.md",
          "2022-04-18-fact-sheet-vice-president-harris-advances-national-security-norms-in-space.md",
          "2024-04-10-united-states-japan-joint-leaders-statement.md",
          "2025-12-18-fact-sheet-president-donald-j-trump-launches-a-new-age-of-american-space-achievement.md");

  private static final QueryPacks PACKS = QueryPacks.read(TestFiles.QUERIES);

  @TempDir static Path dir;

  private static StockFuseki fuseki;
  private static SpkgStore local;
  private static final Map<String, StandIn> STAND_INS = new HashMap<>();

  @BeforeAll
  static void ingestBothWays() throws Exception {
    List<Path> files = new ArrayList<>(List.of(TestFiles.CORPUS));
    if (Files.isDirectory(REAL)) {
      REAL_DOCUMENTS.forEach(name -> files.add(REAL.resolve(name)));
    } else {
      System.out.println("IngestToParityTest: no " + REAL + " beside this checkout; the seed only");
    }
    Path folder = dir.resolve("local");
    LoadReport here = DocumentLoader.builder().store(folder).build().load(files);
    assertThat(here.complete()).as(here.tally().summary("ingested", 0)).isTrue();
    local = SpkgStore.openExisting(folder);

    fuseki = StockFuseki.start(dir.resolve("fuseki.log"));
    String url = fuseki.dataset().toString();
    LoadReport there =
        DocumentLoader.builder()
            .to(new RemoteStore(url, url, RetryPolicy.of(0), 2))
            .build()
            .load(files);
    assertThat(there.complete()).as(there.tally().summary("written", 0)).isTrue();
    assertThat(there.tally().documents()).isEqualTo(here.tally().documents());

    for (Pack pack : PACKS.packs()) {
      pack.standIn().ifPresent(file -> STAND_INS.put(pack.name(), StandIn.start(file)));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    STAND_INS.values().forEach(StandIn::close);
    if (local != null) {
      local.close();
    }
    if (fuseki != null) {
      fuseki.close();
    }
  }

  @Test
  void everyDocumentGraph_holdsTheSameTriples_asTheLocalStore() {
    Set<String> localDocuments = new TreeSet<>();
    for (String g : local.graphNames()) {
      if (g.equals(NamedGraphs.INFERRED) || g.equals(NamedGraphs.META)) {
        continue;
      }
      localDocuments.add(g);
      Graph here = local.datasetGraph().getGraph(NodeFactory.createURI(g));
      Graph there = GSP.service(fuseki.dataset().toString()).graphName(g).GET();
      local
          .datasetGraph()
          .executeRead(
              () ->
                  assertThat(there.isIsomorphicWith(here))
                      .as("<%s>: %d triples here, %d there", g, here.size(), there.size())
                      .isTrue());
    }
    Set<String> remote = remoteGraphs();
    Set<String> remoteOwn =
        remote.stream().filter(g -> g.startsWith(NamedGraphs.NS)).collect(Collectors.toSet());
    assertThat(remoteOwn).as("graphs under %s", NamedGraphs.NS).isEqualTo(localDocuments);
    for (String g : localDocuments) {
      if (!g.equals(NamedGraphs.ONTOLOGY) && !g.equals(NamedGraphs.REFERENCE)) {
        String key = g.substring(NamedGraphs.NS.length());
        assertThat(remote).as("the derived graph of " + key).contains(NamedGraphs.derived(key));
      }
    }
    assertThat(remote).contains(NamedGraphs.DERIVED_REFERENCE);
  }

  @Test
  void theLocalInferredGraph_isInTheRemoteUnion() {
    List<Triple> inferred =
        local
            .datasetGraph()
            .calculateRead(
                () ->
                    local
                        .datasetGraph()
                        .getGraph(NodeFactory.createURI(NamedGraphs.INFERRED))
                        .find()
                        .toList());
    Graph union;
    try (QueryExecHTTP q =
        QueryExecHTTP.service(fuseki.query().toString())
            .query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            .build()) {
      union = q.construct();
    }
    assertThat(inferred).as("the local store infers something").isNotEmpty();
    assertThat(inferred.stream().filter(t -> !union.contains(t)).toList())
        .as("entailments the remote union lacks")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicContainer> everyPackQuery_answersTheSame_locallyAndOnTheRemoteStore() {
    return PackCorpus.perQuery(PACKS, IngestToParityTest::compare);
  }

  private static void compare(Pack pack, PackQuery query) {
    StandIn standIn = STAND_INS.get(pack.name());
    Map<String, String> values = new HashMap<>();
    if (standIn != null) {
      standIn.parameters().forEach((k, v) -> query.parameter(k).ifPresent(p -> values.put(k, v)));
    }
    PackResult here =
        new PackRunner(QueryTarget.dataset(local.datasetGraph(), "local")).run(query, values);
    PackResult there =
        new PackRunner(QueryTarget.endpoint(fuseki.query().toString())).run(query, values);
    if (here.table().isAsk()) {
      assertThat(there.table().ask()).as(query.id()).isEqualTo(here.table().ask());
      return;
    }
    List<Var> vars = here.table().vars();
    List<String> ours = PackDifferentialTest.rows(here.table().rows(), vars);
    List<String> theirs = PackDifferentialTest.rows(there.table().rows(), vars);
    if (PortableQuery.ordersTotally(query.query())) {
      assertThat(theirs).as("%s, in order", query.id()).containsExactlyElementsOf(ours);
    } else {
      assertThat(theirs)
          .as("%s, in any order", query.id())
          .containsExactlyInAnyOrderElementsOf(ours);
    }
  }

  private static Set<String> remoteGraphs() {
    Set<String> graphs = new TreeSet<>();
    try (QueryExecHTTP q =
        QueryExecHTTP.service(fuseki.query().toString())
            .query("SELECT DISTINCT ?g { GRAPH ?g { } }")
            .build()) {
      q.select().forEachRemaining(row -> graphs.add(row.get("g").getURI()));
    }
    return graphs;
  }
}
