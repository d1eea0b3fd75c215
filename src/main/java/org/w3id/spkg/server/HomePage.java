package org.w3id.spkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The home page at {@code /} and {@code /index.html}: what the graph holds, at a glance. The main
 * entities that documents speak of, by kind, with counts; the partnership network as a picture
 * ({@link NetworkPicture}); and a timeline of dated events and milestones. Each entity links to its
 * page under {@code /id/}. Server-rendered from the templates and queries in the classpath folder
 * {@code org/w3id/spkg/server/home/}, without scripts; kept until the store's next write.
 *
 * <p>Old links to the editor at {@code /?query=} or {@code /?example=} are redirected to {@link
 * EditorPage#PAGE}.
 *
 * <pre>{@code
 * HomePage.PATH_SPECS.forEach(spec -> builder.addServlet(spec, new HomePage(dsg)));
 * }</pre>
 */
public final class HomePage extends HttpServlet {

  /** The servlet path specs of the page: the context root and its name. */
  public static final List<String> PATH_SPECS = List.of("", "/index.html");

  /** The most nodes the network picture draws; beyond, only the most connected. */
  static final int MAX_NODES = 60;

  private static final String FOLDER = "home/";
  private static final String ENTITY_BASE = "https://w3id.org/spkg/";
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The kinds of entity the page lists, in order, with their headings. */
  private static final Map<String, String> KINDS = kinds();

  private final DatasetGraph dsg;
  private volatile Cached cached;
  private final Query entities = query("entities.rq");
  private final Query network = query("network.rq");
  private final Query timeline = query("timeline.rq");
  private final String page = HtmlTemplates.resource(HomePage.class, FOLDER + "page.html");
  private final String css = HtmlTemplates.resource(HomePage.class, FOLDER + "home.css");
  private final Map<String, String> fragments =
      HtmlTemplates.fragments(HtmlTemplates.resource(HomePage.class, FOLDER + "fragments.html"));

  /** The home page of the store {@code dsg} (its named graphs; the default graph is not read). */
  public HomePage(DatasetGraph dsg) {
    this.dsg = Objects.requireNonNull(dsg, "dsg");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    if (!path.equals("/") && !path.equals("/index.html") && !path.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (request.getParameter("query") != null || request.getParameter("example") != null) {
      response.sendRedirect(
          request.getContextPath() + EditorPage.PAGE + "?" + request.getQueryString());
      return;
    }
    String html = page(request.getContextPath() + "/");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }

  /**
   * The page, from the cache when the store has had no write since it was made. A TDB2 store counts
   * the write transactions it began: the count read before a read transaction, with no writer
   * active, names a state that the read transaction sees whole. Other stores are read on every
   * request.
   */
  private String page(String base) {
    DatasetGraph storage = dsg;
    while (!TDBInternal.isTDB2(storage) && storage instanceof DatasetGraphWrapper wrapper) {
      storage = wrapper.getWrapped();
    }
    TransactionCoordinator coordinator =
        TDBInternal.isTDB2(storage) ? TDBInternal.getTransactionCoordinator(storage) : null;
    long writes = coordinator == null ? -1 : coordinator.countBeginWrite();
    boolean settled = coordinator != null && coordinator.countActiveWriter() == 0;
    Cached cached = this.cached;
    if (settled
        && cached != null
        && cached.coordinator() == coordinator
        && cached.writes() == writes
        && cached.base().equals(base)) {
      return cached.html();
    }
    String html = dsg.calculateRead(() -> render(base));
    if (settled) {
      this.cached = new Cached(coordinator, writes, base, html);
    }
    return html;
  }

  /** The page, with links below {@code base} (the server's root path, ending in "/"). */
  String render(String base) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("css", css);
    values.put("base", HtmlTemplates.html(base));
    values.put("kinds", kindsHtml(base));
    NetworkPicture.Picture picture = NetworkPicture.draw(edges(base), MAX_NODES);
    values.put("network", picture.edges() == 0 ? fragments.get("no-network") : picture.svg());
    values.put("networkNote", HtmlTemplates.html(picture.note()));
    values.put("timeline", timelineHtml(base));
    return HtmlTemplates.fill(page, values);
  }

  private String kindsHtml(String base) {
    Map<String, List<String[]>> byKind = new LinkedHashMap<>();
    KINDS.keySet().forEach(k -> byKind.put(k, new ArrayList<>()));
    for (Binding b : select(entities)) {
      String iri = b.get("entity").getURI();
      byKind.get(text(b, "kind")).add(new String[] {iri, label(b, "label", iri)});
    }
    StringBuilder out = new StringBuilder();
    byKind.forEach(
        (kind, list) -> {
          list.sort(Comparator.comparing((String[] e) -> e[1], String.CASE_INSENSITIVE_ORDER));
          StringBuilder items = new StringBuilder();
          for (String[] e : list) {
            items.append("<li>").append(link(base, e[0], e[1])).append("</li>\n");
          }
          out.append(
              HtmlTemplates.fill(
                  fragments.get("kind"),
                  Map.of(
                      "kind", kind,
                      "heading", HtmlTemplates.html(KINDS.get(kind)),
                      "count", Integer.toString(list.size()),
                      "items", items.toString())));
        });
    return out.toString();
  }

  private List<NetworkPicture.Edge> edges(String base) {
    List<NetworkPicture.Edge> edges = new ArrayList<>();
    Map<String, String> thingKind = new TreeMap<>();
    List<Binding> rows = select(network);
    // A thing typed both partnership and program is drawn as a partnership.
    for (Binding b : rows) {
      thingKind.merge(
          b.get("thing").getURI(), text(b, "thingKind"), (a, c) -> a.equals("partnership") ? a : c);
    }
    for (Binding b : rows) {
      String thing = b.get("thing").getURI();
      String agent = b.get("agent").getURI();
      String role =
          b.contains("role") ? b.get("role").getURI() : ENTITY_BASE + "id/role/participant";
      edges.add(
          new NetworkPicture.Edge(
              new NetworkPicture.Node(
                  thing, label(b, "thingLabel", thing), thingKind.get(thing), href(base, thing)),
              new NetworkPicture.Node(
                  agent, label(b, "agentLabel", agent), text(b, "agentKind"), href(base, agent)),
              role,
              label(b, "roleLabel", role)));
    }
    return edges;
  }

  private String timelineHtml(String base) {
    StringBuilder out = new StringBuilder();
    for (Binding b : select(timeline)) {
      String event = b.get("event").getURI();
      String of =
          b.contains("of")
              ? link(base, b.get("of").getURI(), label(b, "ofLabel", b.get("of").getURI()))
              : "";
      Map<String, String> values = new LinkedHashMap<>();
      values.put("date", HtmlTemplates.html(b.get("date").getLiteralLexicalForm()));
      values.put("dateText", HtmlTemplates.html(text(b, "dateText")));
      values.put("precision", HtmlTemplates.html(text(b, "precision")));
      values.put("qualifier", HtmlTemplates.html(text(b, "qualifier")));
      values.put(
          "planned", b.get("planned").getLiteralLexicalForm().equals("true") ? "planned" : "done");
      values.put("event", link(base, event, label(b, "label", event)));
      values.put(
          "of", of.isEmpty() ? "" : HtmlTemplates.fill(fragments.get("of"), Map.of("of", of)));
      out.append(HtmlTemplates.fill(fragments.get("milestone"), values));
    }
    return out.isEmpty() ? fragments.get("no-timeline") : out.toString();
  }

  private List<Binding> select(Query query) {
    try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
      RowSet rows = exec.select();
      List<Binding> result = new ArrayList<>();
      rows.forEachRemaining(result::add);
      return result;
    }
  }

  /** A link to the local page of {@code iri}, or the escaped label when it has none. */
  private static String link(String base, String iri, String label) {
    String href = href(base, iri);
    return href == null
        ? HtmlTemplates.html(label)
        : "<a href=\"" + HtmlTemplates.html(href) + "\">" + HtmlTemplates.html(label) + "</a>";
  }

  /** The local page of one of our IRIs, {@code base} + the IRI after our base; null for others. */
  static String href(String base, String iri) {
    return iri.startsWith(ENTITY_BASE) ? base + iri.substring(ENTITY_BASE.length()) : null;
  }

  private static String text(Binding b, String var) {
    return b.contains(var) ? b.get(var).getLiteralLexicalForm() : "";
  }

  private static String label(Binding b, String var, String iri) {
    String label = text(b, var);
    return label.isBlank() ? iri.substring(iri.lastIndexOf('/') + 1) : label;
  }

  private static Query query(String name) {
    return QueryFactory.create(HtmlTemplates.resource(HomePage.class, FOLDER + name));
  }

  /** A page made when the store's coordinator had begun {@code writes} write transactions. */
  private record Cached(
      TransactionCoordinator coordinator, long writes, String base, String html) {}

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("nation", "Nations");
    kinds.put("region", "Regions");
    kinds.put("agency", "Agencies");
    kinds.put("intorg", "International organizations");
    kinds.put("partnership", "Partnerships");
    kinds.put("program", "Programs");
    kinds.put("initiative", "Initiatives");
    kinds.put("document", "Documents");
    return kinds;
  }
}
