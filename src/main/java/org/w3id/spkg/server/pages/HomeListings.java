package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The pages that list all of what the home page shows the first of: {@link DocumentsPage}, {@link
 * NetworkPage} and {@link TimelinePage}, each read from an index kept until the store's next write.
 * A parameter a page cannot answer gives 400 and a page that says what is wrong and how to mend the
 * address.
 */
final class HomeListings {

  /** The paths of the pages below the server's root. */
  static final List<String> PATHS =
      List.of(DocumentsPage.PATH, NetworkPage.PATH, TimelinePage.PATH);

  private final DatasetGraph dsg;
  private final HtmlTemplates templates;
  private final DocumentsPage documents;
  private final NetworkPage network;
  private final TimelinePage timeline;

  HomeListings(DatasetGraph dsg, HtmlTemplates templates, HomeLinks links) {
    this.dsg = dsg;
    this.templates = templates;
    this.documents = new DocumentsPage(dsg, templates, links);
    this.network = new NetworkPage(dsg, templates);
    this.timeline = new TimelinePage(dsg, templates, links);
  }

  /** The page at {@code path} (one of {@link #PATHS}) for {@code parameters}, with its status. */
  HomeView view(String path, String base, Map<String, String[]> parameters) {
    HomeView view;
    try {
      view =
          dsg.calculateRead(
              () ->
                  switch (path) {
                    case DocumentsPage.PATH -> documents.view(base, parameters);
                    case NetworkPage.PATH -> network.view(base, parameters);
                    default -> timeline.view(base, parameters);
                  });
    } catch (HomeRequest.BadParameter e) {
      view =
          new HomeView(
              e.status(),
              heading(e.status()) + " — spkg",
              templates.render(
                  "bad-request",
                  values(
                      "heading",
                      heading(e.status()),
                      "message",
                      e.getMessage(),
                      "page",
                      base + path.substring(1),
                      "base",
                      base)));
    }
    Html body =
        templates.render(
            "view",
            values(
                "topbar", templates.render("topbar", values("base", base, "home", false)),
                "content", view.body()));
    return new HomeView(view.status(), view.title(), body);
  }

  /** The home page's summary of the documents. Read inside a transaction. */
  Html documentsSummary(String base) {
    return documents.summary(base);
  }

  /** Reads the indexes of the pages, so that their first requests do not wait. */
  void warm() {
    documents.index();
    network.index();
    timeline.index();
  }

  private static String heading(int status) {
    return status == HttpServletResponse.SC_NOT_FOUND ? "Not found" : "Bad request";
  }
}
