package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The page of a long list an entity page shows ({@code ?page=N}, from 1; 1 when absent), {@value
 * #SIZE} rows a page. A page that is not a whole number from 1 is a 400; a page past the last is a
 * 404; both say which pages there are.
 */
record EntityPaging(int page) {

  /** Rows on one page of a list. */
  static final int SIZE = 25;

  EntityPaging {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1, got " + page);
    }
  }

  /** The page asked for in {@code query} (a request's query string, may be null). */
  static EntityPaging of(String query) {
    Optional<String> asked = parameter(query, "page");
    if (asked.isEmpty()) {
      return new EntityPaging(1);
    }
    String p = asked.get().strip();
    if (!p.matches("[0-9]{1,9}") || Integer.parseInt(p) < 1) {
      throw new HttpException.RuntimeException(
          400, "Bad page number: page=" + p + "; expected a whole number from 1, as in ?page=2");
    }
    return new EntityPaging(Integer.parseInt(p));
  }

  private static Optional<String> parameter(String query, String name) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return Optional.of(
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  int offset() {
    return (page - 1) * SIZE;
  }

  /** Checks that this page exists in a list of {@code total} rows (page 1 always does). */
  EntityPaging within(long total, String what) {
    long pages = Math.max(1, (total + SIZE - 1) / SIZE);
    if (page > pages) {
      throw new HttpException.RuntimeException(
          404,
          "No page "
              + page
              + " of "
              + what
              + ": there are "
              + total
              + " rows, on pages 1 to "
              + pages
              + " of "
              + SIZE);
    }
    return this;
  }

  /** Links to the previous and next pages, and which rows this one shows; empty for one page. */
  Html pager(HtmlTemplates templates, long total, String label) {
    if (total <= SIZE) {
      return Html.EMPTY;
    }
    return templates.render(
        "pager",
        values(
            "label",
            label,
            "from",
            String.valueOf(offset() + 1),
            "to",
            String.valueOf(Math.min(total, (long) offset() + SIZE)),
            "total",
            String.valueOf(total),
            "prev",
            page > 1 ? "?page=" + (page - 1) : "",
            "next",
            (long) page * SIZE < total ? "?page=" + (page + 1) : ""));
  }
}
