package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.eval.EvalReport;
import org.w3id.spkg.eval.GoldEvaluation;
import org.w3id.spkg.eval.GoldStandard;
import org.w3id.spkg.eval.GoldVocabulary;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.vocab.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spkg eval GOLD... --store DIR}: the store's extraction against gold standards; {@code spkg
 * eval relevance} measures the relevance gate.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure extraction against gold standards (eval/gold/*.yaml; the format is in"
          + " eval/README.md): precision, recall and F1 per kind of fact and over all, for all"
          + " documents and each one, with every missed and every spurious fact. The documents"
          + " must be in the store (spkg ingest them first).",
      "'spkg eval relevance' measures the relevance gate against labelled documents."
    },
    subcommands = {EvalRelevanceCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured",
      "2:wrong command line",
      "3:a gold file is not a gold standard (spkg: FILE:LINE:COL: ...), its document is not in"
          + " the store, or there is no store"
    })
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "GOLD",
      description = "Gold files (*.yaml), or folders of them.")
  List<Path> gold;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  EvalReport.Format format;

  @Override
  public Integer call() {
    if (gold == null || gold.isEmpty()) {
      // Optional for picocli, which would otherwise ask for GOLD before 'eval relevance' too.
      throw new ParameterException(
          spec.commandLine(), "Give gold files or folders (eval/gold/), or 'eval relevance'");
    }
    GoldVocabulary vocabulary = GoldVocabulary.of(OntologyFiles.locate());
    List<GoldStandard> standards = new ArrayList<>();
    for (Path file : ProjectFiles.expand(gold, EvalCommand::isYaml, "gold files (*.yaml)")) {
      standards.add(GoldStandard.read(file, vocabulary));
    }
    EvalReport report;
    try (SpkgStore opened = SpkgStore.openExisting(store.folder())) {
      report =
          Txn.calculateRead(
              opened.datasetGraph(),
              () -> {
                List<GoldEvaluation.DocumentResult> results = new ArrayList<>();
                for (GoldStandard g : standards) {
                  results.add(GoldEvaluation.evaluate(opened.datasetGraph(), g));
                }
                return new EvalReport(results);
              });
    }
    PrintWriter out = spec.commandLine().getOut();
    report.write(out, format);
    return 0;
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
