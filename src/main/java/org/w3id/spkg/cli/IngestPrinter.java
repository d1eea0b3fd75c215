package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ingest.ExtractedDocument;
import org.w3id.spkg.load.BatchWriteException;
import org.w3id.spkg.load.LoadListener;
import org.w3id.spkg.load.LoadReport;
import org.w3id.spkg.load.Queued;

/**
 * Prints an ingest run for {@code spkg ingest}, {@code serve} and {@code packs test}: each document
 * and refusal to stderr as the {@link org.w3id.spkg.load.DocumentLoader} tells them, then what a
 * failed write left out and the summary line; and picks the exit code.
 */
final class IngestPrinter implements LoadListener {

  private final PrintWriter err;
  private final boolean dryRun;
  private final boolean verbose;

  /**
   * @param err where progress goes
   * @param dryRun whether documents are extracted only ("extracted" rather than "ingested")
   * @param verbose whether internal errors show their stack trace
   */
  IngestPrinter(PrintWriter err, boolean dryRun, boolean verbose) {
    this.err = err;
    this.dryRun = dryRun;
    this.verbose = verbose;
  }

  @Override
  public void ingested(Path file, ExtractedDocument doc) {
    err.printf(
        "%s %s: %d triples, %d entities, %d facts, %d warnings%n",
        dryRun ? "extracted" : "ingested",
        file,
        doc.stats().triples(),
        doc.stats().entities(),
        doc.stats().facts(),
        doc.warnings().size());
    doc.warnings().forEach(w -> err.println("  warning: " + w));
  }

  @Override
  public void refused(Path path, InputException e) {
    String message = e.getMessage();
    if (!message.contains(path.toString())) {
      message = path + ": " + message;
    }
    err.println("spkg: " + message);
  }

  @Override
  public void warning(Path file, String message) {
    err.println("  warning: " + message);
  }

  @Override
  public void internalError(Path file, Throwable e) {
    if (verbose) {
      e.printStackTrace(err);
    }
  }

  /**
   * Prints what the run left out after a failed write, the compaction and the summary line ({@code
   * summary}: stdout, or stderr for a dry run whose stdout is the data).
   *
   * @param where what happened to the documents, e.g. "ingested into data"
   * @return 0 if every document went in, else {@link Conventions#EXIT_INPUT}
   * @throws RuntimeException the cause of a failed write that is not the input's fault (an internal
   *     error, exit code 70)
   */
  int conclude(LoadReport report, Path folder, String where, PrintWriter summary) {
    report.writeFailure().ifPresent(e -> notWritten(e, report.unread()));
    report
        .compacted()
        .ifPresent(
            sizes ->
                err.printf(
                    Locale.ROOT,
                    "compacted %s: %.1f MB -> %.1f MB%n",
                    folder,
                    sizes[0] / 1e6,
                    sizes[1] / 1e6));
    summary.println(report.tally().summary(where, report.seconds()));
    BatchWriteException failure = report.writeFailure().orElse(null);
    if (failure != null && !(failure.getCause() instanceof InputException)) {
      // Not the input's fault: an internal error (exit code 70), as any failing write is.
      if (failure.getCause() instanceof RuntimeException e) {
        throw e;
      }
      if (failure.getCause() instanceof Error e) {
        throw e;
      }
      throw failure;
    }
    return report.complete() ? 0 : Conventions.EXIT_INPUT;
  }

  /** Each document a failed write left out, and the files not read after it. */
  private void notWritten(BatchWriteException e, List<Path> unread) {
    String reason = BatchWriteException.reason(e.getCause());
    int size = e.failedBatch().size();
    for (Queued q : e.notWritten()) {
      boolean inFailed = e.failedBatch().contains(q);
      err.println(
          "spkg: "
              + q.doc().source()
              + ": not ingested: "
              + (inFailed
                  ? "the write transaction of its batch ("
                      + size
                      + (size == 1 ? " document" : " documents")
                      + ") failed and was rolled back: "
                      + reason
                  : "not written, as the run stopped at a failed write before it"));
    }
    if (!unread.isEmpty()) {
      err.println(
          "spkg: the run stopped at the failed write; "
              + unread.size()
              + (unread.size() == 1 ? " file was" : " files were")
              + " not read: "
              + unread.get(0)
              + (unread.size() > 1 ? " to " + unread.get(unread.size() - 1) : ""));
    }
    err.println(
        "spkg: the store is as it was before the failed batch (the VoID description was not"
            + " refreshed); ingest the files named above again");
  }
}
