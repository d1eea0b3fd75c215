package org.w3id.spkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.out.NodeFmtLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.w3id.spkg.ProjectFiles;
import org.w3id.spkg.ProjectFolders;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The query editor at {@code /}: a page of our own, without external scripts or styles, that runs
 * SPARQL against {@code /spkg/sparql} and shows the answer as a table. A new query starts with the
 * prefixes of the ontology and the reference data; the example queries are the query packs' files,
 * {@code queries/{pack}/*.rq}, read on every request (so edits show without a restart), with their
 * parameters set to their {@code #+ defaults:}.
 *
 * <p>The servlet answers {@code GET} on {@link #PATH_SPECS}: the page at {@code /} and {@code
 * /index.html} (also {@code ?example=pack/file.rq} to open an example), the examples as JSON at
 * {@code /editor/examples.json}, and the page's own files ({@code /editor/*.css}, {@code *.js},
 * {@code *.svg}) from the classpath folder {@code org/w3id/spkg/server/editor/}. It is not mapped
 * at {@code /}: Fuseki keeps that mapping for its own not-found servlet, and a catch-all {@code /*}
 * would hide {@code /$/ping}.
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().port(3030).add("/spkg", dataset);
 * EditorPage.addTo(builder);
 * }</pre>
 */
public final class EditorPage extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(EditorPage.class);

  /** The servlet path specs the editor needs: the context root, the page's name, its files. */
  public static final List<String> PATH_SPECS = List.of("", "/index.html", "/editor/*");

  /** The path, below the server's root, of the examples as JSON. */
  public static final String EXAMPLES_JSON = "/editor/examples.json";

  /** Prefix names of the vocabularies, in the order a new query declares them. */
  private static final List<String> VOCABULARIES =
      List.of("spkg", "rdfs", "rdf", "owl", "skos", "dct", "prov", "org", "oa", "schema", "xsd");

  private static final String FOLDER = "editor/";
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg)");
  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "css", "text/css;charset=utf-8",
          "js", "text/javascript;charset=utf-8",
          "svg", "image/svg+xml");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private final Path queries;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private volatile Map<String, String> prefixes;

  /** The editor over the query packs that {@link ProjectFolders#locate} finds. */
  public EditorPage() {
    this(ProjectFolders.locate("queries"));
  }

  /** The editor over the query packs in {@code queries} (a folder of pack folders). */
  EditorPage(Path queries) {
    this.queries = Objects.requireNonNull(queries, "queries");
  }

  /**
   * Mounts a new editor on a server being built, at each of {@link #PATH_SPECS}.
   *
   * @return the builder
   */
  public static FusekiServer.Builder addTo(FusekiServer.Builder builder) {
    EditorPage page = new EditorPage();
    PATH_SPECS.forEach(spec -> builder.addServlet(spec, page));
    return builder;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (path.equals("/") || path.equals("/index.html")) {
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
    List<QueryPackExample> examples = QueryPackExample.readAll(queries);
    String chosenId = request.getParameter("example");
    Optional<QueryPackExample> chosen =
        examples.stream().filter(e -> e.id().equals(chosenId)).findFirst();
    String query =
        chosen
            .map(QueryPackExample::query)
            .orElse(Objects.requireNonNullElseGet(request.getParameter("query"), this::newQuery));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("query", html(query));
    values.put("examples", examplesHtml(examples, chosenId));
    values.put("infoHidden", chosen.isPresent() ? "" : "hidden");
    values.put("infoSummary", html(chosen.map(QueryPackExample::summary).orElse("")));
    values.put("infoDescription", html(chosen.map(QueryPackExample::description).orElse("")));
    values.put("infoHint", html(chosen.map(QueryPackExample::hint).orElse("")));
    for (String name : List.of("css", "js", "icon")) {
      String file = name.equals("icon") ? "icon.svg" : "editor." + name;
      values.put(name + "Version", resource(file).orElseThrow().version());
    }
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("Referrer-Policy", "same-origin");
    write(response, fill(template("page.html"), values).getBytes(StandardCharsets.UTF_8));
  }

  private String examplesHtml(List<QueryPackExample> examples, String chosenId) {
    Map<String, List<QueryPackExample>> byPack =
        examples.stream()
            .collect(
                Collectors.groupingBy(
                    QueryPackExample::pack, LinkedHashMap::new, Collectors.toList()));
    StringBuilder out = new StringBuilder();
    byPack.forEach(
        (pack, inPack) -> {
          StringBuilder items = new StringBuilder();
          for (QueryPackExample e : inPack) {
            items.append(
                fill(
                    template("example.html"),
                    Map.of(
                        "idParam", html(URLEncoder.encode(e.id(), StandardCharsets.UTF_8)),
                        "id", html(e.id()),
                        "file", html(e.file()),
                        "current", Boolean.toString(e.id().equals(chosenId)),
                        "summary", html(e.summary()))));
          }
          out.append(
              fill(
                  template("example-pack.html"),
                  Map.of(
                      "pack", html(pack),
                      "packTitle", html(inPack.get(0).packTitle()),
                      "items", items.toString())));
        });
    return out.toString();
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
    JsonArray list = new JsonArray();
    QueryPackExample.readAll(queries).forEach(e -> list.add(e.toJson()));
    json.put("examples", list);
    response.setContentType("application/json;charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    try (OutputStream out = response.getOutputStream()) {
      JSON.write(out, json);
    }
  }

  private void file(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Resource> found = resource(name);
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Resource r = found.get();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    response.setContentType(CONTENT_TYPES.get(extension));
    response.setHeader("ETag", r.etag());
    // The page names each file with ?v=<its hash>: that URL never changes content.
    boolean versioned = r.version().equals(request.getParameter("v"));
    response.setHeader(
        "Cache-Control", versioned ? "public, max-age=31536000, immutable" : "no-cache");
    String ifNoneMatch = Objects.toString(request.getHeader("If-None-Match"), "");
    if (List.of(ifNoneMatch.split("\\s*,\\s*")).contains(r.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    write(response, r.bytes());
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
    Map<String, String> result = prefixes;
    if (result == null) {
      OntologyFiles files = OntologyFiles.locate();
      Map<String, String> declared =
          RdfFileReader.readGraph(files.ontologyFile()).getPrefixMapping().getNsPrefixMap();
      Map<String, String> ours = new LinkedHashMap<>();
      VOCABULARIES.stream()
          .filter(declared::containsKey)
          .forEach(name -> ours.put(name, declared.get(name)));
      ours.put("text", TextQuery.NS);
      Map<String, String> entities = new TreeMap<>();
      for (Path file : files.referenceFiles()) {
        RdfFileReader.readGraph(file)
            .getPrefixMapping()
            .getNsPrefixMap()
            .forEach(entities::putIfAbsent);
      }
      entities.forEach(
          (name, ns) -> {
            if (!ours.containsKey(name) && !ours.containsValue(ns)) {
              ours.put(name, ns);
            }
          });
      result = Collections.unmodifiableMap(ours);
      prefixes = result;
    }
    return result;
  }

  private String template(String name) {
    return new String(
        resource(name)
            .orElseThrow(() -> new IllegalStateException("Missing " + FOLDER + name))
            .bytes(),
        StandardCharsets.UTF_8);
  }

  private Optional<Resource> resource(String name) {
    return Optional.ofNullable(resources.computeIfAbsent(name, Resource::load));
  }

  /** Replaces each {@code {{name}}} by its value; the values are already HTML. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for the placeholder " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /** Text escaped for HTML element content and quoted attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * One query file of a pack as the editor offers it: the grlc header ({@code #+ summary:}, {@code
   * description}, {@code tags}, {@code defaults}) read as YAML, and the query with each parameter
   * that has a default replaced by that value written as an RDF term ({@code ?_region_iri} becomes
   * {@code <https://w3id.org/spkg/id/region/arctic>}; a suffix {@code _xsd_date} or {@code
   * _integer} types the literal; otherwise a plain string). The query is the text after the header
   * (the page shows summary, description and {@link #hint()} above the editor), comments kept. A
   * parameter without a default, or whose value does not give a query that parses, stays a
   * variable, and the hint says so.
   */
  record QueryPackExample(
      String pack,
      String packTitle,
      String file,
      String summary,
      String description,
      List<String> tags,
      List<Parameter> parameters,
      String query) {

    private static final Pattern PARAMETER = Pattern.compile("[?$](__?[A-Za-z0-9]\\w*)");
    private static final Pattern PACK_HEADING = Pattern.compile("#\\s+Pack\\s+`[^`]*`:\\s*(.*)");

    QueryPackExample {
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(query, "query");
      tags = List.copyOf(tags);
      parameters = List.copyOf(parameters);
    }

    /** {@code pack/file}, as {@code ?example=} names it. */
    String id() {
      return pack + "/" + file;
    }

    /** What the editor says about the parameters; empty when the query has none. */
    String hint() {
      return parameters.stream().map(Parameter::hint).collect(Collectors.joining(" "));
    }

    JsonObject toJson() {
      JsonObject json = new JsonObject();
      json.put("id", id());
      json.put("pack", pack);
      json.put("packTitle", packTitle);
      json.put("file", file);
      json.put("summary", summary);
      json.put("description", description);
      JsonArray tagList = new JsonArray();
      tags.forEach(tagList::add);
      json.put("tags", tagList);
      JsonArray parameterList = new JsonArray();
      for (Parameter p : parameters) {
        JsonObject j = new JsonObject();
        j.put("variable", "?" + p.variable());
        if (p.value() != null) {
          j.put("default", p.value());
        }
        j.put("bound", p.bound());
        parameterList.add(j);
      }
      json.put("parameters", parameterList);
      json.put("hint", hint());
      json.put("query", query);
      return json;
    }

    /** Every {@code {pack}/*.rq} below {@code queries}, by pack and file name. */
    static List<QueryPackExample> readAll(Path queries) {
      List<QueryPackExample> all = new ArrayList<>();
      for (Path pack : list(queries, Files::isDirectory)) {
        String title = packTitle(pack);
        for (Path file : list(pack, p -> name(p).endsWith(".rq") && Files.isRegularFile(p))) {
          all.add(read(name(pack), title, file));
        }
      }
      return List.copyOf(all);
    }

    static QueryPackExample read(String pack, String packTitle, Path file) {
      List<String> lines = readLines(file);
      int headerEnd = 0;
      while (headerEnd < lines.size() && lines.get(headerEnd).startsWith("#+")) {
        headerEnd++;
      }
      Map<?, ?> header = header(lines.subList(0, headerEnd), file);
      int start = headerEnd;
      while (start < lines.size() && lines.get(start).isBlank()) {
        start++;
      }
      List<String> body = lines.subList(start, lines.size());
      Map<String, String> defaults = new LinkedHashMap<>();
      if (header.get("defaults") instanceof List<?> entries) {
        entries.stream()
            .filter(Map.class::isInstance)
            .forEach(entry -> ((Map<?, ?>) entry).forEach((k, v) -> defaults.put("_" + k, str(v))));
      }
      Map<String, String> terms = new LinkedHashMap<>();
      for (String line : body) {
        Matcher m = PARAMETER.matcher(line);
        while (!line.strip().startsWith("#") && m.find()) {
          String value = defaults.get(m.group(1));
          terms.putIfAbsent(m.group(1), value == null ? null : term(m.group(1), value));
        }
      }
      String query = String.join("\n", body) + "\n";
      String bound = substitute(body, terms);
      boolean parses = parses(bound);
      List<Parameter> parameters = new ArrayList<>();
      terms.forEach(
          (variable, term) ->
              parameters.add(new Parameter(variable, term, parses && term != null)));
      List<String> tags =
          header.get("tags") instanceof List<?> list
              ? list.stream().map(QueryPackExample::str).toList()
              : List.of();
      return new QueryPackExample(
          pack,
          packTitle,
          name(file),
          Objects.requireNonNullElse(str(header.get("summary")), name(file)),
          Objects.requireNonNullElse(str(header.get("description")), ""),
          tags,
          parameters,
          parses ? bound : query);
    }

    /** The {@code #+} lines at the top of the file, without their marks, as YAML. */
    private static Map<?, ?> header(List<String> lines, Path file) {
      String yaml =
          lines.stream()
              .map(l -> l.substring(l.startsWith("#+ ") ? 3 : 2))
              .collect(Collectors.joining("\n"));
      try {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        if (loaded instanceof Map<?, ?> map) {
          return map;
        } else if (loaded == null) {
          return Map.of();
        }
        LOG.warn("{}: the #+ header is not a YAML mapping; listed under its file name", file);
      } catch (YamlEngineException e) {
        LOG.warn(
            "{}: the #+ header is not YAML ({}); listed under its file name", file, e.getMessage());
      }
      return Map.of();
    }

    /** The query with every parameter that has a term replaced by it, outside comment lines. */
    private static String substitute(List<String> lines, Map<String, String> terms) {
      StringBuilder out = new StringBuilder();
      for (String line : lines) {
        String replaced = line;
        if (!line.strip().startsWith("#")) {
          for (Map.Entry<String, String> t : terms.entrySet()) {
            if (t.getValue() != null) {
              replaced =
                  replaced.replaceAll(
                      "[?$]" + Pattern.quote(t.getKey()) + "(?!\\w)",
                      Matcher.quoteReplacement(t.getValue()));
            }
          }
        }
        out.append(replaced).append('\n');
      }
      return out.toString();
    }

    private static boolean parses(String query) {
      try {
        QueryFactory.create(query);
        return true;
      } catch (QueryException e) {
        LOG.debug("With its defaults bound, the query does not parse: {}", e.getMessage());
        return false;
      }
    }

    /** The default as an RDF term in SPARQL syntax, typed by the parameter's suffix. */
    static String term(String variable, String value) {
      int xsd = variable.indexOf("_xsd_");
      Node node;
      if (variable.endsWith("_iri")) {
        node = NodeFactory.createURI(value);
      } else if (xsd >= 0) {
        String type = XSDDatatype.XSD + "#" + variable.substring(xsd + 5);
        node = NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(type));
      } else if (variable.endsWith("_integer")) {
        node = NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
      } else {
        node = NodeFactory.createLiteralString(value);
      }
      return NodeFmtLib.strNT(node);
    }

    /** The README's heading without its "Pack `name`:" start, or "" without a README. */
    private static String packTitle(Path pack) {
      Path readme = pack.resolve("README.md");
      if (!Files.isRegularFile(readme)) {
        return "";
      }
      String heading =
          readLines(readme).stream().filter(l -> l.startsWith("# ")).findFirst().orElse("");
      Matcher m = PACK_HEADING.matcher(heading);
      return m.matches() ? m.group(1).strip() : heading.replaceAll("^#\\s*|`", "").strip();
    }

    private static List<Path> list(Path folder, Predicate<Path> wanted) {
      try (Stream<Path> paths = Files.list(folder)) {
        return paths.filter(wanted).sorted(ProjectFiles.BY_NAME).toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list the query packs in " + folder, e);
      }
    }

    private static List<String> readLines(Path file) {
      try {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }

    /** A file or folder name; folders in a jar end with "/". */
    private static String name(Path path) {
      return path.getFileName().toString().replaceAll("/$", "");
    }

    private static String str(Object yaml) {
      return yaml == null ? null : yaml.toString().strip();
    }
  }

  /** A parameter of a query ({@code _name} or {@code __name}), its default as a term, if bound. */
  record Parameter(String variable, String value, boolean bound) {

    Parameter {
      Objects.requireNonNull(variable, "variable");
    }

    String hint() {
      String v = "?" + variable;
      if (bound) {
        return v + " is set to its default, " + value + "; change the value to ask about another.";
      }
      if (value != null) {
        return v + " stays a variable: with its default " + value + " the query does not parse.";
      }
      return variable.startsWith("__")
          ? v + " is optional: replace it with a value to narrow the answer."
          : v + " has no default: replace it with a value, or it matches any value.";
    }
  }

  /** A file of the page, with the hash that names its version. */
  private record Resource(byte[] bytes, String version) {

    String etag() {
      return '"' + version + '"';
    }

    /** The file from the classpath folder, or null when there is none. */
    static Resource load(String name) {
      try (InputStream in = EditorPage.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          return null;
        }
        byte[] bytes = in.readAllBytes();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
        return new Resource(bytes, HexFormat.of().formatHex(hash, 0, 8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + FOLDER + name + " from the classpath", e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("The JDK has no SHA-256", e);
      }
    }
  }
}
