package org.w3id.spkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.w3id.spkg.InputException;

/**
 * Documents labelled by reading: about space or not, and which sections. A TSV file with a header
 * line {@code path label space_sections note}; {@code label} is {@code space}, {@code mixed} or
 * {@code none}; {@code space_sections} lists the headings of the sections about space, separated by
 * {@code " | "}, or {@code -}. Further columns (the {@code readings} behind a label) are for
 * readers and not read.
 */
public final class RelevanceLabels {

  /**
   * One labelled document.
   *
   * @param path its path below the archive root
   * @param label space, mixed or none
   * @param spaceSections the headings of its sections about space (empty: none named)
   * @param note why, in a few words
   * @param line the line of the file it was read from
   */
  public record Label(
      String path, String label, List<String> spaceSections, String note, int line) {

    /** Whether the document is about space, wholly or in part. */
    public boolean aboutSpace() {
      return !label.equals("none");
    }
  }

  private static final Set<String> LABELS = Set.of("space", "mixed", "none");

  private RelevanceLabels() {}

  /**
   * Reads a label file.
   *
   * @throws InputException if it is missing or a line is not a label: file, line and what is wrong
   */
  public static List<Label> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file; check the path");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    List<Label> labels = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new InputException(
            file.toString(), i + 1, 1, "a label is PATH<TAB>LABEL<TAB>SECTIONS<TAB>NOTE", null);
      }
      String label = cols[1].strip();
      if (!LABELS.contains(label)) {
        throw new InputException(
            file.toString(),
            i + 1,
            cols[0].length() + 2,
            "the label must be space, mixed or none, not '" + label + "'",
            null);
      }
      String sections = cols[2].strip();
      List<String> headings =
          sections.equals("-") || sections.isEmpty()
              ? List.of()
              : Arrays.stream(sections.split(" \\| ")).map(String::strip).toList();
      labels.add(
          new Label(cols[0].strip(), label, headings, cols.length > 3 ? cols[3] : "", i + 1));
    }
    if (labels.isEmpty()) {
      throw new InputException(file.toString(), "no labels: the file has only its header");
    }
    return labels;
  }
}
