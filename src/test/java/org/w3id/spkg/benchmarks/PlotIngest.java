package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The ingest plots, as PNG from {@code ingest.csv}: {@code ingest-time.png} (ingest, parse floor
 * and fastest load floor, seconds against documents) and {@code store-size.png} (MiB on disk of the
 * ingested, the bulk-loaded and the compacted store against documents), both on log axes.
 */
final class PlotIngest {

  private PlotIngest() {}

  static void write(Path csv, Path folder) {
    System.setProperty("java.awt.headless", "true");
    List<Map<String, String>> rows = HarnessTable.read(csv);
    XYSeriesCollection time = new XYSeriesCollection();
    for (String variant :
        rows.stream()
            .filter(r -> r.get("step").equals("ingest"))
            .map(r -> r.get("variant").replace(" (adopted)", ""))
            .distinct()
            .toList()) {
      time.addSeries(
          series(
              "ingest " + variant,
              rows,
              "seconds",
              r ->
                  r.get("step").equals("ingest")
                      && r.get("variant").replace(" (adopted)", "").equals(variant)));
    }
    time.addSeries(fastestPerSize("parse floor", rows, "parse"));
    time.addSeries(fastestPerSize("load floor (fastest loader)", rows, "load"));
    save(
        chart("Ingest time against corpus size", "seconds", time),
        folder.resolve("ingest-time.png"));

    XYSeriesCollection size = new XYSeriesCollection();
    size.addSeries(
        series(
            "ingested store",
            rows,
            "disk_mib",
            r ->
                r.get("step").equals("ingest")
                    && r.get("variant").startsWith("batch=100")
                    && !r.get("variant").contains("-X")));
    size.addSeries(fastestPerSize("bulk-loaded store (fastest loader)", rows, "load", "disk_mib"));
    size.addSeries(
        series(
            "ingested store after tdbcompact",
            rows,
            "disk_mib",
            r -> r.get("step").equals("compact")));
    save(
        chart("Store size on disk against corpus size", "MiB (du)", size),
        folder.resolve("store-size.png"));
  }

  private static XYSeries series(
      String name,
      List<Map<String, String>> rows,
      String column,
      Predicate<Map<String, String>> which) {
    XYSeries s = new XYSeries(name);
    rows.stream()
        .filter(which)
        .forEach(
            r -> {
              double v = IngestReport.d(r, column);
              if (v > 0) {
                s.addOrUpdate(IngestReport.d(r, "docs"), v);
              }
            });
    return s;
  }

  private static XYSeries fastestPerSize(String name, List<Map<String, String>> rows, String step) {
    return fastestPerSize(name, rows, step, "seconds");
  }

  private static XYSeries fastestPerSize(
      String name, List<Map<String, String>> rows, String step, String column) {
    XYSeries s = new XYSeries(name);
    rows.stream()
        .map(r -> r.get("docs"))
        .distinct()
        .forEach(
            docs ->
                IngestReport.fastest(rows, step, docs)
                    .ifPresent(
                        r -> {
                          double v = IngestReport.d(r, column);
                          if (v > 0) {
                            s.addOrUpdate(Double.parseDouble(docs), v);
                          }
                        }));
    return s;
  }

  static JFreeChart chart(String title, String yLabel, XYSeriesCollection data) {
    XYPlot plot =
        new XYPlot(
            data,
            logAxis("documents", 10),
            logAxis(yLabel, 0.01),
            new XYLineAndShapeRenderer(true, true));
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** A base-10 log axis with a tick per decade, labelled with plain numbers (1, 10, 100). */
  private static LogAxis logAxis(String label, double smallest) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(smallest);
    axis.setTickUnit(new NumberTickUnit(1.0));
    axis.setNumberFormatOverride(
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    axis.setMinorTickCount(9);
    axis.setMinorTickMarksVisible(true);
    return axis;
  }

  static void save(JFreeChart chart, Path png) {
    try {
      ChartUtils.saveChartAsPNG(png.toFile(), chart, 800, 500);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + png, e);
    }
  }
}
