package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The timeline page at {@code /timeline}: every dated event and planned milestone, in date order,
 * {@link #PAGE_SIZE} a page, filtered by GET parameters {@code year} (of the date), {@code status}
 * ({@code planned} or {@code done}) and {@code of} (what the event is a milestone of, by its id
 * such as {@code program/artemis}), paged by {@code page}.
 */
final class TimelinePage {

  /** The path of the page below the server's root. */
  static final String PATH = "/timeline";

  /** The events a page lists. */
  static final int PAGE_SIZE = 50;

  private static final List<String> PARAMETERS = List.of("year", "status", "of", "page");
  private static final List<String> STATUSES = List.of("planned", "done");

  private final HomeCache<TimelineIndex> index;
  private final HtmlTemplates templates;
  private final HomeLinks links;

  TimelinePage(DatasetGraph dsg, HtmlTemplates templates, HomeLinks links) {
    this.index = new HomeCache<>(dsg, TimelineIndex::read);
    this.templates = templates;
    this.links = links;
  }

  /** What the page shows, for the store as it is now. */
  TimelineIndex index() {
    return index.get();
  }

  /** The page's title and body for {@code parameters}, with links below {@code base}. */
  HomeView view(String base, Map<String, String[]> parameters) {
    HomeRequest request = new HomeRequest(parameters, PARAMETERS);
    List<TimelineIndex.Entry> all = index.get().entries();
    Optional<String> year = request.yearChoice("year", years(all).keySet(), "years with events");
    Optional<String> status = request.choice("status", STATUSES, "statuses");
    Map<String, Long> ofs = new TreeMap<>();
    all.forEach(
        e -> {
          if (e.of() != null && HomeLinks.id(e.of()) != null) {
            ofs.merge(HomeLinks.id(e.of()), 1L, Long::sum);
          }
        });
    Optional<String> of = request.choice("of", ofs.keySet(), "things with milestones");
    List<TimelineIndex.Entry> shown = filter(all, year, status, of);
    int page = request.page(shown.size(), PAGE_SIZE);
    int pages = PageNumber.pages(shown.size(), PAGE_SIZE);
    Map<String, String> filters = new LinkedHashMap<>();
    year.ifPresent(y -> filters.put("year", y));
    status.ifPresent(s -> filters.put("status", s));
    of.ifPresent(o -> filters.put("of", o));
    String here = base + PATH.substring(1);
    List<Html> events = new ArrayList<>();
    for (TimelineIndex.Entry e :
        shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE))) {
      events.add(
          templates.render(
              "milestone",
              values(
                  "planned", e.planned() ? "planned" : "done",
                  "date", e.date(),
                  "qualifier", e.qualifier(),
                  "precision", e.precision(),
                  "dateText", e.dateText(),
                  "event", links.link(base, e.event(), e.label()),
                  "of",
                      e.of() == null
                          ? Html.EMPTY
                          : templates.render(
                              "of", values("of", links.link(base, e.of(), e.ofLabel()))))));
    }
    Map<String, Long> statusCounts = new LinkedHashMap<>();
    for (String s : STATUSES) {
      statusCounts.put(s, filter(all, year, Optional.of(s), of).stream().count());
    }
    Html facets =
        Html.join(
            List.of(
                HomePager.facet(
                    templates,
                    here,
                    "Year",
                    "year",
                    years(filter(all, Optional.empty(), status, of)),
                    v -> v,
                    year,
                    filters),
                HomePager.facet(
                    templates, here, "Status", "status", statusCounts, v -> v, status, filters))
                .stream(),
            "\n");
    Html body =
        templates.render(
            "timeline-page",
            values(
                "count", Integer.toString(shown.size()),
                "total", Integer.toString(all.size()),
                "filtered", !filters.isEmpty(),
                "clear", here,
                "facets", facets,
                "empty", events.isEmpty(),
                "events", Html.join(events.stream(), "\n"),
                "pager", HomePager.html(templates, here, filters, page, pages)));
    return new HomeView(200, "Timeline — spkg", body);
  }

  private static List<TimelineIndex.Entry> filter(
      List<TimelineIndex.Entry> all,
      Optional<String> year,
      Optional<String> status,
      Optional<String> of) {
    return all.stream()
        .filter(e -> year.isEmpty() || e.year().equals(year.get()))
        .filter(e -> status.isEmpty() || (e.planned() ? "planned" : "done").equals(status.get()))
        .filter(e -> of.isEmpty() || (e.of() != null && of.get().equals(HomeLinks.id(e.of()))))
        .toList();
  }

  private static Map<String, Long> years(List<TimelineIndex.Entry> entries) {
    Map<String, Long> m = new TreeMap<>(Comparator.naturalOrder());
    entries.forEach(e -> m.merge(e.year(), 1L, Long::sum));
    return m;
  }
}
