package org.w3id.spkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.w3id.spkg.ProjectFiles;

/**
 * One query file of a pack as the editor offers it: the grlc header ({@code #+ summary:}, {@code
 * description}, {@code tags}, {@code defaults}) read as YAML, and the query with each parameter
 * that has a default replaced by that value written as an RDF term ({@code ?_region_iri} becomes
 * {@code <https://w3id.org/spkg/id/region/arctic>}; a suffix {@code _xsd_date} or {@code _integer}
 * types the literal; otherwise a plain string). The query is the text after the header (the page
 * shows summary, description and {@link #hint()} above the editor), comments kept. A parameter
 * without a default, or whose value does not give a query that parses, stays a variable, and the
 * hint says so.
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

  private static final Logger LOG = LoggerFactory.getLogger(QueryPackExample.class);

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
        (variable, term) -> parameters.add(new Parameter(variable, term, parses && term != null)));
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
}
