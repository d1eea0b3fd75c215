package org.w3id.spkg.ingest;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.w3id.spkg.InputException;

/**
 * The limits a fact sheet is read within, checked before the CommonMark parser sees it: at most
 * {@value #LONGEST_LINE_RUN} lines without a blank line, and blocks and inlines nested at most
 * {@value #DEEPEST_NESTING} deep. A file past them is refused with the line and column where it
 * goes past. Part of {@link FactSheetReader}.
 */
final class MarkdownLimits {

  /** The most lines read without a blank line between them. */
  static final int LONGEST_LINE_RUN = 10_000;

  /** The deepest nesting of Markdown blocks and inlines read. */
  static final int DEEPEST_NESTING = 100;

  private MarkdownLimits() {}

  /**
   * Refuses a run of more than {@link #LONGEST_LINE_RUN} lines without a blank line: the Markdown
   * parser copies a paragraph's lines for each line it adds, so such a run costs the square of its
   * length. The longest run in the briefing-room archive is under 6,000 lines.
   */
  static void checkLineRuns(SourceText source) {
    String text = source.text();
    int run = 0;
    int runStart = 0;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '\n') {
        continue;
      }
      checkMarkers(source, text, lineStart, i, line);
      if (text.substring(lineStart, i).isBlank()) {
        run = 0;
      } else if (run++ == 0) {
        runStart = line;
      }
      if (run > LONGEST_LINE_RUN) {
        throw new InputException(
            source.file().toString(),
            runStart,
            1,
            "more than "
                + LONGEST_LINE_RUN
                + " lines without a blank line (a paragraph or table that long is not read): put"
                + " blank lines between its parts, or split the file",
            null);
      }
      line++;
      lineStart = i + 1;
    }
  }

  /**
   * Refuses a line that opens more than {@link #DEEPEST_NESTING} lists or quotes at once ({@code -
   * - - …}, {@code > > > …}): the Markdown parser's work on such a line grows with the square of
   * its depth, so it is counted before parsing.
   */
  private static void checkMarkers(SourceText source, String text, int from, int to, int line) {
    int markers = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int after = i + 1;
      if (c >= '0' && c <= '9') {
        while (after < to && after - i < 10 && Character.isDigit(text.charAt(after))) {
          after++;
        }
        if (after >= to || (text.charAt(after) != '.' && text.charAt(after) != ')')) {
          return;
        }
        after++;
      } else if (c != '-' && c != '*' && c != '+' && c != '>') {
        return;
      }
      boolean spaced = after >= to || text.charAt(after) == ' ' || text.charAt(after) == '\t';
      if (c != '>' && !spaced) {
        return;
      }
      if (++markers > DEEPEST_NESTING) {
        throw nestedTooDeep(source, line, i - from + 1);
      }
      i = after;
    }
  }

  private static InputException nestedTooDeep(SourceText source, long line, long column) {
    return new InputException(
        source.file().toString(),
        line,
        column,
        "Markdown nested more than "
            + DEEPEST_NESTING
            + " levels deep (lists in lists, or emphasis in emphasis) is not read: flatten the"
            + " nesting",
        null);
  }

  /**
   * Refuses Markdown nested deeper than {@link #DEEPEST_NESTING} (lists in lists, emphasis in
   * emphasis): the structure is walked recursively, and no document nests a tenth as deep.
   */
  static void checkDepth(SourceText source, Node document) {
    // Depth-first without recursion: the point is not to need the stack the document would take.
    Node n = document;
    int depth = 0;
    while (n != null) {
      if (depth > DEEPEST_NESTING) {
        List<SourceSpan> spans = n.getSourceSpans();
        long line = spans.isEmpty() ? InputException.UNKNOWN : spans.get(0).getLineIndex() + 1;
        long column = spans.isEmpty() ? InputException.UNKNOWN : spans.get(0).getColumnIndex() + 1;
        throw nestedTooDeep(source, line, column);
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        depth++;
        continue;
      }
      while (n != null && n.getNext() == null) {
        n = n.getParent();
        depth--;
      }
      n = n == null ? null : n.getNext();
    }
  }
}
