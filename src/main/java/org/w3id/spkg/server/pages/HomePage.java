package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.store.HomeSummary;
import org.w3id.spkg.store.HomeSummaryCounter;
import org.w3id.spkg.store.StoreState;

/**
 * The home page at {@code /} and {@code /index.html}: what the graph holds, at a glance, bounded
 * whatever the size of the store ({@link HomeSummary}). The main entities that documents speak of,
 * by kind, with counts (the most named of each kind, and a link to all of them in the query
 * editor); the partnership network as a picture of its most connected nodes ({@link
 * NetworkPicture}), with the totals; and a timeline of the latest dated events and milestones. Each
 * entity links to its page under {@code /id/}. Server-rendered from the templates in the classpath
 * folder {@code org/w3id/spkg/server/pages/home/}, without scripts, from the summary the last
 * ingest kept in the meta graph; kept until the store's next write.
 *
 * <p>Old links to the editor at {@code /?query=} or {@code /?example=} are redirected to {@link
 * EditorPage#PAGE}.
 *
 * <pre>{@code
 * HomePage.PATH_SPECS.forEach(spec -> builder.addServlet(spec, new HomePage(dsg)));
 * }</pre>
 */
public final class HomePage extends ResourceServlet {

  /**
   * The servlet path specs of the page: the context root and its name, and the pages that list all
   * of what the home page shows the first of: {@code /documents} ({@link DocumentsPage}), {@code
   * /network} ({@link NetworkPage}) and {@code /timeline} ({@link TimelinePage}).
   */
  public static final List<String> PATH_SPECS =
      List.of("", "/index.html", DocumentsPage.PATH, NetworkPage.PATH, TimelinePage.PATH);

  /** The most nodes the network picture draws; beyond, only the most connected. */
  static final int MAX_NODES = HomeSummary.MAX_NODES;

  private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);
  private static final String FOLDER = "home/";
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The kinds of entity the page lists, in order, with their headings. */
  private static final Map<String, String> KINDS = kinds();

  private final DatasetGraph dsg;
  private final Optional<StoreState> stateAtStart;
  private volatile Cached cached;
  private final Object counting = new Object();
  private final AtomicInteger made = new AtomicInteger();
  private final String kindList = HtmlTemplates.resource(HomePage.class, FOLDER + "kind-list.rq");
  private final String networkText = HtmlTemplates.resource(HomePage.class, FOLDER + "network.rq");
  private final HtmlTemplates templates =
      HtmlTemplates.of(
          HomePage.class, FOLDER, "page.html", "fragments.html", "home.css", "views.html");
  private final String defaultGraphText =
      HtmlTemplates.resource(HomePage.class, FOLDER + "default-graph.rq");
  private final HomeLinks links;
  private final HomeTimeline timeline;
  private final HomeListings listings;
  private volatile Thread warming;

  /** How long a stopping server waits for the read-ahead: longer than it takes on the archive. */
  private static final Duration WARM_WAIT = Duration.ofMinutes(2);

  /** The home page of the store {@code dsg} (its named graphs; the default graph is not read). */
  public HomePage(DatasetGraph dsg) {
    this.dsg = Objects.requireNonNull(dsg, "dsg");
    this.links = new HomeLinks(dsg, templates);
    this.timeline =
        new HomeTimeline(
            dsg, templates, links, HtmlTemplates.resource(HomePage.class, FOLDER + "timeline.rq"));
    this.listings = new HomeListings(dsg, templates, links);
    this.stateAtStart = StoreState.of(dsg);
  }

  /**
   * Reads, on a thread of its own, what the first requests would otherwise wait for: the home page
   * at the root path and the indexes of the documents, network and timeline pages (seconds on an
   * archive of 14,000 documents, then kept until the store's next write). Returns this page.
   */
  public HomePage warmInBackground() {
    Thread warm =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                page("/");
                listings.warm();
                LOG.info(
                    "Home, documents, network and timeline pages read ahead in {} ms",
                    (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                LOG.warn(
                    "Could not read the home page ahead of its first request: {}", e.toString());
              }
            },
            "spkg-home-warm");
    warm.setDaemon(true);
    warming = warm;
    warm.start();
    return this;
  }

  /**
   * Waits for the read-ahead to end when the server stops, so that the store is never closed under
   * its read transaction (TDB2 refuses to release a store with one open).
   */
  @Override
  public void destroy() {
    Thread warm = warming;
    if (warm != null && warm.isAlive()) {
      LOG.info("Waiting for the home page's read-ahead to end before the store closes");
      try {
        warm.join(WARM_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    super.destroy();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    String base = request.getContextPath() + "/";
    if (HomeListings.PATHS.contains(path)) {
      HomeView view = listings.view(path, base, request.getParameterMap());
      write(response, view.status(), framed(view.title(), view.body()));
      return;
    }
    if (!path.equals("/") && !path.equals("/index.html") && !path.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (request.getParameter("query") != null || request.getParameter("example") != null) {
      response.sendRedirect(
          request.getContextPath() + EditorPage.PAGE + "?" + request.getQueryString());
      return;
    }
    write(response, HttpServletResponse.SC_OK, page(base));
  }

  private String framed(String title, Html body) {
    return HtmlTemplates.page(
            values(
                "title",
                title,
                "head",
                templates.render("head", values("css", templates.render("home.css"))),
                "body",
                body))
        .text();
  }

  private static void write(HttpServletResponse response, int status, String html)
      throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }

  /**
   * The page, from the cache while the store is in the state it was made in ({@link StoreState}: a
   * TDB2 store until its next write, a remote store for a while). Other stores are read on every
   * request.
   *
   * <p>The page shows the summary the last ingest kept in the meta graph ({@link
   * HomeSummary#stored}) while a local store has had no write since this page was made; after a
   * write (an update through the server), when the store keeps none, or when another server writes
   * the store, the summary is counted from the live data ({@link HomeSummary#compute}: seconds on a
   * store of 10,000 documents) and the page is kept while the state lasts.
   */
  private String page(String base) {
    Optional<StoreState> state = StoreState.of(dsg);
    Optional<String> kept = kept(state, base);
    if (kept.isPresent()) {
      return kept.get();
    }
    // One request at a time counts: the others wait for its page rather than count again.
    synchronized (counting) {
      return kept(state, base).orElseGet(() -> made(state, base));
    }
  }

  /** The page kept for this state of the store, if there is one. */
  private Optional<String> kept(Optional<StoreState> state, String base) {
    Cached cached = this.cached;
    return state.isPresent()
            && cached != null
            && cached.state().equals(state.get())
            && cached.base().equals(base)
        ? Optional.of(cached.html())
        : Optional.empty();
  }

  private String made(Optional<StoreState> state, String base) {
    made.incrementAndGet();
    boolean unwritten = state.isPresent() && state.get().written() && state.equals(stateAtStart);
    String html =
        dsg.calculateRead(
            () ->
                render(
                    base,
                    (unwritten ? HomeSummary.stored(dsg) : Optional.<HomeSummary>empty())
                        .orElseGet(() -> HomeSummaryCounter.compute(dsg))));
    state.ifPresent(s -> this.cached = new Cached(s, base, html));
    return html;
  }

  /** How many times a page was made rather than taken from what was kept. */
  int pagesMade() {
    return made.get();
  }

  /**
   * The page of {@code summary}, with links below {@code base} (the server's root path, ending in
   * "/"). Read inside a transaction: labels and the timeline's details come from the store.
   */
  String render(String base, HomeSummary summary) {
    NetworkPicture.Picture picture = NetworkPicture.draw(edges(base, summary), MAX_NODES);
    Html body =
        templates.render(
            "body",
            values(
                "base", base,
                "topbar", templates.render("topbar", values("base", base, "home", true)),
                "size", HomeDatasetSize.sentence(dsg, templates, base),
                "documents", listings.documentsSummary(base),
                "kinds", kindsHtml(base, summary),
                "network", picture.edges() == 0 ? templates.render("no-network") : picture.svg(),
                "networkNote", networkNote(base, summary, picture),
                "timeline", timeline.html(base, summary),
                "timelineNote", timeline.note(base, summary)));
    return framed("spkg — the Space Partnerships Knowledge Graph", body);
  }

  private Html kindsHtml(String base, HomeSummary summary) {
    List<Html> out = new ArrayList<>();
    KINDS.forEach(
        (kind, heading) -> {
          HomeSummary.Kind k = summary.kinds().get(kind);
          List<String[]> list = new ArrayList<>();
          for (Node e : k.shown()) {
            list.add(new String[] {e.getURI(), links.label(e)});
          }
          list.sort(Comparator.comparing((String[] e) -> e[1], String.CASE_INSENSITIVE_ORDER));
          List<Map<String, Object>> items = new ArrayList<>();
          for (String[] e : list) {
            items.add(values("link", links.link(base, e[0], e[1])));
          }
          Html more =
              k.entities() <= list.size()
                  ? Html.EMPTY
                  : templates.render(
                      "more",
                      values(
                          "shown", Integer.toString(list.size()),
                          "count", Long.toString(k.entities()),
                          "href", editor(base, kindQuery(kind))));
          out.add(
              templates.render(
                  "kind",
                  values(
                      "kind", kind,
                      "heading", heading,
                      "count", Long.toString(k.entities()),
                      "items", items,
                      "more", more)));
        });
    return Html.join(out.stream(), "\n");
  }

  /**
   * The query that lists every entity of {@code kind} that documents name, the most named first.
   */
  private String kindQuery(String kind) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(kindList);
    q.setIri("class", HomeSummary.KINDS.get(kind));
    return q.toString();
  }

  private List<NetworkPicture.Edge> edges(String base, HomeSummary summary) {
    List<NetworkPicture.Edge> edges = new ArrayList<>();
    Map<Node, String> labels = new HashMap<>();
    for (HomeSummary.Edge e : summary.edges()) {
      String thing = e.thing().getURI();
      String agent = e.agent().getURI();
      edges.add(
          new NetworkPicture.Edge(
              new NetworkPicture.Node(
                  thing,
                  labels.computeIfAbsent(e.thing(), links::label),
                  e.thingKind(),
                  HomeLinks.href(base, thing)),
              new NetworkPicture.Node(
                  agent,
                  labels.computeIfAbsent(e.agent(), links::label),
                  e.agentKind(),
                  HomeLinks.href(base, agent)),
              e.role().getURI(),
              labels.computeIfAbsent(e.role(), links::label)));
    }
    return edges;
  }

  /** What the picture leaves out of the whole network, with a link to all of it. */
  private Html networkNote(String base, HomeSummary summary, NetworkPicture.Picture picture) {
    if (summary.nodes() <= picture.nodes()) {
      return Html.EMPTY;
    }
    return templates.render(
        "network-more",
        values(
            "shown", Integer.toString(picture.nodes()),
            "nodes", Long.toString(summary.nodes()),
            "edges", Long.toString(summary.allEdges()),
            "href", editor(base, networkText)));
  }

  /** The query editor opened with {@code query}. */
  static String editor(String base, String query) {
    return EntityPage.editorHref(base, query);
  }

  /** A page made when the store was in {@code state}. */
  private record Cached(StoreState state, String base, String html) {}

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("nation", "Nations");
    kinds.put("region", "Regions");
    kinds.put("agency", "Agencies");
    kinds.put("intorg", "International organizations");
    kinds.put("partnership", "Partnerships");
    kinds.put("program", "Programs");
    kinds.put("initiative", "Initiatives");
    return kinds;
  }
}
