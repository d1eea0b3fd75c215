package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The page of a long list an entity page shows ({@code ?page=N}, read by {@link PageNumber}),
 * {@value #SIZE} rows a page. A page that is not a page number, or past the last, is a {@link
 * PageNumber.Refused}, which {@link EntityResource} answers with a page of its own (400 or 404).
 */
record EntityPaging(int page) {

  /** Rows on one page of a list. */
  static final int SIZE = 25;

  EntityPaging {
    new PageNumber(page);
  }

  /** The page asked for in {@code query} (a request's query string, may be null). */
  static EntityPaging of(String query) {
    return new EntityPaging(PageNumber.parse(parameter(query, "page").orElse(null)).value());
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
    return new PageNumber(page).offset(SIZE);
  }

  /** Checks that this page exists in a list of {@code total} rows of {@code what}. */
  EntityPaging within(long total, String what) {
    try {
      new PageNumber(page).within(total, SIZE);
    } catch (PageNumber.Refused e) {
      throw new PageNumber.Refused(e.status(), what + " — " + e.getMessage());
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
