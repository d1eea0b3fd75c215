package org.w3id.spkg.server.pages;

import java.util.regex.Pattern;

/**
 * The page of a paged list asked for by {@code ?page=N}: the one rule by which every list on spkg's
 * pages reads it (an entity's uses and partners, search results, documents, the timeline). Absent,
 * it is page 1. Anything but a whole number from 1 to {@value #MAX} is {@link Refused} with 400; a
 * page past the last is refused with 404. Each refusal says what was asked, which pages there are,
 * and how to mend the address.
 */
record PageNumber(int value) {

  /** The highest page number read. */
  static final int MAX = 999_999;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  PageNumber {
    if (value < 1 || value > MAX) {
      throw new IllegalArgumentException("a page is from 1 to " + MAX + ", got " + value);
    }
  }

  /** The page {@code raw} names ({@code null} when the request gives none: page 1). */
  static PageNumber parse(String raw) {
    if (raw == null) {
      return new PageNumber(1);
    }
    String p = raw.strip();
    if (!DIGITS.matcher(p).matches()) {
      String shown = p.length() > 20 ? p.substring(0, 20) + "…" : p;
      throw new Refused(
          400,
          "'"
              + shown
              + "' is not a page number: give a whole number from 1, as in page=2, or leave page"
              + " out for the first page.");
    }
    int n = Integer.parseInt(p);
    if (n < 1 || n > MAX) {
      throw new Refused(
          400,
          "There is no page "
              + n
              + ": pages are numbered from 1 (at most "
              + MAX
              + "); leave page out for the first page.");
    }
    return new PageNumber(n);
  }

  /** How many pages {@code total} rows fill, {@code size} a page: at least 1. */
  static int pages(long total, int size) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
  }

  /**
   * This page, if a list of {@code total} rows has it ({@code size} a page); page 1 always does.
   */
  PageNumber within(long total, int size) {
    int pages = pages(total, size);
    if (value > pages) {
      throw new Refused(
          404,
          "There is no page "
              + value
              + ": there "
              + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
              + " (page=1 to page="
              + pages
              + ").");
    }
    return this;
  }

  /** The first row of this page, counted from 0. */
  int offset(int size) {
    return (value - 1) * size;
  }

  /** A page number the list cannot answer, with the status to answer it with. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }

    /** 400 for what is not a page number, 404 for a page past the last. */
    int status() {
      return status;
    }
  }
}
