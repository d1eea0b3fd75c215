package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.Fuseki;
import org.w3id.spkg.InputException;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.PackTester;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.StandIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg packs test [PACK]}: every query's answer against its expected answer. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run each query with its defaults and compare the answer with the .expected.csv beside it"
          + " (in order when the query has ORDER BY). A query without one fails.",
      "By default the queries run on a fresh ingest of corpus/ (in a temporary store), the data"
          + " the expectations are written for. A pack with a stand-in.ttl has it served on a"
          + " loopback endpoint, passed as the 'endpoint' parameter."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every query gave its expected answer",
      "1:some query did not (the differences are printed)",
      "2:wrong command line",
      "3:no such pack, a pack file is broken, or the store or corpus cannot be read"
    })
final class PacksTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PacksFolderOption packsFolder = new PacksFolderOption();

  @Parameters(arity = "0..1", paramLabel = "PACK", description = "Only this pack.")
  String pack;

  @Mixin PackTargetOption target = new PackTargetOption();

  @Override
  public Integer call() throws IOException {
    QueryPacks packs = packsFolder.read();
    List<Pack> tested = pack == null ? packs.packs() : List.of(packs.requirePack(pack));
    if (target.endpoint() != null || target.storeGiven()) {
      return test(tested);
    }
    Path corpus =
        BundledCorpus.folder()
            .orElseThrow(
                () ->
                    new InputException(
                        "corpus/",
                        "no corpus/ folder beside spkg to ingest; give --store DIR or --endpoint"
                            + " URL"));
    Path temporary = Files.createTempDirectory("spkg-packs-test");
    try {
      if (BundledCorpus.ingest(spec, corpus, temporary) != 0) {
        throw new InputException(corpus.toString(), "the corpus did not ingest (see above)");
      }
      target.choice = new PackTargetOption.Choice();
      target.choice.store = temporary;
      return test(tested);
    } finally {
      delete(temporary);
    }
  }

  private int test(List<Pack> tested) {
    PrintWriter out = spec.commandLine().getOut();
    // The stand-in endpoints would log their start, stop and every request they answer.
    for (String log : List.of(Fuseki.actionLogName, Fuseki.serverLogName, "org.eclipse.jetty")) {
      LogCtl.setLevel(log, "WARN");
    }
    List<PackTester.Outcome> outcomes = new ArrayList<>();
    try (PackTargetOption.OpenTarget open = target.open(spec.commandLine())) {
      PackRunner runner = new PackRunner(open.target());
      out.println("Testing on " + open.target().description());
      for (Pack p : tested) {
        try (StandIn standIn = p.standIn().map(StandIn::start).orElse(null)) {
          Map<String, String> overrides = standIn == null ? Map.of() : standIn.parameters();
          for (PackTester.Outcome o : new PackTester(runner, overrides).test(p)) {
            outcomes.add(o);
            report(o, out);
          }
        }
      }
    }
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    out.printf(
        "%d passed, %d failed, %d queries in %d %s%n",
        outcomes.size() - failed,
        failed,
        outcomes.size(),
        tested.size(),
        tested.size() == 1 ? "pack" : "packs");
    return failed == 0 ? 0 : 1;
  }

  private static void report(PackTester.Outcome o, PrintWriter out) {
    if (o.passed()) {
      out.printf("PASS %s (%d rows, %d ms)%n", o.query().id(), o.rows(), o.elapsed().toMillis());
    } else {
      out.printf("FAIL %s%n", o.query().id());
      o.differences().forEach(d -> out.println("    " + d));
    }
    out.flush();
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the temporary store " + folder, e);
    }
  }
}
