package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The total of an agreement's signatories over time, on its page: one point for each total a
 * document states (a count with the role signatory, "signed by 33 nations"), placed by the
 * document's date, drawn as inline SVG with a title and a description, and the same totals as a
 * table below it. The points are what {@code entity-page/signatory-totals.rq} finds. One point is
 * drawn with its number; with none, there is no chart.
 *
 * <p>The drawing is 360 by 180 units and scales to the width of the page: on a 390 px phone about
 * one unit a pixel. The time axis is proportional to the days between the first and the last date;
 * the total axis starts at 0. Every point has its number in its tooltip and in the table, with the
 * words that bound it ("more than 20"); above the point, with a sign ("&gt;20"), when it is at
 * least {@value #LABEL_GAP} units from the previous number drawn, and for the first and the last.
 */
final class SignatoryChart {

  static final int WIDTH = 360;
  static final int HEIGHT = 180;
  static final int LEFT = 40;
  static final int RIGHT = WIDTH - 24;
  static final int TOP = 28;
  static final int BOTTOM = HEIGHT - 36;
  private static final int LABEL_GAP = 30;

  /**
   * The sign a number takes on the chart for the comparators of {@code vocabularies.ttl} that bound
   * it (by the concept's key); the tooltip and the table say it in words.
   */
  private static final Map<String, String> SIGNS =
      Map.of("more-than", ">", "at-least", "≥", "about", "≈", "fewer-than", "<");

  /**
   * One stated total: the date of the document that states it (as the store has it), the number as
   * written, the comparator's label ("" for exactly), its sign on the chart ("" for exactly or one
   * without a sign) and the document with the evidence.
   */
  record Point(
      String date, String total, String comparator, String sign, Node document, Node evidence) {
    Point {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(comparator, "comparator");
      Objects.requireNonNull(sign, "sign");
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(evidence, "evidence");
    }

    /** "more than 33", "33". */
    String stated() {
      return comparator.isEmpty() ? total : comparator + " " + total;
    }

    /** "&gt;33", "33": the number as the chart shows it. */
    String marked() {
      return sign + total;
    }
  }

  private final String query;

  /** A chart drawn from the rows of {@code query} (the text of {@code signatory-totals.rq}). */
  SignatoryChart(String query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  /** The totals stated for {@code entity} in {@code union}, in date order. */
  List<Point> points(Graph union, Node entity, EntityTerms terms) {
    List<Point> points = new ArrayList<>();
    try (QueryExec exec =
        QueryExec.graph(union).query(query).substitution("entity", entity).build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        Binding row = rows.next();
        Node total = row.get("total");
        Node date = row.get("date");
        if (!total.isLiteral() || !date.isLiteral()) {
          continue;
        }
        Node comparator = row.get("comparator");
        String c = comparator == null ? "" : terms.label(comparator);
        String sign =
            comparator == null || !comparator.isURI()
                ? ""
                : SIGNS.getOrDefault(
                    comparator.getURI().substring(comparator.getURI().lastIndexOf('/') + 1), "");
        points.add(
            new Point(
                date.getLiteralLexicalForm(),
                total.getLiteralLexicalForm(),
                c.equals("exactly") ? "" : c,
                sign,
                row.get("document"),
                row.get("evidence")));
      }
    }
    return points;
  }

  /** The chart and its table for the totals of {@code label}; empty without a point to draw. */
  Optional<Html> render(List<Point> points, String label, EntityTerms terms, HtmlTemplates page) {
    List<Placed> placed = place(points);
    if (placed.isEmpty()) {
      return Optional.empty();
    }
    double max = placed.stream().mapToDouble(p -> number(p.point().total())).max().orElse(0);
    List<Html> marks = new ArrayList<>();
    double lastLabel = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      boolean labelled =
          i == 0
              || i == placed.size() - 1 && p.x() - lastLabel >= LABEL_GAP / 2.0
              || p.x() - lastLabel >= LABEL_GAP
                  && placed.get(placed.size() - 1).x() - p.x() >= LABEL_GAP;
      if (labelled) {
        lastLabel = p.x();
      }
      Html value =
          labelled
              ? page.render(
                  "chart-value",
                  Map.of(
                      "x", coordinate(p.x()),
                      "y", coordinate(p.y() - 9),
                      "text", p.point().marked()))
              : Html.EMPTY;
      marks.add(
          page.render(
              "chart-point",
              Map.of(
                  "tooltip",
                  "%s: %s, as %s states"
                      .formatted(
                          p.point().date(), p.point().stated(), terms.label(p.point().document())),
                  "x",
                  coordinate(p.x()),
                  "y",
                  coordinate(p.y()),
                  "value",
                  value)));
    }
    Html line =
        placed.size() < 2
            ? Html.EMPTY
            : page.render(
                "chart-line",
                Map.of(
                    "points",
                    placed.stream()
                        .map(p -> coordinate(p.x()) + "," + coordinate(p.y()))
                        .collect(Collectors.joining(" "))));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("width", String.valueOf(WIDTH));
    v.put("height", String.valueOf(HEIGHT));
    v.put("left", String.valueOf(LEFT));
    v.put("right", String.valueOf(RIGHT));
    v.put("top", String.valueOf(TOP));
    v.put("bottom", String.valueOf(BOTTOM));
    v.put("tickX", String.valueOf(LEFT - 6));
    v.put("max", plain(max));
    v.put("title", "Signatories of " + label + " over time");
    v.put("desc", description(points));
    v.put("line", line);
    v.put("points", Html.join(marks.stream(), "\n"));
    v.put("dates", dates(placed, page));
    v.put(
        "rows",
        Html.join(
            points.stream()
                .map(
                    p ->
                        page.render(
                            "chart-row",
                            values(
                                "date", p.date(),
                                "total", p.stated(),
                                "document", documentLink(p, terms, page)))),
            "\n"));
    return Optional.of(page.render("chart", v));
  }

  /** "3 totals stated by 3 documents, from 33 on 2023-12-20 to more than 40 on 2024-06-01." */
  static String description(List<Point> points) {
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    if (points.size() == 1) {
      return "One total stated: %s on %s.".formatted(first.stated(), first.date());
    }
    long documents = points.stream().map(Point::document).distinct().count();
    return "%d totals stated by %d document%s, from %s on %s to %s on %s."
        .formatted(
            points.size(),
            documents,
            documents == 1 ? "" : "s",
            first.stated(),
            first.date(),
            last.stated(),
            last.date());
  }

  /** A point at its place in the drawing; points whose date is not ISO are not drawn. */
  record Placed(Point point, double x, double y) {}

  /** The points with a date the time axis can place, at their coordinates, in date order. */
  static List<Placed> place(List<Point> points) {
    List<Point> dated = points.stream().filter(p -> day(p.date()).isPresent()).toList();
    if (dated.isEmpty()) {
      return List.of();
    }
    long first = dated.stream().mapToLong(p -> day(p.date()).orElseThrow()).min().orElseThrow();
    long last = dated.stream().mapToLong(p -> day(p.date()).orElseThrow()).max().orElseThrow();
    double max = dated.stream().mapToDouble(p -> number(p.total())).max().orElse(0);
    List<Placed> placed = new ArrayList<>();
    for (Point p : dated) {
      long d = day(p.date()).orElseThrow();
      double x =
          first == last
              ? (LEFT + RIGHT) / 2.0
              : LEFT + 12 + (RIGHT - LEFT - 24) * (double) (d - first) / (last - first);
      double y = max <= 0 ? BOTTOM : BOTTOM - (BOTTOM - TOP) * number(p.total()) / max;
      placed.add(new Placed(p, x, y));
    }
    placed.sort(Comparator.comparingDouble(Placed::x).thenComparingDouble(p -> -p.y()));
    return placed;
  }

  /** The first date under its point, the last one too if it is another. */
  private static Html dates(List<Placed> placed, HtmlTemplates page) {
    if (placed.isEmpty()) {
      return Html.EMPTY;
    }
    Placed first = placed.get(0);
    Placed last = placed.get(placed.size() - 1);
    String y = String.valueOf(BOTTOM + 20);
    if (first.point().date().equals(last.point().date())) {
      return page.render(
          "chart-date",
          Map.of(
              "x",
              coordinate(first.x()),
              "y",
              y,
              "anchor",
              "middle",
              "date",
              first.point().date()));
    }
    return Html.join(
        java.util.stream.Stream.of(
            page.render(
                "chart-date",
                Map.of(
                    "x",
                    coordinate(first.x() - 12),
                    "y",
                    y,
                    "anchor",
                    "start",
                    "date",
                    first.point().date())),
            page.render(
                "chart-date",
                Map.of(
                    "x",
                    coordinate(last.x() + 12),
                    "y",
                    y,
                    "anchor",
                    "end",
                    "date",
                    last.point().date()))),
        "\n");
  }

  private static Html documentLink(Point p, EntityTerms terms, HtmlTemplates page) {
    String href =
        terms.href(p.document()) + terms.start(p.evidence()).map(s -> "#o" + s).orElse("");
    return page.render(
        "chart-document", values("href", href, "document", terms.label(p.document())));
  }

  /** The day a date ({@code 2023-12-20}, {@code 2023-12}, {@code 2023}) starts, as an epoch day. */
  static Optional<Long> day(String date) {
    String iso =
        switch (date.length()) {
          case 4 -> date + "-01-01";
          case 7 -> date + "-01";
          default -> date.length() > 10 ? date.substring(0, 10) : date;
        };
    try {
      return Optional.of(LocalDate.parse(iso).toEpochDay());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static double number(String total) {
    try {
      return new BigDecimal(total).doubleValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String plain(double n) {
    return n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.ROOT, "%s", n);
  }

  private static String coordinate(double c) {
    return String.format(Locale.ROOT, "%.1f", c);
  }
}
