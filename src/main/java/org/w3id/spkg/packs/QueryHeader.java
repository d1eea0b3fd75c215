package org.w3id.spkg.packs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.w3id.spkg.InputException;

/**
 * The {@code #+} lines at the top of a pack query, grlc's decorators read as YAML: {@code summary},
 * {@code description}, {@code tags}, {@code defaults}, {@code enumerate}, {@code pagination},
 * {@code method}, and our {@code timeout} (seconds, or {@code 500ms}, {@code 5s}), which grlc
 * ignores. grlc's {@code endpoint}, {@code endpoint_in_url} and {@code transform} are accepted and
 * not used: spkg runs a pack against the store or the endpoint it is given.
 *
 * @param lines how many lines the header takes (the query text starts after them)
 * @param defaults parameter name → default value, as written
 * @param enumerate parameter name → the values listed, or an empty list for "from the graph"
 * @param pagination rows per page, or 0 for no pagination
 * @param timeout the query's time limit, or null for the runner's default
 */
public record QueryHeader(
    int lines,
    String summary,
    String description,
    List<String> tags,
    Map<String, String> defaults,
    Map<String, List<String>> enumerate,
    int pagination,
    String method,
    Duration timeout) {

  /** Decorators spkg reads or knowingly ignores. */
  static final Set<String> KEYS =
      Set.of(
          "summary",
          "description",
          "tags",
          "defaults",
          "enumerate",
          "pagination",
          "method",
          "timeout",
          "endpoint",
          "endpoint_in_url",
          "transform");

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");

  public QueryHeader {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(method, "method");
    tags = List.copyOf(tags);
    defaults = Map.copyOf(defaults);
    enumerate = Map.copyOf(enumerate);
  }

  /**
   * Reads the header of {@code lines} (the whole file).
   *
   * @param source the file, for messages
   * @throws InputException with the line, if the header is not YAML or a decorator is wrong
   */
  static QueryHeader read(List<String> lines, String source) {
    int end = 0;
    while (end < lines.size() && lines.get(end).startsWith("#+")) {
      end++;
    }
    if (end == 0) {
      throw new InputException(
          source,
          1,
          InputException.UNKNOWN,
          "no '#+ summary:' header; start the file with '#+ summary: what the query answers'",
          null);
    }
    StringBuilder yaml = new StringBuilder();
    for (String line : lines.subList(0, end)) {
      yaml.append(line.substring(line.startsWith("#+ ") ? 3 : 2)).append('\n');
    }
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml.toString());
    } catch (MarkedYamlEngineException e) {
      // A mark past the last header line (an unclosed bracket) points at the last one.
      int last = end;
      long line = e.getProblemMark().map(m -> Math.min(m.getLine() + 1L, last)).orElse((long) last);
      throw new InputException(
          source, line, InputException.UNKNOWN, "the #+ header is not YAML: " + firstLine(e), e);
    } catch (YamlEngineException e) {
      throw new InputException(
          source, 1, InputException.UNKNOWN, "the #+ header is not YAML: " + firstLine(e), e);
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new InputException(
          source, 1, InputException.UNKNOWN, "the #+ header must be 'key: value' lines", null);
    }
    Fields fields = new Fields(map, lines, source);
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw fields.error(
            String.valueOf(key),
            "unknown decorator '"
                + key
                + "'; use summary, description, tags, defaults, enumerate, pagination, method or"
                + " timeout");
      }
    }
    String summary = fields.text("summary");
    if (summary == null || summary.isBlank()) {
      throw new InputException(
          source,
          1,
          InputException.UNKNOWN,
          "the header has no summary; add '#+ summary: what the query answers'",
          null);
    }
    String method = Objects.requireNonNullElse(fields.text("method"), "GET");
    method = method.toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("POST")) {
      throw fields.error("method", "method must be GET or POST, not " + method);
    }
    return new QueryHeader(
        end,
        summary,
        Objects.requireNonNullElse(fields.text("description"), ""),
        fields.list("tags"),
        fields.defaults(),
        fields.enumerate(),
        fields.pagination(),
        method,
        fields.timeout());
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** The decorators of one header, with the file's lines to say where a bad one is. */
  private record Fields(Map<?, ?> map, List<String> lines, String source) {

    InputException error(String key, String problem) {
      long line = InputException.UNKNOWN;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("#\\+\\s*" + Pattern.quote(key) + "\\s*:.*")) {
          line = i + 1;
          break;
        }
      }
      return new InputException(source, line, InputException.UNKNOWN, problem, null);
    }

    String text(String key) {
      Object value = map.get(key);
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw error(key, key + " must be text");
      }
      return value == null ? null : value.toString().strip();
    }

    List<String> list(String key) {
      Object value = map.get(key);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> items)) {
        throw error(key, key + " must be a list ('#+   - item' lines)");
      }
      return items.stream().map(item -> String.valueOf(item).strip()).toList();
    }

    /** {@code defaults: [ {name: value}, ... ]} (grlc), or a plain mapping. */
    Map<String, String> defaults() {
      Map<String, String> defaults = new LinkedHashMap<>();
      for (Map<?, ?> entry : mappings("defaults")) {
        entry.forEach((k, v) -> defaults.put(String.valueOf(k), v == null ? "" : v.toString()));
      }
      return defaults;
    }

    /** {@code enumerate: [ name, {name: [values]} ]}. */
    Map<String, List<String>> enumerate() {
      Object value = map.get("enumerate");
      Map<String, List<String>> enumerate = new LinkedHashMap<>();
      if (value == null) {
        return enumerate;
      }
      if (!(value instanceof List<?> items)) {
        throw error("enumerate", "enumerate must be a list of parameter names");
      }
      for (Object item : items) {
        if (item instanceof Map<?, ?> m) {
          m.forEach(
              (k, v) -> {
                if (!(v instanceof List<?> values)) {
                  throw error("enumerate", "enumerate: " + k + " must list its values");
                }
                enumerate.put(String.valueOf(k), values.stream().map(String::valueOf).toList());
              });
        } else {
          enumerate.put(String.valueOf(item).strip(), List.of());
        }
      }
      return enumerate;
    }

    private List<Map<?, ?>> mappings(String key) {
      Object value = map.get(key);
      if (value == null) {
        return List.of();
      }
      if (value instanceof Map<?, ?> m) {
        return List.of(m);
      }
      List<Map<?, ?>> out = new ArrayList<>();
      if (value instanceof List<?> items) {
        for (Object item : items) {
          if (!(item instanceof Map<?, ?> m)) {
            throw error(key, key + " must list 'name: value' entries");
          }
          out.add(m);
        }
        return out;
      }
      throw error(key, key + " must list 'name: value' entries");
    }

    int pagination() {
      Object value = map.get("pagination");
      if (value == null) {
        return 0;
      }
      if (value instanceof Integer n && n > 0) {
        return n;
      }
      throw error("pagination", "pagination must be a positive whole number of rows per page");
    }

    Duration timeout() {
      Object value = map.get("timeout");
      if (value == null) {
        return null;
      }
      Matcher m = DURATION.matcher(value.toString().strip());
      if (m.matches()) {
        double amount = Double.parseDouble(m.group(1));
        long millis = Math.round("ms".equals(m.group(2)) ? amount : amount * 1000);
        if (millis > 0) {
          return Duration.ofMillis(millis);
        }
      }
      throw error("timeout", "timeout must be seconds (10), or 5s or 500ms; got " + value);
    }
  }
}
