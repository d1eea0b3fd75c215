package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.server.SpkgServer;

class PacksCommandTest {

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path store;

  @BeforeAll
  static void ingest() {
    store = shared.resolve("store");
    CommandRun run =
        CommandRun.of("ingest", "--store", store.toString(), TestFiles.CORPUS.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CommandRun packs(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "packs";
    System.arraycopy(args, 0, all, 1, args.length);
    return CommandRun.of(all);
  }

  @Test
  void list_showsPacksQueriesAndParameters() {
    CommandRun run = packs("list");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("competency — the competency questions")
        .contains("reference/01-nations-in-region  Nations in a region")
        .contains("parameters: region (IRI) = https://w3id.org/spkg/id/region/arctic");
    CommandRun unknown = packs("list", "nosuchpack");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err())
        .contains("nosuchpack: no such pack; the packs are")
        .contains("reference");
  }

  @Test
  void show_givesHeaderParametersAndText_andValuesFromTheStore() {
    CommandRun run = packs("show", "reference/01", "--values", "--store", store.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("reference/01-nations-in-region: Nations in a region")
        .contains("region  (required, IRI, variable ?_region_iri)")
        .contains("default: https://w3id.org/spkg/id/region/arctic")
        .contains("SELECT ?nation");
    CommandRun missing = packs("show", "reference/99");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err())
        .contains("no such query; the pack's queries are 01-nations-in-region");
  }

  @Test
  void run_oneQuery_bindsTheParameter_inTheFormatAskedFor() {
    CommandRun run =
        packs(
            "run",
            "reference/01",
            "--store",
            store.toString(),
            "--param",
            "region=region/oceania",
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("nation,label,alpha2,alpha3,wikidata\r\n")
        .contains("https://w3id.org/spkg/id/nation/AU,Australia,AU,AUS,")
        .doesNotContain("Japan");
  }

  @Test
  void run_injectionAttempt_isRefused_withTheTypeMessage_andNoOutput() {
    for (String attack : new String[] {"x\" } ; DROP ALL #", "> . ?s ?p ?o . <"}) {
      CommandRun run =
          packs("run", "reference/01", "--store", store.toString(), "--param", "region=" + attack);
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .contains("--param region: parameter 'region' must be an IRI")
          .contains("got '" + attack + "'");
    }
  }

  @Test
  void run_wholePack_writesOneFilePerQuery_andAnIndex() throws IOException {
    Path out = dir.resolve("reports");
    CommandRun run =
        packs(
            "run",
            "reference",
            "--store",
            store.toString(),
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("01-nations-in-region.csv")).isRegularFile();
    assertThat(out.resolve("03-space-agencies.csv")).isRegularFile();
    String index = Files.readString(out.resolve("index.md"));
    assertThat(index)
        .contains("# Pack `reference`")
        .contains(
            "| [01-nations-in-region](01-nations-in-region.csv) | Nations in a region |"
                + " region=https://w3id.org/spkg/id/region/arctic | 8 |");
    long lines = Files.readAllLines(out.resolve("01-nations-in-region.csv")).size();
    assertThat(lines).isEqualTo(9);
  }

  @Test
  void wrongCommandLines_exitWith2() {
    assertThat(packs("run", "reference", "--format", "csv", "--store", store.toString()).exitCode())
        .isEqualTo(2);
    assertThat(
            packs("run", "reference/01", "--store", store.toString(), "--endpoint", "http://x/")
                .exitCode())
        .isEqualTo(2);
    assertThat(packs("run", "reference/01", "--endpoint", "ftp://x/").exitCode()).isEqualTo(2);
    assertThat(packs("run", "reference/01", "--param", "novalue").exitCode()).isEqualTo(2);
    assertThat(packs().exitCode()).isEqualTo(2);
  }

  @Test
  void missingStore_isReported() {
    CommandRun run = packs("run", "reference/01", "--store", dir.resolve("none").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("none");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void run_onAnEndpoint_answersAsOnTheStore() throws IOException {
    Path copy = dir.resolve("served");
    CommandRun ingest =
        CommandRun.of("ingest", "--store", copy.toString(), TestFiles.CORPUS.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    try (SpkgServer server = SpkgServer.builder().store(copy).port(0).loopback(true).start()) {
      CommandRun remote =
          packs("run", "reference/02", "--endpoint", server.sparqlEndpoint(), "--format", "csv");
      CommandRun local =
          packs("run", "reference/02", "--store", store.toString(), "--format", "csv");
      assertThat(remote.exitCode()).as(remote.err()).isZero();
      assertThat(remote.out()).isEqualTo(local.out()).contains("NASA");
    }
  }

  @Test
  void test_passesOnMatchingExpectations_andFailsWithADiff() throws IOException {
    Path packsDir = dir.resolve("queries");
    Path pack = Files.createDirectories(packsDir.resolve("mine"));
    Files.writeString(pack.resolve("README.md"), "# Pack `mine`: a test pack\n");
    Files.writeString(
        pack.resolve("01-cspo.rq"),
        """
        #+ summary: CSpO's acronym
        #+ tags:
        #+   - test

        PREFIX spkg: <https://w3id.org/spkg/ontology#>
        SELECT ?acronym WHERE { <https://w3id.org/spkg/id/program/cspo> spkg:acronym ?acronym }
        """);
    Files.writeString(pack.resolve("01-cspo.expected.csv"), "acronym\r\nCSpO\r\n");
    CommandRun pass = packs("test", "--packs", packsDir.toString(), "--store", store.toString());
    assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
    assertThat(pass.out()).contains("PASS mine/01-cspo (1 rows").contains("1 passed, 0 failed");

    Files.writeString(pack.resolve("01-cspo.expected.csv"), "acronym\r\nCSPO\r\n");
    Files.writeString(pack.resolve("02-none.rq"), "#+ summary: s\n\nASK { ?s ?p ?o }\n");
    CommandRun fail = packs("test", "--packs", packsDir.toString(), "--store", store.toString());
    assertThat(fail.exitCode()).isEqualTo(1);
    assertThat(fail.out())
        .contains("FAIL mine/01-cspo", "- missing: [CSPO]", "+ not expected: [CSpO]")
        .contains("FAIL mine/02-none", "02-none.expected.csv: missing")
        .contains("0 passed, 2 failed");
  }

  @Test
  void test_byDefault_ingestsTheCorpus_andEveryBundledQueryPasses() {
    CommandRun run = packs("test");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("PASS partnerships/01-members-of-partnership")
        .contains("PASS federation/01-nations-in-wikidata")
        .containsPattern("\\d+ passed, 0 failed, \\d+ queries in 9 packs");
  }

  @Test
  void brokenPackFile_isReported_withFileAndLine() throws IOException {
    Path packsDir = dir.resolve("broken");
    Path pack = Files.createDirectories(packsDir.resolve("bad"));
    Files.writeString(pack.resolve("01-q.rq"), "#+ summary: s\n\nSELECT ?s WHERE { ?s ?p }\n");
    CommandRun run = packs("list", "--packs", packsDir.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("bad/01-q.rq:3:").contains("not a SPARQL query");
  }
}
