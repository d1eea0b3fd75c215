package org.w3id.spkg.bench;

import java.time.LocalDate;

/**
 * The Markdown of one fact sheet as the seed lays it out: YAML front matter, paragraphs and list
 * items wrapped at 72 columns, and headings either as the seed writes them (a paragraph all
 * bold-italic, or all italic for a sub-section) or as Markdown headings.
 */
final class FactSheetMarkdown {

  private static final int WIDTH = 72;

  private final StringBuilder md = new StringBuilder(12_000);
  private final boolean seedHeadings;

  /**
   * @param seedHeadings whether headings are written as the seed writes them
   */
  FactSheetMarkdown(boolean seedHeadings) {
    this.seedHeadings = seedHeadings;
  }

  /** The front matter, with the keys the seed has and a publisher. */
  void frontMatter(
      LocalDate date,
      String published,
      String modified,
      String publisher,
      String sourceUrl,
      String title) {
    md.append("---\n");
    md.append("date: '").append(date).append("'\n");
    md.append("modified_time: ").append(modified).append('\n');
    md.append("published_time: ").append(published).append('\n');
    md.append("publisher: ").append(publisher).append('\n');
    md.append("source_url: ").append(sourceUrl).append('\n');
    md.append("tags: statements-releases\n");
    md.append("title: \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    md.append("---\n\n");
  }

  /** A heading of level 1 (a section) or 2 (a sub-section). */
  void heading(int level, String text) {
    if (seedHeadings) {
      wrap(level == 1 ? "***" + text + "***" : "*" + text + "*", "", "");
    } else {
      md.append("#".repeat(level)).append(' ').append(text).append('\n');
    }
    md.append('\n');
  }

  void paragraph(String text) {
    wrap(text, "", "");
    md.append('\n');
  }

  /** An item of a bulleted list; {@link #endList()} after the last. */
  void item(String text) {
    wrap(text, "-   ", "    ");
  }

  void endList() {
    md.append('\n');
  }

  /** The end mark of a White House release. */
  void end() {
    md.append("\\###\n");
  }

  String text() {
    return md.toString();
  }

  /** Appends {@code text} in lines of at most {@value #WIDTH} characters where words allow. */
  private void wrap(String text, String first, String rest) {
    int lineStart = md.length();
    md.append(first);
    boolean empty = true;
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf(' ', at);
      if (end < 0) {
        end = text.length();
      }
      if (end > at) {
        if (!empty && md.length() - lineStart + 1 + (end - at) > WIDTH) {
          md.append('\n');
          lineStart = md.length();
          md.append(rest);
          empty = true;
        }
        if (!empty) {
          md.append(' ');
        }
        md.append(text, at, end);
        empty = false;
      }
      at = end + 1;
    }
    md.append('\n');
  }
}
