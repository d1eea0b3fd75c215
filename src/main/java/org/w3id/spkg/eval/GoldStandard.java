package org.w3id.spkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.w3id.spkg.InputException;

/**
 * A gold standard: what a reader wants structured from one document, read from a YAML file in the
 * format of {@code eval/README.md}. Values are checked as they are read (roles against the role
 * vocabulary, kinds against the ontology's classes), and every problem names the file and line.
 *
 * @param file the gold file
 * @param document the document's file name
 * @param sourceUrl the document's source URL, if given
 * @param facts the facts by kind, in file order; a kind the file does not list is absent
 */
public record GoldStandard(
    Path file, String document, Optional<String> sourceUrl, Map<Kind, List<Fact>> facts) {

  /** The kinds of fact, in report order, with their YAML keys. */
  public enum Kind {
    ENTITIES("entities"),
    PARTICIPATIONS("participations"),
    DIRECTIVES("directives"),
    COMMITMENTS("commitments"),
    DATES("dates"),
    QUANTITIES("quantities"),
    ACRONYMS("acronyms");

    /** The key of the kind in a gold file and in reports. */
    public final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /**
   * One expected fact: its fields as the file gives them, each a list of alternatives.
   *
   * @param kind its kind
   * @param fields field name to alternatives
   * @param line the line of the file it starts on
   */
  public record Fact(Kind kind, Map<String, List<String>> fields, int line) {

    /** The alternatives of {@code field}; empty when the fact does not give it. */
    public List<String> get(String field) {
      return fields.getOrDefault(field, List.of());
    }

    /** The first alternative of {@code field}, or the empty string. */
    public String first(String field) {
      List<String> values = get(field);
      return values.isEmpty() ? "" : values.get(0);
    }

    /** The fact in a few words, for reports. */
    public String describe() {
      return switch (kind) {
        case ENTITIES -> first("label") + " (" + first("kind") + ")";
        case PARTICIPATIONS ->
            first("actor") + " – " + first("role") + " – " + first("undertaking");
        case DIRECTIVES -> first("addressee") + ": " + first("text");
        case COMMITMENTS -> first("issuer") + " (" + first("kind") + "): " + first("text");
        case DATES -> first("date") + " (" + first("precision") + "): " + first("of");
        case QUANTITIES ->
            first("value") + " " + first("unit") + " (" + first("kind") + "): " + first("measures");
        case ACRONYMS -> first("acronym") + " = " + first("expansion");
      };
    }
  }

  /** The fields each kind takes, and which of them it needs. */
  private static final Map<Kind, Set<String>> FIELDS =
      Map.of(
          Kind.ENTITIES, Set.of("label", "acronym", "kind"),
          Kind.PARTICIPATIONS, Set.of("actor", "role", "undertaking"),
          Kind.DIRECTIVES, Set.of("addressee", "issuer", "text"),
          Kind.COMMITMENTS, Set.of("issuer", "kind", "text"),
          Kind.DATES, Set.of("date", "precision", "qualifier", "of"),
          Kind.QUANTITIES, Set.of("value", "kind", "unit", "measures"),
          Kind.ACRONYMS, Set.of("acronym", "expansion"));

  private static final Map<Kind, Set<String>> REQUIRED =
      Map.of(
          Kind.ENTITIES, Set.of("label", "kind"),
          Kind.PARTICIPATIONS, Set.of("actor", "role", "undertaking"),
          Kind.DIRECTIVES, Set.of("addressee", "text"),
          Kind.COMMITMENTS, Set.of("issuer", "kind", "text"),
          Kind.DATES, Set.of("date", "precision"),
          Kind.QUANTITIES, Set.of("value", "kind"),
          Kind.ACRONYMS, Set.of("acronym", "expansion"));

  private static final Set<String> TOP =
      Set.of(
          "document",
          "source_url",
          "relevance",
          "entities",
          "participations",
          "directives",
          "commitments",
          "dates",
          "quantities",
          "acronyms");

  /**
   * Reads and checks a gold file.
   *
   * @param vocabulary the values the closed fields may take
   * @throws InputException if the file is missing, not YAML or not a gold standard: file, line and
   *     what is wrong
   */
  public static GoldStandard read(Path file, GoldVocabulary vocabulary) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file; check the path");
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    Node root;
    try {
      root =
          new Compose(LoadSettings.builder().setLabel(file.toString()).build())
              .composeString(text)
              .orElse(null);
    } catch (MarkedYamlEngineException e) {
      long line = e.getProblemMark().map(m -> (long) m.getLine() + 1).orElse(1L);
      throw new InputException(
          file.toString(), line, InputException.UNKNOWN, "not YAML: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new InputException(file.toString(), "not YAML: " + e.getMessage());
    }
    if (!(root instanceof MappingNode map)) {
      throw new InputException(
          file.toString(), 1, 1, "a gold file is a mapping: document:, entities:, …", null);
    }
    String document = null;
    Optional<String> sourceUrl = Optional.empty();
    Map<Kind, List<Fact>> facts = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalar(file, t.getKeyNode());
      if (!TOP.contains(key)) {
        throw YamlPlaces.error(
            file, t.getKeyNode(), "unknown key '" + key + "'; the keys are " + TOP);
      }
      switch (key) {
        case "document" -> document = scalar(file, t.getValueNode());
        case "source_url" -> sourceUrl = Optional.of(scalar(file, t.getValueNode()));
        case "relevance" ->
            vocabulary.check(file, t.getValueNode(), "relevance", scalar(file, t.getValueNode()));
        default -> {
          Kind kind = kindOf(key);
          facts.put(kind, facts(file, kind, t.getValueNode(), vocabulary));
        }
      }
    }
    if (document == null) {
      throw new InputException(file.toString(), 1, 1, "document: (the file name) is missing", null);
    }
    return new GoldStandard(file, document, sourceUrl, facts);
  }

  private static List<Fact> facts(Path file, Kind kind, Node node, GoldVocabulary vocabulary) {
    if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      throw YamlPlaces.error(file, node, kind.key + ": is a list of facts (or [] for none)");
    }
    List<Fact> facts = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof MappingNode fact)) {
        throw YamlPlaces.error(
            file, item, "each of " + kind.key + " is a mapping of " + FIELDS.get(kind));
      }
      Map<String, List<String>> fields = new LinkedHashMap<>();
      for (NodeTuple t : fact.getValue()) {
        String field = scalar(file, t.getKeyNode());
        if (!FIELDS.get(kind).contains(field)) {
          throw YamlPlaces.error(
              file,
              t.getKeyNode(),
              "'" + field + "' is not a field of " + kind.key + "; they are " + FIELDS.get(kind));
        }
        List<String> values = alternatives(file, t.getValueNode());
        for (String v : values) {
          vocabulary.check(file, t.getValueNode(), kind.key + "." + field, v);
        }
        fields.put(field, values);
      }
      for (String required : REQUIRED.get(kind)) {
        if (!fields.containsKey(required)) {
          throw YamlPlaces.error(file, item, kind.key + " needs '" + required + "'");
        }
      }
      facts.add(new Fact(kind, fields, YamlPlaces.line(item)));
    }
    return List.copyOf(facts);
  }

  private static List<String> alternatives(Path file, Node node) {
    if (node instanceof SequenceNode seq) {
      List<String> values = new ArrayList<>();
      for (Node n : seq.getValue()) {
        values.add(scalar(file, n));
      }
      if (values.isEmpty()) {
        throw YamlPlaces.error(file, node, "an empty list of alternatives");
      }
      return List.copyOf(values);
    }
    return List.of(scalar(file, node));
  }

  private static String scalar(Path file, Node node) {
    if (!(node instanceof ScalarNode s)) {
      throw YamlPlaces.error(file, node, "expected a single value here");
    }
    return s.getValue().strip();
  }

  private static Kind kindOf(String key) {
    for (Kind k : Kind.values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException(key);
  }
}
