package org.w3id.spkg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness at small scale, so it cannot rot: 100 generated documents through ingest,
 * export, the parse floor and one loader, then start-up with one run each. It checks the files the
 * harness writes — their rows and columns — and never a timing.
 */
class BenchmarkSmokeTest {

  @TempDir Path work;

  @Test
  void harness_at100Documents_writesTablesReportsAndPlots() throws Exception {
    Path out = work.resolve("results");

    IngestBenchmark.main(
        new String[] {
          "--sizes",
          "100",
          "--seed",
          "1",
          "--work",
          work.toString(),
          "--out",
          out.toString(),
          "--loaders",
          "basic",
          "--parse-passes",
          "1",
          "--no-compact",
          "--keep-store"
        });
    StartupBenchmark.main(
        new String[] {
          "--store",
          work.resolve("100-default/store").toString(),
          "--label",
          "100",
          "--reps",
          "1",
          "--work",
          work.toString(),
          "--out",
          out.toString()
        });

    List<Map<String, String>> ingest = HarnessTable.read(out.resolve("ingest.csv"));
    assertThat(Files.readAllLines(out.resolve("ingest.csv")).get(0))
        .isEqualTo(String.join(",", IngestBenchmark.COLUMNS));
    assertThat(ingest)
        .extracting(r -> r.get("docs") + " " + r.get("step") + " " + r.get("variant"))
        .containsExactly(
            "100 ingest batch=100",
            "100 export nquads",
            "100 parse commonmark+yaml in-process",
            "100 load basic");
    assertThat(ingest).allSatisfy(r -> assertThat(Long.parseLong(r.get("quads"))).isPositive());
    assertThat(ingest.get(0).get("disk_mib")).isNotEqualTo("-1");
    assertThat(Files.readString(out.resolve("ingest.md")))
        .contains("## Ratios against the goals")
        .containsPattern(
            "\\| 100 \\| batch=100 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\(basic\\) \\|");
    for (String png : List.of("ingest-time.png", "store-size.png")) {
      assertThat(Files.readAllBytes(out.resolve(png))).startsWith(0x89, 'P', 'N', 'G');
    }

    List<Map<String, String>> startup = HarnessTable.read(out.resolve("startup.csv"));
    assertThat(Files.readAllLines(out.resolve("startup.csv")).get(0))
        .isEqualTo(String.join(",", StartupBenchmark.COLUMNS));
    assertThat(startup).extracting(r -> r.get("store")).containsExactly("empty", "100");
    assertThat(startup)
        .allSatisfy(
            r ->
                assertThat(Double.parseDouble(r.get("first_query_ms")))
                    .isGreaterThanOrEqualTo(Double.parseDouble(r.get("ping_ms"))));
    assertThat(Files.readString(out.resolve("startup.md")))
        .contains("Goals: first query on the 100 store");
  }
}
