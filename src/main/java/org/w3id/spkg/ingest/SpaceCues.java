package org.w3id.spkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
 * agreements, systems). A text is scanned once: the names word by word, the other cues as one
 * alternation tried at each place with the cues that can start there ({@link CueScan}).
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

  /** The masked phrases ({@link #mask}). */
  private final CueScan masks;

  /** The cues that are regular expressions, in the order of {@link #patterned}. */
  private final CueScan cues;

  private final List<Cue> patterned;

  /**
   * The cues that are names of the reference data (literal and case-sensitive), by their first
   * word: looked up at each word of a text instead of tried as one more branch of {@link #cues} at
   * each character, which made the gate the most of ingest's time.
   */
  private final Map<String, List<Cue>> namesByFirstWord;

  /**
   * A cue: its pattern, its weight, its key, for a thing of the reference data its name (else
   * empty), the literal text it matches when it is a name (else null), and its rank: at one place
   * in a text the cue of lowest rank wins, as in one alternation of them all.
   */
  private record Cue(
      String pattern, double weight, int key, String name, String literal, int rank) {}

  private SpaceCues(
      CueScan masks, CueScan cues, List<Cue> patterned, Map<String, List<Cue>> namesByFirstWord) {
    this.masks = masks;
    this.cues = cues;
    this.patterned = patterned;
    this.namesByFirstWord = namesByFirstWord;
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
    List<Cue> patterned = new ArrayList<>();
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
        patterned.add(
            new Cue(
                cols[0],
                Double.parseDouble(cols[1].strip()),
                patterned.size(),
                "",
                null,
                patterned.size()));
      } catch (NumberFormatException e) {
        throw new InputException(
            terms.toString(),
            i + 1,
            cols[0].length() + 2,
            "the weight must be a number or 'mask', not '" + cols[1] + "'",
            e);
      }
    }
    int key = patterned.size();
    int rank = patterned.size();
    Map<String, List<Cue>> byFirstWord = new HashMap<>();
    for (Map.Entry<String, List<String>> thing : referenceNames(reference).entrySet()) {
      for (String name : thing.getValue()) {
        Cue cue =
            new Cue("(?-i)" + Pattern.quote(name), NAME_WEIGHT, key, thing.getKey(), name, rank++);
        if (CueScan.isWord(name.charAt(0))) {
          byFirstWord
              .computeIfAbsent(name.substring(0, wordEnd(name, 0)), w -> new ArrayList<>())
              .add(cue);
        } else {
          patterned.add(cue);
        }
      }
      key++;
    }
    return new SpaceCues(
        new CueScan(maskList, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        new CueScan(
            patterned.stream().map(Cue::pattern).toList(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        List.copyOf(patterned),
        Map.copyOf(byFirstWord));
  }

  /**
   * The cues in {@code text}, masked phrases left out, in order, not overlapping: left to right, at
   * each place the cue of lowest rank, as one alternation of all cues would find them.
   */
  List<Hit> find(String text) {
    String masked = mask(text);
    List<Hit> hits = new ArrayList<>();
    CueScan.Scan scan = cues.in(masked);
    int pos = 0;
    // The next cue the scan finds from pos, kept while it lies ahead: where it starts does not
    // depend on where the search began.
    CueScan.Found next = null;
    boolean known = false;
    while (pos <= masked.length()) {
      if (!known || (next != null && next.start() < pos)) {
        next = scan.next(pos);
        known = true;
      }
      Hit name = nameAtOrAfter(masked, pos, next == null ? Integer.MAX_VALUE : next.start());
      if (name != null) {
        hits.add(name);
        pos = name.end();
        continue;
      }
      if (next == null) {
        break;
      }
      Cue cue = patterned.get(next.cue());
      String shown = cue.name().isEmpty() ? next.text().toLowerCase(Locale.ROOT) : cue.name();
      hits.add(new Hit(cue.key(), shown, cue.weight(), next.start(), next.end()));
      pos = next.end() > next.start() ? next.end() : next.end() + 1;
      known = false;
    }
    return hits;
  }

  /**
   * The first name of the reference data in {@code text} starting at a word from {@code from} and
   * before {@code limit}, where a patterned cue starts: at the same place that cue wins, as every
   * cue of the vocabulary outranks every name.
   */
  private Hit nameAtOrAfter(String text, int from, int limit) {
    int i = from;
    while (i < text.length() && i < limit) {
      if (!CueScan.isWord(text.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      boolean wordStart = i == 0 || !CueScan.isWord(text.charAt(i - 1));
      List<Cue> candidates = wordStart ? namesByFirstWord.get(text.substring(i, end)) : null;
      if (candidates != null) {
        Cue best = null;
        for (Cue c : candidates) {
          if ((best == null || c.rank() < best.rank())
              && text.startsWith(c.literal(), i)
              && boundary(text, i + c.literal().length())) {
            best = c;
          }
        }
        if (best != null) {
          return new Hit(best.key(), best.name(), best.weight(), i, i + best.literal().length());
        }
      }
      i = end;
    }
    return null;
  }

  private static boolean boundary(String text, int at) {
    boolean before = at > 0 && CueScan.isWord(text.charAt(at - 1));
    boolean after = at < text.length() && CueScan.isWord(text.charAt(at));
    return before != after;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && CueScan.isWord(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code text} with the masked phrases blanked out. */
  String mask(String text) {
    CueScan.Scan scan = masks.in(text);
    CueScan.Found masked = scan.next(0);
    if (masked == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    while (masked != null) {
      for (int i = masked.start(); i < masked.end(); i++) {
        out.setCharAt(i, ' ');
      }
      int next = masked.end() > masked.start() ? masked.end() : masked.end() + 1;
      masked = next <= text.length() ? scan.next(next) : null;
    }
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
