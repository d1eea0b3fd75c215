package org.w3id.spkg.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One generated fact sheet and what was written into it, for the manifest and for checking what the
 * ingester finds.
 *
 * @param fileName the file's name, {@code 0000001-2023-12-20-fact-sheet-….md}
 * @param text the Markdown, front matter first
 * @param sections section headings written (main and sub-sections)
 * @param initiatives bold-led initiatives written
 * @param sentences sentences written (directive items included; titles and headings not)
 * @param acronyms the acronyms of the invented programs defined ("Name (ACR)"), in order
 * @param directives items of directive lists written
 * @param amounts money amounts written
 * @param counts counts written ("33 nations")
 * @param percentages percentages written
 * @param dates time expressions written, each before or after the document's date
 */
public record GeneratedDocument(
    String fileName,
    String text,
    int sections,
    int initiatives,
    int sentences,
    List<String> acronyms,
    int directives,
    int amounts,
    int counts,
    int percentages,
    int dates) {

  public GeneratedDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    acronyms = List.copyOf(acronyms);
    if (sections < 0
        || initiatives < 0
        || sentences < 0
        || directives < 0
        || amounts < 0
        || counts < 0
        || percentages < 0
        || dates < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** The text as UTF-8, as the file holds it. */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
