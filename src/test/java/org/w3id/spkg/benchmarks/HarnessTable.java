package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV result table: a header and rows of plain values (no commas or quotes inside a value). A
 * file is appended to row by row, so a long run that stops half-way keeps what it measured.
 */
final class HarnessTable {

  private final Path file;
  private final List<String> columns;

  private HarnessTable(Path file, List<String> columns) {
    this.file = file;
    this.columns = List.copyOf(columns);
  }

  /** A new table at {@code file}, replacing what was there, with its header written. */
  static HarnessTable create(Path file, List<String> columns) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, String.join(",", columns) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return new HarnessTable(file, columns);
  }

  /** The table at {@code file}, kept as it is, its header checked against {@code columns}. */
  static HarnessTable append(Path file, List<String> columns) {
    String header;
    try {
      header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    if (!header.equals(String.join(",", columns))) {
      throw new IllegalStateException(
          file + ": expected the header " + String.join(",", columns) + ", got " + header);
    }
    return new HarnessTable(file, columns);
  }

  /** Appends one row; its values in the order of the columns. */
  void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row of " + values.length + " values for " + columns.size() + " columns " + columns);
    }
    List<String> cells = new ArrayList<>();
    for (Object v : values) {
      String s = v instanceof Double d ? format(d) : String.valueOf(v);
      if (s.contains(",") || s.contains("\n")) {
        throw new IllegalArgumentException("value with a comma or line break: " + s);
      }
      cells.add(s);
    }
    try {
      Files.writeString(
          file,
          String.join(",", cells) + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to " + file, e);
    }
  }

  /** The rows of a table file, each a map from column to value, in file order. */
  static List<Map<String, String>> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != header.length) {
        throw new IllegalStateException(
            file + ": expected " + header.length + " values, got " + cells.length + ": " + line);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  static String format(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return String.format(java.util.Locale.ROOT, "%.3f", d);
  }
}
