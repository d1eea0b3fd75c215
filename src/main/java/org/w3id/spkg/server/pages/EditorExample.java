package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.Parameter;
import org.w3id.spkg.packs.QueryPacks;

/**
 * A pack query as the editor offers it: the query text after its header ({@link PackQuery#body()},
 * comments kept), with each parameter that has a default replaced by that value as an RDF term
 * ({@link Parameter#sparql}: {@code ?_region_iri} becomes {@code
 * <https://w3id.org/spkg/id/region/arctic>}). A parameter without a default stays a variable, and
 * so do all of them if the query with its defaults in place does not parse; {@link #hint()} says
 * which.
 *
 * @param file the file name, {@code 01-nations-in-region.rq}
 * @param parameters the query's parameters, in the order the query names them
 */
record EditorExample(
    String pack,
    String packTitle,
    String file,
    String summary,
    String description,
    List<String> tags,
    List<ParameterState> parameters,
    String query) {

  private static final Logger LOG = LoggerFactory.getLogger(EditorExample.class);

  EditorExample {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(query, "query");
    tags = List.copyOf(tags);
    parameters = List.copyOf(parameters);
  }

  /** Every query of {@code packs}, by pack and file name. */
  static List<EditorExample> all(QueryPacks packs) {
    List<EditorExample> all = new ArrayList<>();
    for (Pack pack : packs.packs()) {
      pack.queries().forEach(q -> all.add(of(q, pack.title())));
    }
    return List.copyOf(all);
  }

  static EditorExample of(PackQuery q, String packTitle) {
    String body = q.body();
    String bound = body;
    for (Parameter p : q.parameters()) {
      if (p.defaultValue() != null) {
        bound = substitute(bound, p.variable(), p.sparql(p.defaultValue()));
      }
    }
    boolean parses = parses(bound, q.id());
    List<ParameterState> states =
        q.parameters().stream()
            .map(
                p ->
                    new ParameterState(
                        p.variable(),
                        p.defaultValue() == null ? null : p.sparql(p.defaultValue()),
                        parses && p.defaultValue() != null))
            .toList();
    return new EditorExample(
        q.pack(),
        packTitle,
        q.name() + ".rq",
        q.header().summary(),
        q.header().description().strip(),
        q.header().tags(),
        states,
        parses ? bound : body);
  }

  /** {@code pack/file}, as {@code ?example=} names it. */
  String id() {
    return pack + "/" + file;
  }

  /** What the editor says about the parameters; empty when the query has none. */
  String hint() {
    return parameters.stream().map(ParameterState::hint).collect(Collectors.joining(" "));
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
    for (ParameterState p : parameters) {
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

  /**
   * {@code text} with {@code ?variable} (or {@code $variable}) as {@code term}, outside comments.
   */
  private static String substitute(String text, String variable, String term) {
    Pattern use = Pattern.compile("[?$]" + Pattern.quote(variable) + "(?!\\w)");
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String replaced =
          line.strip().startsWith("#")
              ? line
              : use.matcher(line).replaceAll(Matcher.quoteReplacement(term));
      out.append(replaced).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static boolean parses(String query, String id) {
    try {
      QueryFactory.create(query);
      return true;
    } catch (QueryException e) {
      LOG.debug("{}: with its defaults bound, the query does not parse: {}", id, e.getMessage());
      return false;
    }
  }

  /**
   * A parameter of a query ({@code _name} or {@code __name}) in the editor.
   *
   * @param value its default as an RDF term, or null
   * @param bound whether the query the editor shows has the default in place
   */
  record ParameterState(String variable, String value, boolean bound) {

    ParameterState {
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
