package org.w3id.spkg.packs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.w3id.spkg.InputException;

/**
 * A whole pack run into a folder: one file per query ({@code 01-members-of-partnership.csv}) and an
 * {@code index.md} that lists each query with its summary, the parameter values it ran with, its
 * row count and its time.
 */
public final class PackReport {

  /** The index file's name. */
  public static final String INDEX = "index.md";

  private PackReport() {}

  /**
   * Writes the results of {@code pack} into {@code folder} (created if missing).
   *
   * @param cells whether CSV and TSV cells are made safe for spreadsheets
   * @param target what the queries ran on, named in the index
   * @return the files written, the index last
   * @throws InputException if the folder cannot be written
   */
  public static List<Path> write(
      Pack pack,
      List<PackResult> results,
      ResultFormat format,
      ResultFormat.Cells cells,
      String target,
      Path folder) {
    try {
      Files.createDirectories(folder);
      List<Path> written = new java.util.ArrayList<>();
      StringBuilder index = new StringBuilder();
      index.append("# Pack `").append(pack.name()).append('`');
      if (!pack.title().isEmpty()) {
        index.append(": ").append(pack.title());
      }
      index.append("\n\nRun on ").append(target).append(".\n\n");
      index.append("| query | summary | parameters | rows | time (ms) |\n|---|---|---|---|---|\n");
      for (PackResult r : results) {
        Path file = folder.resolve(r.query().name() + "." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
          format.write(r.table(), r.query().query().getPrefixMapping(), out, cells);
        }
        written.add(file);
        index
            .append("| [")
            .append(r.query().name())
            .append("](")
            .append(file.getFileName())
            .append(") | ")
            .append(ResultFormat.markdownCell(r.query().header().summary()))
            .append(" | ")
            .append(ResultFormat.markdownCell(parameters(r.bound().values())))
            .append(" | ")
            .append(r.table().size())
            .append(" | ")
            .append(r.elapsed().toMillis())
            .append(" |\n");
      }
      Path indexFile = folder.resolve(INDEX);
      Files.writeString(indexFile, index, StandardCharsets.UTF_8);
      written.add(indexFile);
      return written;
    } catch (IOException e) {
      throw new InputException(
          folder.toString(),
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "cannot write the report: " + e.getMessage() + "; check the folder and its permissions",
          e);
    }
  }

  private static String parameters(Map<String, Node> values) {
    if (values.isEmpty()) {
      return "";
    }
    return values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + ResultFormat.text(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
