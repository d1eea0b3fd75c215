package org.w3id.spkg.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.text.TextQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFolders;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.server.http.StaticFiles;
import org.w3id.spkg.vocab.Prefixes;

/**
 * The query editor at {@code /editor/}: a page of our own, without external scripts or styles, that
 * runs SPARQL against {@code /spkg/sparql} and shows the answer as a table. A new query starts with
 * the prefixes of the ontology and the reference data; the example queries are the query packs'
 * files, {@code queries/{pack}/*.rq}, read with {@link QueryPacks} on every request (so edits show
 * without a restart), with their parameters set to their {@code #+ defaults:} ({@link
 * EditorExample}). While a pack file cannot be read, the page lists no examples and says which file
 * and line is wrong.
 *
 * <p>The servlet answers {@code GET} on {@link #PATH_SPECS}: the page at {@link #PAGE} (also {@code
 * ?example=pack/file.rq} to open an example and {@code ?query=} to open a query), the examples as
 * JSON at {@code /editor/examples.json}, and the page's own files ({@code /editor/*.css}, {@code
 * *.js}, {@code *.svg}) from the classpath folder {@code org/w3id/spkg/server/pages/editor/}.
 * {@code /editor} redirects to the page. The page links its files and the endpoint relatively, so
 * the server may sit below a path of a proxy.
 *
 * <p>Result IRIs under the server's public base ({@code --public-base}, {@link PublicBase}) link to
 * their pages on this server, in the same tab, when the page is served from elsewhere than that
 * base (on loopback, at a test host); served at the base itself, and for every other IRI, the link
 * is the IRI, opened in a new tab.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030).add("/spkg", dataset);
 * EditorPage.addTo(builder);
 * }</pre>
 */
public final class EditorPage extends ResourceServlet {

  private static final Logger LOG = LoggerFactory.getLogger(EditorPage.class);

  /** The servlet path specs the editor needs: its folder, which holds the page and its files. */
  public static final List<String> PATH_SPECS = List.of("/editor/*");

  /** The path, below the server's root, of the editor page. */
  public static final String PAGE = "/editor/";

  /** The path, below the server's root, of the examples as JSON. */
  public static final String EXAMPLES_JSON = "/editor/examples.json";

  /** Prefix names of the vocabularies, in the order a new query declares them. */
  private static final List<String> VOCABULARIES =
      List.of("spkg", "rdfs", "rdf", "owl", "skos", "dct", "prov", "org", "oa", "schema", "xsd");

  private static final String FOLDER = "editor/";
  private static final HtmlTemplates TEMPLATES =
      HtmlTemplates.of(EditorPage.class, FOLDER, "page.html", "example-pack.html");
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg)");
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' "
          + HtmlTemplates.siteStyleSource()
          + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The server's root relative to the page, {@code /editor/}. */
  private static final String ROOT = "../";

  private final Path queries;
  private final PublicBase publicBase;
  private final StaticFiles files = StaticFiles.hashed(EditorPage.class, FOLDER);

  /** The editor over the query packs that {@link ProjectFolders#locate} finds. */
  public EditorPage() {
    this(ProjectFolders.locate("queries"));
  }

  /** The editor over the query packs in {@code queries} (a folder of pack folders). */
  EditorPage(Path queries) {
    this(queries, PublicBase.W3ID);
  }

  /**
   * The editor over the query packs in {@code queries}, for a server answering for the IRIs under
   * {@code publicBase}: served from elsewhere than that base, the editor links those IRIs to their
   * pages on the server rather than to the public IRI.
   */
  EditorPage(Path queries, PublicBase publicBase) {
    this.queries = Objects.requireNonNull(queries, "queries");
    this.publicBase = Objects.requireNonNull(publicBase, "publicBase");
  }

  /**
   * Mounts a new editor on a server being built, at each of {@link #PATH_SPECS}.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(FusekiServer.Builder builder) {
    return addTo(builder, ProjectFolders.locate("queries"));
  }

  /**
   * Mounts a new editor over the query packs in {@code queries} on a server being built.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(FusekiServer.Builder builder, Path queries) {
    return addTo(builder, queries, PublicBase.W3ID);
  }

  /**
   * Mounts a new editor over the query packs in {@code queries}, for the IRIs under {@code
   * publicBase}, on a server being built.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(
      FusekiServer.Builder builder, Path queries, PublicBase publicBase) {
    EditorPage page = new EditorPage(queries, publicBase);
    PATH_SPECS.forEach(spec -> builder.addServlet(spec, page));
    return builder;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    if (path.equals("/editor")) {
      String query = request.getQueryString();
      response.sendRedirect(request.getContextPath() + PAGE + (query == null ? "" : "?" + query));
    } else if (path.equals(PAGE) || path.equals(PAGE + "index.html")) {
      page(request, response);
    } else if (path.equals(EXAMPLES_JSON)) {
      examples(response);
    } else if (path.startsWith("/" + FOLDER)
        && FILE_NAME.matcher(path.substring(FOLDER.length() + 1)).matches()) {
      file(path.substring(FOLDER.length() + 1), request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Examples examples = examples();
    String chosenId = request.getParameter("example");
    Optional<EditorExample> chosen =
        examples.list().stream().filter(e -> e.id().equals(chosenId)).findFirst();
    String query =
        chosen
            .map(EditorExample::query)
            .orElse(Objects.requireNonNullElseGet(request.getParameter("query"), this::newQuery));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("query", query);
    values.put("examples", examplesHtml(examples.list(), chosenId));
    values.put("publicBase", publicBase.iri());
    values.put("localBase", PublicBase.localBase(request).equals(publicBase.iri()) ? "" : ROOT);
    if (examples.error() != null) {
      values.put("infoHidden", false);
      values.put("infoSummary", "The query packs cannot be read");
      values.put("infoDescription", examples.error());
      values.put("infoHint", "Fix the file: the editor reads the packs on every request.");
    } else {
      values.put("infoHidden", chosen.isEmpty());
      values.put("infoSummary", chosen.map(EditorExample::summary).orElse(""));
      values.put("infoDescription", chosen.map(EditorExample::description).orElse(""));
      values.put("infoHint", chosen.map(EditorExample::hint).orElse(""));
    }
    Map<String, Object> versions = new LinkedHashMap<>();
    for (String name : List.of("css", "js", "icon")) {
      String file = name.equals("icon") ? "icon.svg" : "editor." + name;
      String version = files.version(file).orElseThrow();
      values.put(name + "Version", version);
      versions.put(name + "Version", version);
    }
    Html page =
        HtmlTemplates.page(
            HtmlTemplates.values(
                "title",
                "spkg — SPARQL query editor",
                "siteBase",
                ROOT,
                "head",
                TEMPLATES.render("head", versions),
                "body",
                TEMPLATES.render("body", values)));
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("Referrer-Policy", "same-origin");
    write(response, page.text().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The examples: every query of the packs, read now; none, and what is wrong, when a pack file
   * cannot be read.
   */
  private Examples examples() {
    try {
      return new Examples(EditorExample.all(QueryPacks.read(queries)), null);
    } catch (InputException e) {
      LOG.warn("The editor lists no examples: {}", e.getMessage());
      return new Examples(List.of(), e.getMessage());
    }
  }

  /** The examples of the page, or the problem that kept them from being read. */
  private record Examples(List<EditorExample> list, String error) {}

  private Html examplesHtml(List<EditorExample> examples, String chosenId) {
    Map<String, List<EditorExample>> byPack =
        examples.stream()
            .collect(
                Collectors.groupingBy(
                    EditorExample::pack, LinkedHashMap::new, Collectors.toList()));
    List<Html> out = new ArrayList<>();
    byPack.forEach(
        (pack, inPack) ->
            out.add(
                TEMPLATES.render(
                    "example-pack",
                    HtmlTemplates.values(
                        "pack",
                        pack,
                        "packTitle",
                        inPack.get(0).packTitle(),
                        "items",
                        inPack.stream()
                            .map(
                                e ->
                                    HtmlTemplates.values(
                                        "idParam",
                                            URLEncoder.encode(e.id(), StandardCharsets.UTF_8),
                                        "id", e.id(),
                                        "file", e.file(),
                                        "current", Boolean.toString(e.id().equals(chosenId)),
                                        "summary", e.summary()))
                            .toList()))));
    return Html.join(out.stream(), "\n");
  }

  private void examples(HttpServletResponse response) throws IOException {
    JsonObject json = new JsonObject();
    JsonArray prefixList = new JsonArray();
    prefixes()
        .forEach(
            (name, ns) -> {
              JsonObject p = new JsonObject();
              p.put("prefix", name);
              p.put("namespace", ns);
              prefixList.add(p);
            });
    json.put("prefixes", prefixList);
    json.put("newQuery", newQuery());
    Examples examples = examples();
    JsonArray list = new JsonArray();
    examples.list().forEach(e -> list.add(e.toJson()));
    json.put("examples", list);
    if (examples.error() != null) {
      json.put("error", examples.error());
    }
    response.setContentType("application/json;charset=utf-8");
    try (OutputStream out = response.getOutputStream()) {
      JSON.write(out, json);
    }
  }

  private void file(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!files.serve(name, request, response)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void write(HttpServletResponse response, byte[] bytes) throws IOException {
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }

  /** A new query: our prefixes, then the starter query {@code editor/new-query.rq}. */
  String newQuery() {
    Map<String, String> all = prefixes();
    int width = all.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
    StringBuilder out = new StringBuilder();
    all.forEach(
        (name, ns) -> out.append(String.format("PREFIX %-" + width + "s <%s>\n", name + ":", ns)));
    return out.append('\n').append(template("new-query.rq")).toString();
  }

  /**
   * Our prefixes: the vocabularies' as the ontology declares them, {@code text:} for full-text
   * search, then every other prefix the reference data declares (the entity namespaces {@code
   * nation:}, {@code agency:}, {@code program:}, …, and {@code wd:}), by name. Read once.
   */
  Map<String, String> prefixes() {
    Map<String, String> declared = Prefixes.ontology();
    Map<String, String> ours = new LinkedHashMap<>();
    VOCABULARIES.stream()
        .filter(declared::containsKey)
        .forEach(name -> ours.put(name, declared.get(name)));
    ours.put("text", TextQuery.NS);
    Prefixes.referenceData().forEach(ours::putIfAbsent);
    return Collections.unmodifiableMap(ours);
  }

  private static String template(String name) {
    return HtmlTemplates.resource(EditorPage.class, FOLDER + name);
  }
}
