package org.w3id.spkg.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.spkg.InputException;

/**
 * The answer a pack query must give on the bundled corpus, from the {@code .expected.csv} file
 * beside it (SPARQL 1.1 CSV, as {@code spkg packs run --format csv} writes it; an ASK query's file
 * holds {@code _askResult} and {@code true} or {@code false}). Rows are compared in order when the
 * query has ORDER BY, as a multiset otherwise.
 */
public final class Expectation {

  private final List<String> header;
  private final List<List<String>> rows;

  private Expectation(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * The expectation of {@code query}.
   *
   * @throws InputException if the file is missing (saying how to write one) or is not CSV
   */
  public static Expectation of(PackQuery query) {
    String source = query.pack() + "/" + query.expectedFile().getFileName();
    String text;
    try {
      text = Files.readString(query.expectedFile(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(
          source,
          "missing: every pack query needs its expected answer on the bundled corpus; write it"
              + " with 'spkg packs run "
              + query.id()
              + " --format csv', check each row against the documents, and save it as "
              + source);
    } catch (IOException e) {
      throw new InputException(
          source, InputException.UNKNOWN, InputException.UNKNOWN, "cannot read: " + e, e);
    }
    List<List<String>> all;
    try {
      all = CsvRows.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(source, "not CSV: " + e.getMessage());
    }
    if (all.isEmpty()) {
      throw new InputException(source, "empty; the first line names the columns");
    }
    return new Expectation(all.get(0), all.subList(1, all.size()));
  }

  /** The differences between {@code actual} and this expectation; empty when they agree. */
  public List<String> differences(ResultTable actual, boolean ordered) {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ResultFormat.csv.write(actual, null, csv, ResultFormat.Cells.RAW);
    List<List<String>> got = CsvRows.parse(csv.toString(StandardCharsets.UTF_8));
    List<String> gotHeader = got.isEmpty() ? List.of() : got.get(0);
    List<List<String>> gotRows = got.isEmpty() ? List.of() : got.subList(1, got.size());
    List<String> diff = new ArrayList<>();
    if (!gotHeader.equals(header)) {
      diff.add("columns: expected " + header + ", got " + gotHeader);
      return diff;
    }
    if (ordered) {
      for (int i = 0; i < Math.max(rows.size(), gotRows.size()); i++) {
        List<String> want = i < rows.size() ? rows.get(i) : null;
        List<String> have = i < gotRows.size() ? gotRows.get(i) : null;
        if (want == null) {
          diff.add("+ row " + (i + 1) + " not expected: " + have);
        } else if (have == null) {
          diff.add("- row " + (i + 1) + " missing: " + want);
        } else if (!want.equals(have)) {
          diff.add("- row " + (i + 1) + " expected: " + want);
          diff.add("+ row " + (i + 1) + " got:      " + have);
        }
      }
      return diff;
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    rows.forEach(r -> counts.merge(r, 1, Integer::sum));
    gotRows.forEach(r -> counts.merge(r, -1, Integer::sum));
    rows.stream()
        .distinct()
        .filter(r -> counts.get(r) > 0)
        .map(r -> "- missing: " + r + times(counts.get(r)))
        .sorted()
        .forEach(diff::add);
    gotRows.stream()
        .distinct()
        .filter(r -> counts.get(r) < 0)
        .map(r -> "+ not expected: " + r + times(-counts.get(r)))
        .sorted()
        .forEach(diff::add);
    return diff;
  }

  private static String times(int n) {
    return n > 1 ? " (" + n + " times)" : "";
  }

  /** Rows expected (1 for an ASK). */
  public int size() {
    return rows.size();
  }
}
