package org.w3id.spkg.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.w3id.spkg.InputException;

/**
 * The YAML front matter of a fact sheet ({@code title}, {@code date}, {@code source_url}, {@code
 * tags}, {@code published_time}, {@code modified_time}), parsed as YAML 1.2.
 *
 * @param present whether the document has front matter at all
 * @param bodyStart the string index where the Markdown body begins
 * @param title the title, whitespace normalised
 * @param date the document date
 * @param sourceUrl where the document was published
 * @param tags the publisher's tags
 * @param published the publication time as an xsd:dateTime lexical form
 * @param modified the modification time as an xsd:dateTime lexical form
 * @param warnings values that were present but unusable
 */
record FrontMatter(
    boolean present,
    int bodyStart,
    Optional<String> title,
    Optional<LocalDate> date,
    Optional<String> sourceUrl,
    List<String> tags,
    Optional<String> published,
    Optional<String> modified,
    List<String> warnings) {

  private static final Pattern BLOCK =
      Pattern.compile(
          "\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
          Pattern.DOTALL | Pattern.MULTILINE);

  private static final DateTimeFormatter XSD_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  FrontMatter {
    tags = List.copyOf(tags);
    warnings = List.copyOf(warnings);
  }

  static FrontMatter none() {
    return new FrontMatter(
        false,
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** Parses the front matter of {@code source}, if it has any. */
  static FrontMatter parse(SourceText source) {
    String text = source.text();
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) {
      if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
        throw new InputException(
            source.file().toString(), 1, 1, "front matter opened with --- is never closed", null);
      }
      return none();
    }
    String name = source.file().toString();
    String yaml = m.group(1);
    Object loaded;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(name).build();
      refuseAliases(name, settings, yaml);
      loaded = new Load(settings).loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      long line = e.getProblemMark().map(mark -> (long) mark.getLine() + 2).orElse(2L);
      throw new InputException(
          name, line, InputException.UNKNOWN, "front matter is not valid YAML: " + firstLine(e), e);
    } catch (YamlEngineException e) {
      throw new InputException(
          name, 2, InputException.UNKNOWN, "front matter is not valid YAML: " + firstLine(e), e);
    }
    if (loaded != null && !(loaded instanceof Map)) {
      throw new InputException(
          name,
          2,
          InputException.UNKNOWN,
          "front matter must be a YAML mapping of keys (title:, date:, …)",
          null);
    }
    Map<?, ?> map = loaded == null ? Map.of() : (Map<?, ?>) loaded;
    List<String> warnings = new ArrayList<>();
    Optional<LocalDate> date = string(map, "date").map(value -> parseDate(source, yaml, value));
    return new FrontMatter(
        true,
        m.end(),
        string(map, "title").map(FrontMatter::normaliseSpace).filter(t -> !t.isEmpty()),
        date,
        string(map, "source_url").map(url -> checkSourceUrl(name, yaml, url)),
        tags(map.get("tags")),
        string(map, "published_time").flatMap(v -> dateTime(name, "published_time", v, warnings)),
        string(map, "modified_time").flatMap(v -> dateTime(name, "modified_time", v, warnings)),
        warnings);
  }

  /**
   * Refuses YAML aliases ({@code *name}): each stands for the whole value its anchor names, so a
   * few hundred bytes of them make gigabytes of text, past every limit on the file's size. Front
   * matter has no use for them.
   */
  private static void refuseAliases(String name, LoadSettings settings, String yaml) {
    for (Event event : new Parse(settings).parseString(yaml)) {
      if (event instanceof AliasEvent alias) {
        Optional<Mark> mark = alias.getStartMark();
        throw new InputException(
            name,
            mark.map(m -> (long) m.getLine() + 2).orElse(2L),
            mark.map(m -> (long) m.getColumn() + 1).orElse(InputException.UNKNOWN),
            "front matter uses the YAML alias *"
                + alias.getAlias().getValue()
                + ", and aliases are not read (a few of them can stand for gigabytes): write the"
                + " value out in full",
            null);
      }
    }
  }

  private static Optional<String> string(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? Optional.empty() : Optional.of(value.toString().trim());
  }

  private static List<String> tags(Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(t -> tags.add(t.toString().trim()));
    } else {
      for (String t : value.toString().split(",")) {
        if (!t.isBlank()) {
          tags.add(t.trim());
        }
      }
    }
    return tags;
  }

  private static LocalDate parseDate(SourceText source, String yaml, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InputException(
          source.file().toString(),
          keyLine(yaml, "date"),
          InputException.UNKNOWN,
          "date is not a date: expected YYYY-MM-DD, got '" + value + "'",
          e);
    }
  }

  /** The line of the file where {@code key} is given (front matter starts on line 2). */
  private static long keyLine(String yaml, String key) {
    int line = 1;
    for (String text : yaml.split("\n", -1)) {
      line++;
      if (text.startsWith(key + ":")) {
        return line;
      }
    }
    return 2;
  }

  /**
   * A source URL as given, if it is one: a value that starts as a web address does ({@code
   * http://}, {@code https://}) must be an absolute IRI (RFC 3987), since it becomes the document's
   * {@code dct:source} as it stands. Other values ("unknown", "N/A") are no source, as before.
   */
  private static String checkSourceUrl(String name, String yaml, String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return url;
    }
    String problem;
    try {
      IRIx iri = IRIx.create(url);
      if (iri.isAbsolute()) {
        return url;
      }
      problem = "it is not absolute";
    } catch (IRIException e) {
      problem = e.getMessage();
    }
    throw new InputException(
        name,
        keyLine(yaml, "source_url"),
        InputException.UNKNOWN,
        "source_url is not an IRI: '"
            + url
            + "' ("
            + problem
            + "); percent-encode the characters an IRI does not allow (space as %20, \" as %22,"
            + " < as %3C, > as %3E)",
        null);
  }

  private static Optional<String> dateTime(
      String name, String key, String value, List<String> warnings) {
    String iso = value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ T]", "$1T");
    try {
      return Optional.of(OffsetDateTime.parse(iso).format(XSD_DATE_TIME));
    } catch (DateTimeParseException e) {
      warnings.add(
          name + ": " + key + " '" + value + "' is not a date-time with an offset; left out");
      return Optional.empty();
    }
  }

  static String normaliseSpace(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
