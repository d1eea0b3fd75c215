package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.bench.CorpusGenerator;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * Ingest is repeatable: the same documents give the same graphs, whatever ran before and in
 * whatever order — ingested again over themselves, in reverse order into a fresh store, or in
 * batches of another size. A generated corpus whose documents name each other's entities; the
 * stores are compared graph by graph as sorted N-Quads (the export's blank-node labels are stable).
 * Only the {@code meta} graph, which records when each run took place, may differ.
 */
class IngestRepeatabilityTest {

  /** Enough documents that several name entities another one defines. */
  private static final int DOCUMENTS = 40;

  @TempDir static Path dir;

  private static List<Path> files;
  private static SortedMap<String, List<String>> once;

  @BeforeAll
  static void ingestOnce() throws IOException {
    Path corpus = dir.resolve("corpus");
    CorpusGenerator.create(OntologyFiles.at(TestFiles.ONTOLOGY)).write(corpus, DOCUMENTS, 1, false);
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).hasSize(DOCUMENTS);
    once = ingest(dir.resolve("once"), files);
  }

  @Test
  void ingestingInReverseOrder_givesTheSameGraphs() {
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);

    assertSameGraphs(ingest(dir.resolve("reversed"), reversed), once);
  }

  @Test
  void ingestingInSmallBatches_givesTheSameGraphs() {
    assertSameGraphs(ingest(dir.resolve("batches"), files, "--batch", "7"), once);
  }

  @Test
  void aRunThatStoppedHalfway_ingestedAgain_givesTheCleanStore_andAgainChangesNothing() {
    Path store = dir.resolve("halfway");
    ingest(store, files.subList(0, DOCUMENTS / 2));

    assertSameGraphs(ingest(store, files), once);
    assertSameGraphs(ingest(store, files), once);
  }

  @Test
  void twoSourcesNamedAlike_getTheSameKeysInEitherOrder() throws IOException {
    Path one = dir.resolve("alike/one/statement.md");
    Path two = dir.resolve("alike/two/statement.md");
    for (Path file : List.of(one, two)) {
      Files.createDirectories(file.getParent());
      String name = file.getParent().getFileName().toString();
      Files.writeString(
          file,
          "---\ntitle: Statement "
              + name
              + "\nsource_url: https://example.org/"
              + name
              + "\ndate: 2024-05-01\n---\n\nNASA and JAXA will cooperate on lunar exploration.\n");
    }

    assertSameGraphs(
        ingest(dir.resolve("alike-reversed"), List.of(two, one)),
        ingest(dir.resolve("alike-in-order"), List.of(one, two)));
  }

  private static SortedMap<String, List<String>> ingest(
      Path store, List<Path> paths, String... options) {
    List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
    args.addAll(List.of(options));
    paths.forEach(p -> args.add(p.toString()));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    CommandRun export = CommandRun.of("export", "--store", store.toString(), "--format", "nquads");
    assertThat(export.exitCode()).as(export.err()).isZero();
    return byGraph(export.out());
  }

  /** The N-Quads lines of each graph, sorted; the meta graph (times of the runs) left out. */
  private static SortedMap<String, List<String>> byGraph(String nquads) {
    SortedMap<String, List<String>> graphs = new TreeMap<>();
    for (String line : nquads.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String graph = line.substring(line.lastIndexOf(" <") + 2, line.lastIndexOf('>'));
      if (!graph.equals(NamedGraphs.META)) {
        graphs.computeIfAbsent(graph, g -> new ArrayList<>()).add(line);
      }
    }
    graphs.values().forEach(Collections::sort);
    return graphs;
  }

  private static void assertSameGraphs(
      Map<String, List<String>> actual, Map<String, List<String>> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    List<String> changed = new ArrayList<>();
    for (String graph : expected.keySet()) {
      if (!actual.get(graph).equals(expected.get(graph))) {
        TreeSet<String> gone = new TreeSet<>(expected.get(graph));
        actual.get(graph).forEach(gone::remove);
        TreeSet<String> added = new TreeSet<>(actual.get(graph));
        expected.get(graph).forEach(added::remove);
        changed.add(
            graph
                + "\n  only in the first store: "
                + String.join("\n    ", gone)
                + "\n  only in the second: "
                + String.join("\n    ", added));
      }
    }
    assertThat(changed).as("graphs that differ").isEmpty();
  }
}
