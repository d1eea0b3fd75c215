package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * Finds the entities a sentence mentions: the gazetteer's names, plus what a list of names cannot
 * hold — "the Departments of State and Commerce", "the Italian space agency", people by name,
 * surname or title ("the Vice President") and "she"/"he" for the last person named.
 */
final class MentionFinder {

  private static final Pattern DEPARTMENTS =
      Pattern.compile(
          "\\bDepartments of ((?:the )?[A-Z][a-z]+(?:, (?:the )?[A-Z][a-z]+)*),? and ((?:the )?[A-Z][a-z]+)");
  private static final Pattern SPACE_AGENCY =
      Pattern.compile("^ space agency\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEFINITE =
      Pattern.compile(
          "\\b[Tt]he (Accords|Alliance|Coalition|Partnership|Initiative|Observatory|Mission|Program|System|Survey|Network)\\b");
  private static final Pattern ARTICLE = Pattern.compile("[Tt]he\\s+");
  private static final int LONGEST_NAME = 200;
  private static final Pattern PRONOUN = Pattern.compile("\\b(she|he|She|He)\\b");

  private final Gazetteer gazetteer;
  private final KnownEntities known;
  private final List<NewEntity> people;
  private final List<Pattern> personPatterns;

  MentionFinder(Gazetteer gazetteer, KnownEntities known, List<NewEntity> people) {
    this.gazetteer = gazetteer;
    this.known = known;
    this.people = people;
    this.personPatterns = people.stream().map(MentionFinder::personPattern).toList();
  }

  /**
   * The mentions of {@code text}, in order, not overlapping. {@code lastPerson} resolves pronouns;
   * {@code recent} (things mentioned so far, latest last) resolves "the Accords", "the Coalition".
   */
  List<Gazetteer.Mention> find(String text, String lastPerson, List<String> recent) {
    List<Gazetteer.Mention> found = new ArrayList<>();
    Matcher the = DEFINITE.matcher(text);
    while (the.find()) {
      String head = the.group(1).toLowerCase(java.util.Locale.ROOT);
      for (int i = recent.size() - 1; i >= 0; i--) {
        if (known.label(recent.get(i)).toLowerCase(java.util.Locale.ROOT).endsWith(" " + head)) {
          found.add(
              new Gazetteer.Mention(
                  recent.get(i), Gazetteer.Form.NAME, the.start(), the.end(), the.group()));
          break;
        }
      }
    }
    persons(text, found);
    departments(text, found);
    for (Gazetteer.Mention m : gazetteer.find(text)) {
      found.add(spaceAgency(text, m).orElse(m));
      longerAfterArticle(text, m).ifPresent(found::add);
    }
    if (lastPerson != null) {
      Matcher p = PRONOUN.matcher(text);
      while (p.find()) {
        found.add(
            new Gazetteer.Mention(lastPerson, Gazetteer.Form.NAME, p.start(), p.end(), p.group()));
      }
    }
    return mergeAcronyms(text, resolveOverlaps(found));
  }

  /** "National Science Foundation (NSF)" is one mention, not two. */
  private static List<Gazetteer.Mention> mergeAcronyms(
      String text, List<Gazetteer.Mention> mentions) {
    List<Gazetteer.Mention> result = new ArrayList<>();
    for (Gazetteer.Mention m : mentions) {
      if (!result.isEmpty()) {
        Gazetteer.Mention prev = result.get(result.size() - 1);
        String gap = text.substring(prev.end(), m.start());
        boolean closes = m.end() < text.length() && text.charAt(m.end()) == ')';
        if (prev.iri().equals(m.iri()) && gap.matches("\\s*\\(\\s*") && closes) {
          result.set(
              result.size() - 1,
              new Gazetteer.Mention(
                  prev.iri(),
                  prev.form(),
                  prev.start(),
                  m.end() + 1,
                  text.substring(prev.start(), m.end() + 1)));
          continue;
        }
      }
      result.add(m);
    }
    return result;
  }

  private void persons(String text, List<Gazetteer.Mention> found) {
    for (int i = 0; i < people.size(); i++) {
      Matcher m = personPatterns.get(i).matcher(text);
      while (m.find()) {
        if (m.start() > 0 && text.charAt(m.start() - 1) == '-') {
          continue;
        }
        found.add(
            new Gazetteer.Mention(
                people.get(i).iri(), Gazetteer.Form.NAME, m.start(), m.end(), m.group()));
      }
    }
  }

  /** A person by title and name, name, surname, or title alone ("the Vice President"). */
  private static Pattern personPattern(NewEntity person) {
    String name = person.label();
    String title = Pattern.quote(person.title().orElse(""));
    List<String> forms = new ArrayList<>(PersonNames.shortForms(name));
    forms.sort(Comparator.comparingInt(String::length).reversed());
    forms.add(0, name);
    String names = String.join("|", forms.stream().map(Pattern::quote).toList());
    return Pattern.compile(
        "(?:\\b"
            + title
            + " )?\\b(?:"
            + names
            + ")(?![\\p{L}\\p{N}-–])|\\b(?:the |The )?"
            + title
            + "\\b(?! of)");
  }

  private void departments(String text, List<Gazetteer.Mention> found) {
    Matcher m = DEPARTMENTS.matcher(text);
    while (m.find()) {
      List<int[]> spans = new ArrayList<>();
      Matcher word = Pattern.compile("(?:the )?[A-Z][a-z]+").matcher(text);
      word.region(m.start(1), m.end(2));
      while (word.find()) {
        spans.add(new int[] {word.start(), word.end()});
      }
      for (int i = 0; i < spans.size(); i++) {
        int[] span = spans.get(i);
        String department = "Department of " + text.substring(span[0], span[1]);
        List<Gazetteer.Mention> hit = gazetteer.find(department);
        if (hit.size() == 1 && hit.get(0).end() == department.length()) {
          // The first department's mention takes in "Departments of", so that the list reads as a
          // list of names: "NASA and the Departments of Commerce and Defense".
          int start = i == 0 ? m.start() : span[0];
          found.add(
              new Gazetteer.Mention(
                  hit.get(0).iri(), Gazetteer.Form.NAME, start, span[1], department));
        }
      }
    }
  }

  /**
   * A name that starts inside a name led by an article: in "The Netherlands Space Office" the
   * gazetteer, reading left to right, finds "The Netherlands" and not the longer name after "The".
   */
  private Optional<Gazetteer.Mention> longerAfterArticle(String text, Gazetteer.Mention m) {
    Matcher article = ARTICLE.matcher(m.text());
    if (!article.lookingAt()) {
      return Optional.empty();
    }
    int from = m.start() + article.end();
    int to = Math.min(text.length(), from + LONGEST_NAME);
    return gazetteer.find(text.substring(from, to)).stream()
        .findFirst()
        .filter(n -> n.start() == 0 && from + n.end() > m.end())
        .map(
            n ->
                new Gazetteer.Mention(
                    n.iri(), n.form(), from, from + n.end(), text.substring(from, from + n.end())));
  }

  /** "Italian space agency": the space agency of the nation the adjective names, if just one. */
  private Optional<Gazetteer.Mention> spaceAgency(String text, Gazetteer.Mention m) {
    if (m.form() != Gazetteer.Form.ADJECTIVE
        || !SPACE_AGENCY.matcher(text.substring(m.end())).lookingAt()) {
      return Optional.empty();
    }
    List<String> agencies = known.ofTypeInNation(SPKG.SpaceAgency, m.iri());
    if (agencies.size() != 1) {
      return Optional.empty();
    }
    int end = m.end() + " space agency".length();
    return Optional.of(
        new Gazetteer.Mention(
            agencies.get(0), Gazetteer.Form.NAME, m.start(), end, text.substring(m.start(), end)));
  }

  /**
   * Of overlapping mentions the longest wins, then the first: "the Arctic Ice Radar Mission" is the
   * mission, not "the Arctic".
   */
  private static List<Gazetteer.Mention> resolveOverlaps(List<Gazetteer.Mention> found) {
    found.sort(
        Comparator.comparingInt((Gazetteer.Mention m) -> -(m.end() - m.start()))
            .thenComparingInt(Gazetteer.Mention::start)
            .thenComparing(Gazetteer.Mention::iri));
    // The mentions kept, by start: they never overlap, so only the neighbours of a new one can.
    java.util.TreeMap<Integer, Gazetteer.Mention> kept = new java.util.TreeMap<>();
    for (Gazetteer.Mention m : found) {
      var before = kept.floorEntry(m.start());
      var after = kept.ceilingEntry(m.start());
      boolean overlaps =
          before != null && before.getValue().end() > m.start()
              || after != null && after.getKey() < m.end();
      if (!overlaps && m.end() > m.start()) {
        kept.put(m.start(), m);
      }
    }
    return new ArrayList<>(kept.values());
  }
}
