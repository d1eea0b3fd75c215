package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.ContentNegotiation;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ResourceServlet;

/**
 * The search page at {@code /search?q=gateway&page=2}: the store's full-text index ({@link
 * SearchIndex}) as a ranked list, one entity per result, {@value #PAGE_SIZE} a page, each with its
 * name, its kind, a link to its page on this server and, for a match in an evidence quote, the
 * quote. Without {@code q} the page shows the form. {@code Accept: application/json} (or {@code
 * ?format=json}) gives the same page of results as JSON.
 *
 * <p>Bad input is a 400 that says what to change: a {@code q} longer than {@value
 * #MAX_QUERY_LENGTH} characters, words the index's query parser refuses ({@code AND (}), a {@code
 * page} that is not a whole number from 1. A page past the last is a 404 naming the last.
 *
 * <pre>{@code
 * SearchPage.addTo(builder, dataset, PublicBase.W3ID);
 * }</pre>
 */
public final class SearchPage extends ResourceServlet {

  private static final long serialVersionUID = 1L;

  /** Where the page is mounted. */
  public static final String PATH_SPEC = "/search";

  /** Results on one page: 20. */
  static final int PAGE_SIZE = 20;

  /** The longest search read, in characters: 200. */
  static final int MAX_QUERY_LENGTH = 200;

  private static final String FOLDER = "search/";
  private static final HtmlTemplates TEMPLATES =
      HtmlTemplates.of(SearchPage.class, FOLDER, "page.html", "search.css");
  private static final ContentNegotiation<String> FORMATS =
      ContentNegotiation.of(
          List.of(
              new Offer<>("html", "text/html", List.of("html"), List.of("application/xhtml+xml")),
              new Offer<>("json", "application/json", List.of("json"), List.of())));
  private static final String SYNTAX_HINT =
      "Search for words as they are, or use Lucene's syntax correctly: AND, OR and NOT join two"
          + " words, every ( and \" is closed, * and ? end a word (artem*); put a word in quotes"
          + " (\"c++\") to search for characters like + - ! ( ) { } [ ] ^ ~ : / as text.";

  private final transient SearchIndex index;
  private final PublicBase publicBase;

  private final boolean available;

  SearchPage(DatasetGraph dataset, PublicBase publicBase) {
    this(dataset, publicBase, true);
  }

  SearchPage(DatasetGraph dataset, PublicBase publicBase, boolean available) {
    this.available = available;
    this.index = new SearchIndex(dataset);
    this.publicBase = Objects.requireNonNull(publicBase, "publicBase");
  }

  /**
   * Mounts a new search page over {@code dataset} (a jena-text dataset), linking the IRIs under
   * {@code publicBase} to their pages on this server, on a server being built.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(
      FusekiServer.Builder builder, DatasetGraph dataset, PublicBase publicBase) {
    return builder.addServlet(PATH_SPEC, new SearchPage(dataset, publicBase));
  }

  /**
   * The search page of a store without a text index (a remote store whose endpoint does not answer
   * jena-text's {@code text:query}): a search is answered 503 with a page that says so.
   */
  public static FusekiServer.Builder addUnavailableTo(
      FusekiServer.Builder builder, DatasetGraph dataset, PublicBase publicBase) {
    return builder.addServlet(PATH_SPEC, new SearchPage(dataset, publicBase, false));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    boolean json = FORMATS.negotiateOrFirst(request).value().equals("json");
    String q = Objects.toString(request.getParameter("q"), "").strip();
    String pageParam = request.getParameter("page");
    if (q.length() > MAX_QUERY_LENGTH) {
      refuse(
          response,
          json,
          q.substring(0, MAX_QUERY_LENGTH),
          new Problem(
              400,
              "The search is too long",
              "The search has "
                  + q.length()
                  + " characters; at most "
                  + MAX_QUERY_LENGTH
                  + " are read.",
              "Shorten it to the few words that matter: a name, an acronym or a phrase."));
      return;
    }
    PageNumber page;
    try {
      page = PageNumber.parse(pageParam);
    } catch (PageNumber.Refused e) {
      refuse(
          response,
          json,
          q,
          new Problem(
              e.status(),
              "No such page number",
              e.getMessage(),
              "Follow the page links below the results."));
      return;
    }
    if (q.isEmpty()) {
      send(response, json, 200, json ? jsonEmpty() : page(q, Html.EMPTY));
      return;
    }
    if (!available) {
      refuse(
          response,
          json,
          q,
          new Problem(
              503,
              "Search is not available on this store",
              "This server reads its store over a SPARQL endpoint (spkg serve --endpoint), and"
                  + " that store has no full-text index: it does not answer jena-text's"
                  + " text:query.",
              "Find names in the query editor (FILTER CONTAINS on rdfs:label), or give the store"
                  + " a jena-text index over the labels, as spkg's own store has."));
      return;
    }
    SearchIndex.Results results;
    try {
      results = index.search(q, page.value(), PAGE_SIZE);
    } catch (SearchIndex.BadQuery e) {
      refuse(
          response,
          json,
          q,
          new Problem(
              400,
              "The search cannot be read",
              "The index cannot read \u201c" + q + "\u201d: " + e.getMessage(),
              SYNTAX_HINT));
      return;
    }
    int pages = PageNumber.pages(results.total(), PAGE_SIZE);
    try {
      page.within(results.total(), PAGE_SIZE);
    } catch (PageNumber.Refused e) {
      refuse(
          response,
          json,
          q,
          new Problem(
              e.status(),
              "No such page",
              "The search \u201c" + q + "\u201d: " + e.getMessage(),
              "Go back to page " + pages + ", or search again."));
      return;
    }
    Listing listing = new Listing(q, page.value(), pages, results, PublicBase.localBase(request));
    send(response, json, 200, json ? listing.json() : page(q, listing.html()));
  }

  /** What went wrong with a request, and what to do. */
  private record Problem(int status, String title, String message, String hint) {}

  private void refuse(HttpServletResponse response, boolean json, String q, Problem p)
      throws IOException {
    if (json) {
      JsonObject o = new JsonObject();
      o.put("status", p.status());
      o.put("error", p.message());
      o.put("hint", p.hint());
      send(response, true, p.status(), o);
    } else {
      Html problem =
          TEMPLATES.render(
              "problem", values("title", p.title(), "message", p.message(), "hint", p.hint()));
      send(response, false, p.status(), page(q, problem));
    }
  }

  /** One page of results, as HTML or JSON. */
  private final class Listing {
    private final String q;
    private final int page;
    private final int pages;
    private final SearchIndex.Results results;
    private final String localBase;

    Listing(String q, int page, int pages, SearchIndex.Results results, String localBase) {
      this.q = q;
      this.page = page;
      this.pages = pages;
      this.results = results;
      this.localBase = localBase;
    }

    Html html() {
      if (results.total() == 0) {
        String firstWord = q.split("[^\\p{L}\\p{N}]+", 2)[0];
        return TEMPLATES.render(
            "none", values("query", q, "prefixExample", firstWord.isEmpty() ? "artem" : firstWord));
      }
      List<Map<String, Object>> items =
          results.results().stream()
              .map(
                  r ->
                      values(
                          "href", href(r.iri()),
                          "label", r.label() == null ? r.iri() : r.label(),
                          "kind", r.kind() == null ? "" : r.kind(),
                          "snippet", r.snippet(),
                          "iri", r.iri()))
              .toList();
      Html pager =
          pages == 1
              ? Html.EMPTY
              : TEMPLATES.render(
                  "pager",
                  values(
                      "previous",
                      page > 1 ? pageHref(page - 1) : null,
                      "next",
                      page < pages ? pageHref(page + 1) : null,
                      "page",
                      Integer.toString(page),
                      "pages",
                      Integer.toString(pages)));
      return TEMPLATES.render(
          "results",
          values(
              "summary",
              summary(),
              "start",
              Integer.toString((page - 1) * PAGE_SIZE + 1),
              "items",
              items,
              "pager",
              pager));
    }

    JsonObject json() {
      JsonObject o = new JsonObject();
      o.put("query", q);
      o.put("page", page);
      o.put("pages", pages);
      o.put("pageSize", PAGE_SIZE);
      o.put("total", results.total());
      o.put("capped", results.capped());
      JsonArray list = new JsonArray();
      for (SearchIndex.Result r : results.results()) {
        JsonObject j = new JsonObject();
        j.put("iri", r.iri());
        j.put("href", href(r.iri()));
        if (r.label() != null) {
          j.put("label", r.label());
        }
        if (r.kind() != null) {
          j.put("kind", r.kind());
        }
        j.put("score", JsonNumber.value(r.score()));
        if (r.snippet() != null) {
          j.put("snippet", r.snippet());
        }
        list.add(j);
      }
      o.put("results", list);
      if (page < pages) {
        o.put("next", localBase + "search" + pageHref(page + 1));
      }
      return o;
    }

    private String summary() {
      int first = (page - 1) * PAGE_SIZE + 1;
      int last = first + results.results().size() - 1;
      String found =
          (results.capped() ? "At least " : "")
              + results.total()
              + (results.total() == 1 ? " entity matches" : " entities match");
      return found
          + " \u201c"
          + q
          + "\u201d, best first"
          + (pages > 1 ? "; " + first + "\u2013" + last + " shown." : ".");
    }

    private String href(String iri) {
      return publicBase.toLocal(iri, localBase).orElse(iri);
    }

    private String pageHref(int n) {
      return "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + n;
    }
  }

  private static Html page(String q, Html outcome) {
    return HtmlTemplates.page(
        values(
            "title",
            q.isEmpty() ? "Search — spkg" : q + " — spkg search",
            "siteBase",
            "./",
            "head",
            TEMPLATES.render("head", values("css", TEMPLATES.render("search.css"))),
            "body",
            TEMPLATES.render(
                "body",
                values(
                    "action",
                    "search",
                    "query",
                    q,
                    "maxLength",
                    Integer.toString(MAX_QUERY_LENGTH),
                    "outcome",
                    outcome))));
  }

  private static JsonObject jsonEmpty() {
    JsonObject o = new JsonObject();
    o.put("query", "");
    o.put("total", 0);
    o.put("results", new JsonArray());
    o.put("hint", "Give the words to search for as ?q=.");
    return o;
  }

  private static void send(HttpServletResponse response, boolean json, int status, Object body)
      throws IOException {
    byte[] bytes;
    if (json) {
      response.setContentType("application/json;charset=utf-8");
      bytes = JSON.toString((JsonObject) body).getBytes(StandardCharsets.UTF_8);
    } else {
      response.setContentType("text/html;charset=utf-8");
      bytes = ((Html) body).text().getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(status);
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }
}
