package org.w3id.spkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.spkg.InputException;
import org.w3id.spkg.vocab.SPKG;

/**
 * The cues of the relevance gate: the space vocabulary of {@code
 * ontology/reference/space-terms.tsv} (each a pattern with a weight, or a mask) and the names of
 * the space things of the reference data (space agencies, stations, spacecraft, missions, programs,
 * agreements, systems). All cues are compiled into one pattern, so a text is scanned once.
 */
final class SpaceCues {

  /**
   * A cue found in a text.
   *
   * @param key which cue: the same for every form of it (a thing's label and its acronym)
   * @param cue the cue as a reader would name it: a thing's label, or the words matched
   * @param weight its weight
   * @param start where it starts in the text
   * @param end where it ends
   */
  record Hit(int key, String cue, double weight, int start, int end) {}

  /** The reference classes whose members' names are cues. */
  private static final List<Node> SPACE_CLASSES =
      List.of(
          SPKG.SpaceAgency.asNode(),
          SPKG.SpaceStation.asNode(),
          SPKG.Spacecraft.asNode(),
          SPKG.Satellite.asNode(),
          SPKG.Mission.asNode(),
          SPKG.Program.asNode(),
          SPKG.Agreement.asNode(),
          SPKG.System.asNode());

  /** Reference names' weight: a space agency named, with one more cue, is a space statement. */
  static final double NAME_WEIGHT = 2;

  private final Pattern masks;
  private final Pattern cues;
  private final List<Cue> list;

  /** A cue: its pattern, its weight, its key and (for a thing of the reference data) its name. */
  private record Cue(String pattern, double weight, int key, String name) {}

  private SpaceCues(Pattern masks, Pattern cues, List<Cue> list) {
    this.masks = masks;
    this.cues = cues;
    this.list = list;
  }

  /**
   * The cues of {@code terms} (the TSV file) and of the space things of {@code reference}.
   *
   * @throws InputException if a line of the file is not a cue: the file, line and what is wrong
   */
  static SpaceCues load(Path terms, Graph reference) {
    List<String> lines;
    try {
      lines = Files.readAllLines(terms, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the relevance cues in " + terms, e);
    }
    List<String> maskList = new ArrayList<>();
    List<Cue> cueList = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank()) {
        throw new InputException(
            terms.toString(), i + 1, 1, "a cue is PATTERN<TAB>WEIGHT<TAB>NOTE", null);
      }
      try {
        if (Pattern.compile(cols[0]).matcher("").groupCount() > 0) {
          // The cues are compiled into one pattern, a group each: a group of its own would
          // shift every cue after it.
          throw new InputException(
              terms.toString(), i + 1, 1, "use (?:…), not (…): a cue has no capturing group", null);
        }
      } catch (PatternSyntaxException e) {
        throw new InputException(
            terms.toString(), i + 1, 1, "not a regular expression: " + e.getDescription(), e);
      }
      if (cols[1].strip().equals("mask")) {
        maskList.add(cols[0]);
        continue;
      }
      try {
        cueList.add(new Cue(cols[0], Double.parseDouble(cols[1].strip()), cueList.size(), ""));
      } catch (NumberFormatException e) {
        throw new InputException(
            terms.toString(),
            i + 1,
            cols[0].length() + 2,
            "the weight must be a number or 'mask', not '" + cols[1] + "'",
            e);
      }
    }
    int key = cueList.size();
    for (Map.Entry<String, List<String>> thing : referenceNames(reference).entrySet()) {
      for (String name : thing.getValue()) {
        cueList.add(new Cue("(?-i)" + Pattern.quote(name), NAME_WEIGHT, key, thing.getKey()));
      }
      key++;
    }
    StringBuilder all = new StringBuilder();
    for (Cue cue : cueList) {
      all.append(all.length() == 0 ? "" : "|").append("\\b(").append(cue.pattern()).append(")\\b");
    }
    String maskPattern =
        maskList.isEmpty()
            ? "(?!)"
            : String.join("|", maskList.stream().map(m -> "\\b(?:" + m + ")\\b").toList());
    return new SpaceCues(
        Pattern.compile(maskPattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        Pattern.compile(all.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        List.copyOf(cueList));
  }

  /** The cues in {@code text}, masked phrases left out, in order. */
  List<Hit> find(String text) {
    String masked = mask(text);
    List<Hit> hits = new ArrayList<>();
    Matcher m = cues.matcher(masked);
    while (m.find()) {
      for (int g = 1; g <= list.size(); g++) {
        if (m.start(g) >= 0) {
          Cue cue = list.get(g - 1);
          String shown = cue.name().isEmpty() ? m.group(g).toLowerCase(Locale.ROOT) : cue.name();
          hits.add(new Hit(cue.key(), shown, cue.weight(), m.start(), m.end()));
          break;
        }
      }
    }
    return hits;
  }

  /** {@code text} with the masked phrases blanked out. */
  String mask(String text) {
    Matcher m = masks.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }

  /**
   * The names of the space things of the reference data, by the thing's label: its labels and its
   * acronyms of four letters or more (shorter ones mean other things too: ESA, CSA).
   */
  private static Map<String, List<String>> referenceNames(Graph reference) {
    Map<String, List<String>> names = new TreeMap<>();
    Node type = RDF.type.asNode();
    for (Node cls : SPACE_CLASSES) {
      reference
          .find(Node.ANY, type, cls)
          .forEachRemaining(
              t -> {
                List<String> labels = strings(reference, t.getSubject(), RDFS.label.asNode());
                if (labels.isEmpty()) {
                  return;
                }
                List<String> all = new ArrayList<>(labels);
                strings(reference, t.getSubject(), SPKG.acronym.asNode()).stream()
                    .filter(a -> a.length() >= 4)
                    .forEach(all::add);
                // Longest first, so "Lunar Gateway" wins over "Gateway".
                all.sort(Comparator.comparing(String::length).reversed());
                names.merge(labels.get(0), all, (a, b) -> a);
              });
    }
    return names;
  }

  private static List<String> strings(Graph graph, Node subject, Node property) {
    List<String> values = new ArrayList<>();
    graph
        .find(subject, property, Node.ANY)
        .forEachRemaining(t -> values.add(t.getObject().getLiteralLexicalForm().strip()));
    values.sort(Comparator.naturalOrder());
    return values;
  }
}
