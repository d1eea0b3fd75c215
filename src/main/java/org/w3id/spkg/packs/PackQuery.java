package org.w3id.spkg.packs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.spkg.InputException;
import org.w3id.spkg.store.StoreQuery;

/**
 * One query of a pack: {@code queries/{pack}/{nn}-{slug}.rq}, its grlc header, its parameters and
 * the parsed query, parameters still variables. The file is checked as it is read: the query must
 * parse with its own PREFIX lines (as grlc needs), every defaults and enumerate entry must name a
 * parameter, defaults must have the parameter's type, and a paginated query may not have its own
 * LIMIT or OFFSET.
 *
 * @param pack the pack's name (its folder)
 * @param name the file name without {@code .rq}, as {@code pack/name} names the query
 * @param file where it was read from
 * @param text the whole file
 */
public record PackQuery(
    String pack,
    String name,
    Path file,
    QueryHeader header,
    List<Parameter> parameters,
    String text,
    Query query) {

  /** A file name of a pack query. */
  public static final Pattern FILE_NAME = Pattern.compile("\\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\\.rq");

  private static final Pattern VARIABLE = Pattern.compile("[?$](__?[A-Za-z0-9]\\w*)");

  public PackQuery {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(query, "query");
    parameters = List.copyOf(parameters);
  }

  /** {@code pack/name}. */
  public String id() {
    return pack + "/" + name;
  }

  /** The query text after the header, as a reader or grlc sees it. */
  public String body() {
    List<String> lines = text.lines().toList();
    int start = header.lines();
    while (start < lines.size() && lines.get(start).isBlank()) {
      start++;
    }
    return String.join("\n", lines.subList(start, lines.size())) + "\n";
  }

  /** Whether the answer has an order that matters (the query has ORDER BY). */
  public boolean ordered() {
    return query.hasOrderBy();
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The file beside this one holding the expected answer on the bundled corpus. */
  public Path expectedFile() {
    return file.resolveSibling(name + ".expected.csv");
  }

  /**
   * Reads and checks a query file's text.
   *
   * @param source the file as the user would name it, for messages
   * @throws InputException naming the file and line of the first problem
   */
  static PackQuery parse(String pack, Path file, String source, String text) {
    String fileName = file.getFileName().toString().replaceAll("/$", "");
    List<String> lines = text.lines().toList();
    QueryHeader header = QueryHeader.read(lines, source);
    Query query = StoreQuery.parse(text, source, PrefixMapping.Factory.create());
    if (!query.isSelectType() && !query.isAskType()) {
      throw new InputException(
          source,
          header.lines() + 1,
          InputException.UNKNOWN,
          "a pack query must be a SELECT or an ASK query, so that it answers with a table",
          null);
    }
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    for (int i = header.lines(); i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = VARIABLE.matcher(line);
      while (m.find()) {
        String variable = m.group(1);
        if (parameters.values().stream().anyMatch(p -> p.variable().equals(variable))) {
          continue;
        }
        Parameter p;
        try {
          p = Parameter.of(variable, query.getPrefixMapping());
        } catch (IllegalArgumentException e) {
          throw new InputException(source, i + 1, m.start() + 1, e.getMessage(), e);
        }
        Parameter same = parameters.get(p.name());
        if (same != null) {
          throw new InputException(
              source,
              i + 1,
              m.start() + 1,
              "?"
                  + variable
                  + " and ?"
                  + same.variable()
                  + " are both the parameter '"
                  + p.name()
                  + "'; give them different names",
              null);
        }
        parameters.put(p.name(), p);
      }
    }
    applyDefaults(header, parameters, lines, source);
    applyEnumerations(header, parameters, lines, source);
    if (header.pagination() > 0 && (query.hasLimit() || query.hasOffset())) {
      throw lineError(
          lines,
          source,
          "pagination",
          "a query with pagination may not have its own LIMIT or OFFSET; remove them");
    }
    return new PackQuery(
        pack,
        fileName.replaceAll("\\.rq$", ""),
        file,
        header,
        new ArrayList<>(parameters.values()),
        text,
        query);
  }

  private static void applyDefaults(
      QueryHeader header, Map<String, Parameter> parameters, List<String> lines, String source) {
    header
        .defaults()
        .forEach(
            (key, value) -> {
              Parameter p = named(key, parameters, lines, source, "defaults");
              try {
                p.term(value);
              } catch (ParameterException e) {
                throw lineError(lines, source, key, "the default of " + e.problem());
              }
              parameters.put(p.name(), p.withDefault(value));
            });
  }

  private static void applyEnumerations(
      QueryHeader header, Map<String, Parameter> parameters, List<String> lines, String source) {
    header
        .enumerate()
        .forEach(
            (key, values) -> {
              Parameter p = named(key, parameters, lines, source, "enumerate");
              for (String value : values) {
                try {
                  p.term(value);
                } catch (ParameterException e) {
                  throw lineError(lines, source, value, "an enumerated value of " + e.problem());
                }
              }
              parameters.put(p.name(), p.withEnumeration(values));
            });
  }

  /** The parameter a decorator entry names: by name ({@code region}) or name and type. */
  private static Parameter named(
      String key, Map<String, Parameter> parameters, List<String> lines, String source, String in) {
    Parameter p = parameters.get(key);
    if (p == null) {
      p =
          parameters.values().stream()
              .filter(q -> q.variable().replaceFirst("^__?", "").equals(key))
              .findFirst()
              .orElse(null);
    }
    if (p == null) {
      throw lineError(
          lines,
          source,
          key,
          in
              + " names '"
              + key
              + "', which is not a parameter of the query; its parameters are "
              + (parameters.isEmpty() ? "none" : String.join(", ", parameters.keySet())));
    }
    return p;
  }

  /** An error at the first header line that mentions {@code word}. */
  private static InputException lineError(
      List<String> lines, String source, String word, String problem) {
    long line = InputException.UNKNOWN;
    for (int i = 0; i < lines.size() && lines.get(i).startsWith("#+"); i++) {
      if (lines.get(i).contains(word)) {
        line = i + 1;
        break;
      }
    }
    return new InputException(source, line, InputException.UNKNOWN, problem, null);
  }
}
