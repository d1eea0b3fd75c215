package org.w3id.spkg.ingest;

import java.util.Arrays;

/**
 * Text as a reader sees it (markup removed, whitespace collapsed) that remembers, for every
 * character, where it stands in the source file, so any slice of it maps back to a verbatim span of
 * the source.
 */
final class PlainText {

  private final String text;
  private final int[] source;

  PlainText(String text, int[] source) {
    if (text.length() != source.length) {
      throw new IllegalArgumentException("one source index per character");
    }
    this.text = text;
    this.source = source;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** The source index of the first character of {@code [start, end)}. */
  int sourceStart(int start) {
    return source[start];
  }

  /** The source index just after the last character of {@code [start, end)}. */
  int sourceEnd(int end) {
    return source[end - 1] + 1;
  }

  /** The slice {@code [start, end)}, still mapped to the source. */
  PlainText slice(int start, int end) {
    return new PlainText(text.substring(start, end), Arrays.copyOfRange(source, start, end));
  }

  /** The slice without leading and trailing spaces and the given trailing characters. */
  PlainText strip(String trailing) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(text.charAt(end - 1))
            || trailing.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return slice(start, end);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds a plain text character by character, collapsing whitespace runs to one space. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] source = new int[64];

    void append(char c, int sourceIndex) {
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
        return;
      }
      if (text.length() == source.length) {
        source = Arrays.copyOf(source, source.length * 2);
      }
      source[text.length()] = sourceIndex;
      text.append(space ? ' ' : c);
    }

    /** Appends {@code literal}, whose characters start at {@code sourceIndex} one by one. */
    void append(String literal, int sourceIndex) {
      for (int i = 0; i < literal.length(); i++) {
        append(literal.charAt(i), sourceIndex + i);
      }
    }

    int lastSourceIndex() {
      return text.length() == 0 ? -1 : source[text.length() - 1];
    }

    PlainText build() {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      return new PlainText(text.substring(0, end), Arrays.copyOf(source, end));
    }
  }
}
