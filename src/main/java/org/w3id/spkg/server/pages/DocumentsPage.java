package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The documents page at {@code /documents}: every document of the store, latest first, {@link
 * #PAGE_SIZE} a page, filtered by GET parameters {@code year} (four digits, or {@code undated}),
 * {@code kind} (the publisher's tag, such as {@code fact-sheets}, or {@code untagged}) and {@code
 * relevance} ({@code space}, {@code mixed}, {@code none}), paged by {@code page} (from 1). Beside
 * the list, a link per value of each filter with how many documents it keeps. A parameter the store
 * does not know is a {@link HomeRequest.BadParameter}.
 */
final class DocumentsPage {

  /** The path of the page below the server's root. */
  static final String PATH = "/documents";

  /** The documents a page lists. */
  static final int PAGE_SIZE = 50;

  private static final List<String> PARAMETERS = List.of("year", "kind", "relevance", "page");

  private final HomeCache<DocumentsIndex> index;
  private final HtmlTemplates templates;
  private final HomeLinks links;

  DocumentsPage(DatasetGraph dsg, HtmlTemplates templates, HomeLinks links) {
    this.index = new HomeCache<>(dsg, DocumentsIndex::read);
    this.templates = templates;
    this.links = links;
  }

  /** The documents of the store as they are now. */
  DocumentsIndex index() {
    return index.get();
  }

  /**
   * The home page's summary: how many documents, with links to them by year, kind and relevance.
   */
  Html summary(String base) {
    List<DocumentsIndex.Doc> docs = index.get().docs();
    String page = base + PATH.substring(1);
    return templates.render(
        "documents-summary",
        values(
            "total", Integer.toString(docs.size()),
            "href", page,
            "years", links(page, "year", DocumentsIndex.years(docs)),
            "kinds", links(page, "kind", DocumentsIndex.kinds(docs)),
            "relevances", links(page, "relevance", DocumentsIndex.relevances(docs))));
  }

  private List<Map<String, Object>> links(String page, String name, Map<String, Long> counts) {
    List<Map<String, Object>> items = new ArrayList<>();
    counts.forEach(
        (value, count) ->
            items.add(
                values(
                    "href", HomePager.href(page, Map.of(name, value)),
                    "label", label(name, value),
                    "count", Long.toString(count))));
    return items;
  }

  /** The page's title and body for {@code parameters}, with links below {@code base}. */
  HomeView view(String base, Map<String, String[]> parameters) {
    HomeRequest request = new HomeRequest(parameters, PARAMETERS);
    DocumentsIndex all = index.get();
    Optional<String> year =
        request.yearChoice("year", all.all(DocumentsIndex::years), "years with documents");
    Optional<String> kind =
        request.choice("kind", all.all(DocumentsIndex::kinds), "kinds of document");
    Optional<String> relevance =
        request.choice("relevance", DocumentsIndex.RELEVANCES, "relevances");
    List<DocumentsIndex.Doc> shown = all.filter(year, kind, relevance);
    int page = request.page(shown.size(), PAGE_SIZE);
    int pages = PageNumber.pages(shown.size(), PAGE_SIZE);
    Map<String, String> filters = new LinkedHashMap<>();
    year.ifPresent(y -> filters.put("year", y));
    kind.ifPresent(k -> filters.put("kind", k));
    relevance.ifPresent(r -> filters.put("relevance", r));

    List<Map<String, Object>> rows = new ArrayList<>();
    for (DocumentsIndex.Doc d :
        shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE))) {
      rows.add(
          values(
              "date", d.date().isEmpty() ? "undated" : d.date(),
              "link", links.link(base, d.iri(), d.title()),
              "kinds",
                  String.join(
                      ", ", d.kinds().stream().map(DocumentsPage::kindLabel).sorted().toList()),
              "relevance", relevanceLabel(d.relevance())));
    }
    Html body =
        templates.render(
            "documents",
            values(
                "base", base,
                "total", Integer.toString(all.docs().size()),
                "count", Integer.toString(shown.size()),
                "filtered", !filters.isEmpty(),
                "clear", base + PATH.substring(1),
                "facets",
                    Html.join(
                        List.of(
                            facet(
                                base,
                                "Year",
                                "year",
                                DocumentsIndex.years(all.filter(Optional.empty(), kind, relevance)),
                                year,
                                filters),
                            facet(
                                base,
                                "Kind",
                                "kind",
                                DocumentsIndex.kinds(all.filter(year, Optional.empty(), relevance)),
                                kind,
                                filters),
                            facet(
                                base,
                                "Relevance to space",
                                "relevance",
                                DocumentsIndex.relevances(all.filter(year, kind, Optional.empty())),
                                relevance,
                                filters))
                            .stream(),
                        "\n"),
                "rows", rows,
                "empty", rows.isEmpty(),
                "pager",
                    HomePager.html(templates, base + PATH.substring(1), filters, page, pages)));
    return new HomeView(200, "Documents — spkg", body);
  }

  private Html facet(
      String base,
      String heading,
      String name,
      Map<String, Long> counts,
      Optional<String> chosen,
      Map<String, String> filters) {
    return HomePager.facet(
        templates,
        base + PATH.substring(1),
        heading,
        name,
        counts,
        v -> label(name, v),
        chosen,
        filters);
  }

  private String label(String name, String value) {
    return switch (name) {
      case "kind" -> kindLabel(value);
      case "relevance" -> relevanceLabel(value);
      default -> value;
    };
  }

  /** A kind as people read it: "fact-sheets" as "fact sheets". */
  static String kindLabel(String kind) {
    return kind.replace('-', ' ');
  }

  /** The label of a relevance key, as the relevance scheme in the store gives it. */
  private String relevanceLabel(String relevance) {
    return links.label(NodeFactory.createURI(DocumentsIndex.RELEVANCE_NS + relevance));
  }
}
