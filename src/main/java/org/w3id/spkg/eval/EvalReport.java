package org.w3id.spkg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a gold-standard evaluation, per kind of fact and over all of them, for all
 * documents together (micro-averaged: counts added, then divided) and document by document, with
 * every missed and every spurious fact; written as a text table, Markdown or CSV.
 */
public final class EvalReport {

  /** The report formats. */
  public enum Format {
    table,
    md,
    csv
  }

  /** The key of the row over all kinds. */
  public static final String ALL = "all";

  private final List<GoldEvaluation.DocumentResult> documents;

  public EvalReport(List<GoldEvaluation.DocumentResult> documents) {
    this.documents = List.copyOf(documents);
  }

  /** The counts of each kind over every document, and over all kinds ({@link #ALL}). */
  public Map<String, Scores> totals() {
    return totals(documents);
  }

  private static Map<String, Scores> totals(List<GoldEvaluation.DocumentResult> docs) {
    Map<GoldStandard.Kind, Scores> byKind = new EnumMap<>(GoldStandard.Kind.class);
    Scores all = Scores.NONE;
    for (GoldEvaluation.DocumentResult d : docs) {
      for (var e : d.kinds().entrySet()) {
        byKind.merge(e.getKey(), e.getValue().scores(), Scores::plus);
        all = all.plus(e.getValue().scores());
      }
    }
    Map<String, Scores> out = new java.util.LinkedHashMap<>();
    byKind.forEach((k, s) -> out.put(k.key, s));
    out.put(ALL, all);
    return out;
  }

  /** Writes the report. */
  public void write(PrintWriter out, Format format) {
    switch (format) {
      case table -> table(out);
      case md -> markdown(out);
      case csv -> csv(out);
    }
    out.flush();
  }

  private void table(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-16s %6s %6s %8s %10s %7s %6s%n",
        "kind",
        "gold",
        "found",
        "matched",
        "precision",
        "recall",
        "f1");
    totals()
        .forEach((kind, s) -> out.println(row("%-16s %6d %6d %8d %10.3f %7.3f %6.3f", kind, s)));
    out.println();
    for (GoldEvaluation.DocumentResult d : documents) {
      out.println(
          row(
              "%s: %d gold, %d found, %d matched: precision %.3f, recall %.3f, f1 %.3f",
              d.gold().document(), totals(List.of(d)).get(ALL)));
      for (String line : details(d)) {
        out.println("  " + line);
      }
    }
  }

  private void markdown(PrintWriter out) {
    out.println("| kind | gold | found | matched | precision | recall | F1 |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    totals()
        .forEach(
            (kind, s) -> out.println(row("| %s | %d | %d | %d | %.3f | %.3f | %.3f |", kind, s)));
    for (GoldEvaluation.DocumentResult d : documents) {
      out.println(
          row(
              "%n### %s%n%n%d gold, %d found, %d matched: precision %.3f, recall %.3f, F1 %.3f.%n",
              d.gold().document(), totals(List.of(d)).get(ALL)));
      for (String line : details(d)) {
        out.println("- " + line.replace("|", "\\|"));
      }
    }
  }

  private void csv(PrintWriter out) {
    out.println("document,kind,status,gold,found,matched,precision,recall,f1,fact");
    totals().forEach((kind, s) -> out.println(summaryRow(ALL, kind, s)));
    for (GoldEvaluation.DocumentResult d : documents) {
      String doc = d.gold().document();
      totals(List.of(d)).forEach((kind, s) -> out.println(summaryRow(doc, kind, s)));
      for (var e : d.kinds().entrySet()) {
        for (GoldStandard.Fact f : e.getValue().missed()) {
          out.println(csv(doc) + "," + e.getKey().key + ",missed,,,,,,," + csv(f.describe()));
        }
        for (String f : e.getValue().spurious()) {
          out.println(csv(doc) + "," + e.getKey().key + ",spurious,,,,,,," + csv(f));
        }
      }
    }
  }

  private static String summaryRow(String doc, String kind, Scores s) {
    return csv(doc) + "," + row("%s,summary,%d,%d,%d,%.4f,%.4f,%.4f,", kind, s);
  }

  /**
   * {@code format} filled with a name (a kind, or a document), then gold, found, matched,
   * precision, recall and F1: every row of every format.
   */
  private static String row(String format, String kind, Scores s) {
    return String.format(
        Locale.ROOT,
        format,
        kind,
        gold(s),
        found(s),
        s.truePositives(),
        s.precision(),
        s.recall(),
        s.f1());
  }

  private static List<String> details(GoldEvaluation.DocumentResult d) {
    List<String> lines = new ArrayList<>();
    for (var e : d.kinds().entrySet()) {
      for (GoldStandard.Fact f : e.getValue().missed()) {
        lines.add(
            "missed "
                + e.getKey().key
                + ": "
                + f.describe()
                + " ("
                + d.gold().file().getFileName()
                + ":"
                + f.line()
                + ")");
      }
      for (String f : e.getValue().spurious()) {
        lines.add("spurious " + e.getKey().key + ": " + f);
      }
    }
    return lines;
  }

  private static int gold(Scores s) {
    return s.truePositives() + s.falseNegatives();
  }

  private static int found(Scores s) {
    return s.truePositives() + s.falsePositives();
  }

  private static String csv(String value) {
    String v = value.replace("\n", " ");
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
