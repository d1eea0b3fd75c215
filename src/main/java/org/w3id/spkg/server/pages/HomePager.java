package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/** Links to a listing's filtered views and to its previous and next pages. */
final class HomePager {

  private HomePager() {}

  /** {@code page} with the GET parameters {@code parameters}, in their order. */
  static String href(String page, Map<String, String> parameters) {
    return parameters.isEmpty()
        ? page
        : page
            + "?"
            + parameters.entrySet().stream()
                .map(
                    e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
  }

  /** "Page N of M" with links to the previous and next pages; empty for a single page. */
  static Html html(
      HtmlTemplates templates, String page, Map<String, String> filters, int current, int pages) {
    if (pages <= 1) {
      return Html.EMPTY;
    }
    return templates.render(
        "pager",
        values(
            "current",
            Integer.toString(current),
            "pages",
            Integer.toString(pages),
            "previous",
            current > 1 ? href(page, with(filters, current - 1)) : null,
            "next",
            current < pages ? href(page, with(filters, current + 1)) : null));
  }

  /**
   * The links of one filter {@code name} of a listing at {@code page}: "all", then each value with
   * its count, the chosen one marked, each keeping the other {@code filters}.
   */
  static Html facet(
      HtmlTemplates templates,
      String page,
      String heading,
      String name,
      Map<String, Long> counts,
      Function<String, String> label,
      Optional<String> chosen,
      Map<String, String> filters) {
    List<Map<String, Object>> items = new ArrayList<>();
    Map<String, String> without = new LinkedHashMap<>(filters);
    without.remove(name);
    items.add(
        values(
            "href", href(page, without), "label", "all", "count", "", "current", chosen.isEmpty()));
    counts.forEach(
        (value, count) -> {
          Map<String, String> with = new LinkedHashMap<>(filters);
          with.put(name, value);
          items.add(
              values(
                  "href", href(page, with),
                  "label", label.apply(value),
                  "count", Long.toString(count),
                  "current", chosen.map(value::equals).orElse(false)));
        });
    return templates.render("facet", values("heading", heading, "items", items));
  }

  private static Map<String, String> with(Map<String, String> filters, int page) {
    Map<String, String> m = new LinkedHashMap<>(filters);
    if (page > 1) {
      m.put("page", Integer.toString(page));
    }
    return m;
  }
}
