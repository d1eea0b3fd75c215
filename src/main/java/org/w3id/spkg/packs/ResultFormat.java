package org.w3id.spkg.packs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.spkg.store.AnswerFormat;

/**
 * How a pack answer is written: a text table for the terminal, the SPARQL 1.1 CSV, TSV and JSON
 * result formats, or a Markdown table for reports. Each has a file extension (as {@code
 * .../01-members.csv} asks for it over HTTP) and a media type. CSV and TSV cells are made safe for
 * spreadsheets unless {@link Cells#RAW} is asked for. The one result format of spkg: {@code spkg
 * query} names these, and the store writes its answers through them ({@link AnswerFormat}).
 */
public enum ResultFormat implements AnswerFormat {
  table("txt", "text/plain"),
  csv("csv", "text/csv"),
  tsv("tsv", "text/tab-separated-values"),
  json("json", "application/sparql-results+json"),
  md("md", "text/markdown");

  private final String extension;
  private final String mediaType;

  ResultFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format a file extension names ({@code csv}, {@code json}, {@code md}, …). */
  public static Optional<ResultFormat> byExtension(String extension) {
    String e = extension.toLowerCase(Locale.ROOT);
    for (ResultFormat f : values()) {
      if (f.extension.equals(e) || f.name().equals(e)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a media type names; {@code application/json} is the SPARQL JSON results. */
  public static Optional<ResultFormat> byMediaType(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT).strip();
    if (m.equals("application/json")) {
      return Optional.of(json);
    }
    for (ResultFormat f : values()) {
      if (f.mediaType.equals(m)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** What CSV and TSV cells hold. */
  public enum Cells {
    /**
     * Safe to open in a spreadsheet: a value that starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a CR, and is not a plain number, gets a leading {@code '}.
     */
    SPREADSHEET_SAFE,
    /** The values as the store holds them. */
    RAW
  }

  /**
   * Writes {@code table} to {@code out} in UTF-8, its CSV and TSV cells {@linkplain
   * Cells#SPREADSHEET_SAFE safe for spreadsheets}.
   *
   * @param prefixes used by the text table to shorten IRIs
   */
  public void write(ResultTable table, PrefixMapping prefixes, OutputStream out) {
    write(table, prefixes, out, Cells.SPREADSHEET_SAFE);
  }

  /**
   * Writes {@code table} to {@code out} in UTF-8.
   *
   * @param prefixes used by the text table to shorten IRIs
   * @param cells whether CSV and TSV cells are made safe for spreadsheets (other formats are
   *     written as they are)
   */
  public void write(ResultTable table, PrefixMapping prefixes, OutputStream out, Cells cells) {
    if (cells == Cells.SPREADSHEET_SAFE && (this == csv || this == tsv)) {
      table = SpreadsheetCells.neutralised(table);
    }
    if (table.isAsk()) {
      writeAsk(table.ask(), out);
    } else {
      writeSelect(table.resultSet(), prefixes, out);
    }
  }

  /** Writes the rows to {@code out} in UTF-8, as they are (CSV and TSV cells not neutralised). */
  @Override
  public void writeSelect(ResultSet results, PrefixMapping prefixes, OutputStream out) {
    switch (this) {
      case table -> ResultSetFormatter.out(out, results, prefixes);
      case md -> markdown(ResultTable.of(RowSet.adapt(results)), out);
      default -> ResultsWriter.create().lang(lang()).build().write(out, results);
    }
  }

  @Override
  public void writeAsk(boolean answer, OutputStream out) {
    switch (this) {
      case table -> ResultSetFormatter.out(out, answer);
      case md -> markdown(ResultTable.ofAsk(answer), out);
      default -> ResultsWriter.create().lang(lang()).build().write(out, answer);
    }
  }

  private Lang lang() {
    return switch (this) {
      case csv -> ResultSetLang.RS_CSV;
      case tsv -> ResultSetLang.RS_TSV;
      default -> ResultSetLang.RS_JSON;
    };
  }

  /**
   * A GitHub-flavoured Markdown table: IRIs and literals as their text; pipes escaped, {@code <}
   * written as {@code &lt;} so no value becomes HTML, line breaks as {@code <br>}.
   */
  private static void markdown(ResultTable table, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (table.isAsk()) {
        w.write("| answer |\n|---|\n| " + table.ask() + " |\n");
      } else {
        List<String> names = table.varNames();
        w.write("| " + String.join(" | ", names) + " |\n");
        w.write("|" + "---|".repeat(Math.max(1, names.size())) + "\n");
        for (Binding row : table.rows()) {
          StringBuilder line = new StringBuilder("|");
          for (var v : table.vars()) {
            line.append(' ').append(cell(row.get(v))).append(" |");
          }
          w.write(line.append('\n').toString());
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(Node n) {
    return n == null ? "" : markdownCell(text(n));
  }

  /** A term as a reader sees it: an IRI or a literal's text ({@code _:label} for a blank node). */
  static String text(Node n) {
    if (n.isURI()) {
      return n.getURI();
    } else if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    } else if (n.isBlank()) {
      return "_:" + n.getBlankNodeLabel();
    }
    return n.toString();
  }

  /** Text fit for a Markdown table cell: pipes escaped, no HTML, line breaks as {@code <br>}. */
  static String markdownCell(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace("\r\n", "<br>")
        .replace("\n", "<br>")
        .replace("\r", "<br>");
  }
}
