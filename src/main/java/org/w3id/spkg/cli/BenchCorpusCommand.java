package org.w3id.spkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.w3id.spkg.bench.CorpusGenerator;
import org.w3id.spkg.bench.CorpusSummary;
import org.w3id.spkg.vocab.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code spkg bench corpus --docs N --out DIR}: a generated corpus to measure on. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Write N fact sheets in the seed document's genre into a folder, with a manifest"
          + " (MANIFEST.tsv: per document its bytes, sections, initiatives, sentences, acronyms,"
          + " directives, amounts, counts, percentages and dates written).",
      "Nations, agencies, offices, cities and programs come from the reference data, invented"
          + " programs with their acronyms from word lists. The same --docs and --seed give the"
          + " same bytes; the first N documents of a seed are the same whatever --docs is."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:wrong command line (--docs out of range)",
      "3:--out is a file, a folder that is not empty (without --force), or cannot be written"
    })
final class BenchCorpusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--docs",
      required = true,
      paramLabel = "N",
      description = "How many documents, 1 to 1,000,000.")
  int docs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write into: new or empty (it is created).")
  Path out;

  @Option(
      names = "--force",
      description =
          "Use a folder that is not empty: the documents and manifest of an earlier corpus in it"
              + " are deleted, anything else is left in place.")
  boolean force;

  @Override
  public Integer call() {
    if (docs < 1 || docs > CorpusGenerator.MAX_DOCUMENTS) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "--docs must be between 1 and %,d, got %,d",
              CorpusGenerator.MAX_DOCUMENTS,
              docs));
    }
    long start = System.nanoTime();
    CorpusSummary written =
        CorpusGenerator.create(OntologyFiles.locate()).write(out, docs, seed, force);
    if (written.otherEntries() > 0) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "spkg: warning: %s also holds %d other %s, left in place; 'spkg ingest %s'"
                  + " reads any *.md among them too%n",
              out,
              written.otherEntries(),
              written.otherEntries() == 1 ? "entry" : "entries",
              out);
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Wrote %,d documents (%,d bytes; %,d initiatives, %,d sentences, %,d invented programs)"
                + " and %s to %s in %.1f s (seed %d)%n",
            written.documents(),
            written.bytes(),
            written.initiatives(),
            written.sentences(),
            written.acronyms(),
            CorpusGenerator.MANIFEST,
            out,
            (System.nanoTime() - start) / 1e9,
            seed);
    return 0;
  }
}
