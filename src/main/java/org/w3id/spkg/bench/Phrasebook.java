package org.w3id.spkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.spkg.SpkgException;

/**
 * The words and sentence templates the generator draws from, read from the text files of this
 * package's resources ({@code /org/w3id/spkg/bench/*.txt}): one entry a line, {@code #} lines and
 * blank lines ignored; {@code templates.txt} is grouped by {@code [kind]}.
 */
record Phrasebook(
    List<String> qualifiers,
    List<String> domains,
    List<String> functions,
    List<String> heads,
    List<String> avoidedAcronyms,
    List<String> givenNames,
    List<String> surnames,
    List<String> gerunds,
    List<String> topics,
    List<String> purposes,
    List<String> components,
    List<String> payloadKinds,
    List<String> directives,
    List<String> reportTitles,
    List<String> sectionHeadings,
    List<String> subsectionHeadings,
    List<String> definiteNations,
    List<String> definiteRegions,
    List<String> ordinals,
    List<String> numberWords,
    List<String> smallNumbers,
    Map<String, List<String>> timePhrases,
    Map<String, List<String>> templates) {

  private static final String FOLDER = "/org/w3id/spkg/bench/";

  Phrasebook {
    timePhrases = Map.copyOf(timePhrases);
    templates = Map.copyOf(templates);
  }

  /** Reads every list from the classpath. */
  static Phrasebook load() {
    return new Phrasebook(
        lines("qualifiers.txt"),
        lines("domains.txt"),
        lines("functions.txt"),
        lines("heads.txt"),
        lines("avoided-acronyms.txt"),
        lines("given-names.txt"),
        lines("surnames.txt"),
        lines("gerunds.txt"),
        lines("topics.txt"),
        lines("purposes.txt"),
        lines("components.txt"),
        lines("payload-kinds.txt"),
        lines("directives.txt"),
        lines("report-titles.txt"),
        lines("section-headings.txt"),
        lines("subsection-headings.txt"),
        lines("definite-nations.txt"),
        lines("definite-regions.txt"),
        lines("ordinals.txt"),
        lines("number-words.txt"),
        lines("small-numbers.txt"),
        sections("time-phrases.txt"),
        sections("templates.txt"));
  }

  /** The templates of one kind. */
  List<String> templates(String kind) {
    return required(templates, kind, "templates.txt");
  }

  /** The time phrases of one kind: past-rel, past-date, future-rel, future-date. */
  List<String> timePhrases(String kind) {
    return required(timePhrases, kind, "time-phrases.txt");
  }

  private static List<String> required(Map<String, List<String>> map, String kind, String file) {
    List<String> found = map.get(kind);
    if (found == null || found.isEmpty()) {
      throw new SpkgException(file + " has no [" + kind + "] entries; the generator needs them");
    }
    return found;
  }

  /** The entries of a list file, in file order. */
  static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = open(name)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FOLDER + name, e);
    }
    if (lines.isEmpty()) {
      throw new SpkgException(FOLDER + name + " has no entries; the generator needs some");
    }
    return List.copyOf(lines);
  }

  /** The entries of a file grouped by {@code [kind]} lines, in file order. */
  static Map<String, List<String>> sections(String name) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String entry : lines(name)) {
      if (entry.startsWith("[") && entry.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(entry.substring(1, entry.length() - 1), current);
      } else if (current == null) {
        throw new SpkgException(FOLDER + name + ": '" + entry + "' stands before any [kind] line");
      } else {
        current.add(entry);
      }
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    sections.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
    return copy;
  }

  private static BufferedReader open(String name) {
    InputStream in = Phrasebook.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new SpkgException(
          "The word list "
              + FOLDER
              + name
              + " is not on the classpath; rebuild with 'mvn package'");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
