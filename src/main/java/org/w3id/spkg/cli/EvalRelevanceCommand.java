package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.spkg.eval.RelevanceEvaluation;
import org.w3id.spkg.eval.RelevanceLabels;
import org.w3id.spkg.eval.Scores;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.vocab.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg eval relevance LABELS.tsv... --archive DIR}: the relevance gate against labels. */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the relevance gate against documents labelled by reading (eval/relevance/*.tsv):"
          + " precision and recall of 'about space' for documents and for the sections the labels"
          + " name, and every document the gate got wrong. Reads the documents only; no store."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured",
      "2:wrong command line",
      "3:a label file cannot be read, or no labelled document is below --archive"
    })
final class EvalRelevanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "LABELS.tsv", description = "Label files.")
  List<Path> labelFiles;

  @Option(
      names = "--archive",
      required = true,
      paramLabel = "DIR",
      description = "The folder the labels' paths are relative to (the archive's root).")
  Path archive;

  @Override
  public Integer call() {
    DocumentIngester ingester = DocumentIngester.create(OntologyFiles.locate());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Every file measured before anything is printed: a bad one leaves no half-written table.
    Map<Path, RelevanceEvaluation.Result> results = new LinkedHashMap<>();
    Map<Path, Integer> sizes = new LinkedHashMap<>();
    for (Path file : labelFiles) {
      List<RelevanceLabels.Label> labels = RelevanceLabels.read(file);
      results.put(file, RelevanceEvaluation.run(ingester, labels, archive));
      sizes.put(file, labels.size());
    }
    out.println(
        "labels\tdocuments\tdoc_precision\tdoc_recall\tdoc_f1\tsections\tsec_precision"
            + "\tsec_recall\tsec_f1");
    for (Path file : labelFiles) {
      RelevanceEvaluation.Result r = results.get(file);
      out.println(
          String.join(
              "\t",
              file.getFileName().toString(),
              Integer.toString(sizes.get(file) - r.missing().size()),
              figures(r.documents()),
              Integer.toString(
                  r.sections().truePositives()
                      + r.sections().falsePositives()
                      + r.sections().falseNegatives()),
              figures(r.sections())));
      for (RelevanceEvaluation.Disagreement d : r.disagreements()) {
        err.printf(
            Locale.ROOT,
            "  %s: labelled %s, decided %s (score %.1f: %s)%n",
            d.path(),
            d.label(),
            d.decided(),
            d.score(),
            String.join(", ", d.cues()));
      }
      if (!r.missing().isEmpty()) {
        err.println(
            "  "
                + r.missing().size()
                + " labelled documents are not below "
                + archive
                + ", e.g. "
                + r.missing().get(0));
      }
    }
    return 0;
  }

  private static String figures(Scores s) {
    return String.format(
        Locale.ROOT,
        "%.3f\t%.3f\t%.3f (tp %d fp %d fn %d)",
        s.precision(),
        s.recall(),
        s.f1(),
        s.truePositives(),
        s.falsePositives(),
        s.falseNegatives());
  }
}
