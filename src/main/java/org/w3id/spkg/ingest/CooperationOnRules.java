package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who takes part in the undertaking a sentence names:
 *
 * <ul>
 *   <li>{@code cooperation-on}: "The United States and Japan plan to deepen cooperation on
 *       astronaut training": partners in what follows "on";
 *   <li>{@code generic-participant}: when no rule gave a role, the actors a statement's subject
 *       lists take part in the undertaking its first clause names (run by {@link
 *       InitiativeLeadRules} after every other rule).
 * </ul>
 */
final class CooperationOnRules {

  /** "(deepen) (bilateral) cooperation / collaboration on (a) …": what the parties work on. */
  private static final Pattern COOPERATION_ON =
      Pattern.compile(
          "\\b(?:(?:bilateral|trilateral|joint|close|closer|further|new|our|their|its)\\s+)*"
              + "(?:cooperation|collaboration|cooperate|collaborate) on (?:(?:a|an|the)\\s+)?"
              + "(?:(?:future|new|joint|potential)\\s+)?");

  /** What stands between the actors and the cooperation: auxiliaries and verbs of intent. */
  private static final Pattern COOPERATION_VERB =
      Pattern.compile(
          "(?:\\s+(?:is|are|will|also|now|jointly|plan to|plans to|intend to|intends to|continue to"
              + "|continues to|agreed to|commit to|aim to|seek to|announce|announced|deepen"
              + "|deepening|expand|expanding|strengthen|strengthening|enhance|enhancing|launch"
              + "|launched|welcome|welcomed|to|(?:their|its|our) intention to))*\\s*$");

  /** A word that ends the name of what the parties cooperate on. */
  private static final java.util.Set<String> PHRASE_END =
      java.util.Set.of(
          "to",
          "for",
          "while",
          "that",
          "which",
          "who",
          "in",
          "with",
          "through",
          "by",
          "under",
          "including",
          "as",
          "or",
          "between",
          "among",
          "at",
          "within",
          "across",
          "from",
          "is",
          "are",
          "will",
          "has",
          "have",
          "of",
          "on");

  private CooperationOnRules() {}

  /**
   * {@code cooperation-on}: "The United States and Japan plan to deepen cooperation on astronaut
   * training", "We also announce bilateral collaboration on a tracking constellation": the actors
   * before the phrase (or the parties of a joint statement for "we") are partners in what follows
   * "on": the program it names, else a node for the words up to the end of the phrase (two to eight
   * words, none a verb's "to" or a clause's comma).
   */
  static void cooperationOn(Sentence s, Extraction x) {
    Matcher m = COOPERATION_ON.matcher(s.text());
    while (m.find()) {
      String before = s.text().substring(0, m.start());
      Matcher verb = COOPERATION_VERB.matcher(before);
      int end = verb.find() ? verb.start() : m.start();
      List<String> who = Participations.iris(s.actorsEndingAt(end));
      if (who.isEmpty() || s.actorsEndingAt(end).get(who.size() - 1).end() != end) {
        who = x.partiesBefore(s, end);
      }
      if (who.size() < 2) {
        continue;
      }
      int at = Participations.afterOwner(s, m.end());
      Optional<String> owner = at == m.end() ? Optional.empty() : ownerAt(s, x, m.end());
      Optional<String> what =
          s.firstThing(at, s.text().length())
              .filter(t -> t.start() == at)
              .map(Gazetteer.Mention::iri);
      if (what.isEmpty()) {
        Optional<String> words = phrase(s.text(), at);
        what =
            words.map(
                p -> NamedUndertakings.unnamed(x, s, p, SPKG.Program, Rule.COOPERATION_ON, false));
        if (what.isPresent()) {
          // "the Next-generation Solar-observing Satellite, SOLAR-C, which …": its short name.
          Matcher short_ =
              APPOSED_NAME.matcher(s.text()).region(at + words.get().length(), s.text().length());
          if (short_.lookingAt()) {
            x.out.add(
                FactWriter.uri(what.get()),
                org.apache.jena.vocabulary.SKOS.altLabel,
                org.apache.jena.graph.NodeFactory.createLiteralLang(short_.group(1), "en"));
          }
        }
      }
      if (what.isPresent()) {
        Participations.write(s, x, who, what.get(), "partner", Rule.COOPERATION_ON);
        // "collaborate on JAXA's …": the agency or nation whose it is leads it.
        String thing = what.get();
        List<String> partners = who;
        owner
            .filter(o -> !partners.contains(o))
            .ifPresent(
                o -> Participations.write(s, x, List.of(o), thing, "lead", Rule.COOPERATION_ON));
      }
    }
  }

  /** A short name set off by commas after a name: ", SOLAR-C,". */
  private static final Pattern APPOSED_NAME =
      Pattern.compile(", (\\p{Lu}[\\p{Lu}\\p{N}-]{1,15})(?=[,;.])");

  /**
   * {@code generic-participant}: when no rule gave a role, a statement about space whose subject
   * lists two or more actors ("A, B and C will …") and whose first clause has an undertaking as its
   * object makes each a participant in it, with a low confidence. None is given when an actor of
   * the sentence already takes part in it: a rule read the sentence's verb.
   */
  static void genericParticipant(Sentence s, Extraction x) {
    if (s.unit.isTitle() || !x.statesSpace(s)) {
      return;
    }
    Optional<Gazetteer.Mention> first = s.mentions.stream().filter(s::isActor).findFirst();
    if (first.isEmpty()
        || !Participations.SUBJECT_POSITION
            .matcher(s.text().substring(0, first.get().start()))
            .matches()) {
      return;
    }
    List<Gazetteer.Mention> listed = s.actorsStartingAt(first.get().start());
    if (listed.size() < 2) {
      return;
    }
    int end = listed.get(listed.size() - 1).end();
    String span = s.text().substring(listed.get(0).end(), listed.get(1).start());
    if (!s.text().startsWith(" ", end) || span.contains("-") || span.contains("/")) {
      return; // a compound modifier ("U.S.-India cooperation"), not a subject
    }
    Optional<String> thing = Undertakings.objectAfter(s, end);
    if (thing.isEmpty() || COOPERATION_ON.matcher(s.text()).find()) {
      return;
    }
    Node t = FactWriter.uri(thing.get());
    List<String> who =
        listed.stream()
            .map(Gazetteer.Mention::iri)
            .filter(a -> !a.equals(thing.get()) && !x.known.isA(a, SPKG.Person))
            .distinct()
            .toList();
    boolean ruled =
        s.mentions.stream()
            .filter(s::isActor)
            .anyMatch(
                a -> x.out.graph().contains(t, SPKG.participant.asNode(), FactWriter.uri(a.iri())));
    if (who.size() >= 2 && !ruled) {
      Participations.write(s, x, who, thing.get(), "participant", Rule.GENERIC_PARTICIPANT);
    }
  }

  /** The agency or nation at {@code at}, the owner in "JAXA's …". */
  private static Optional<String> ownerAt(Sentence s, Extraction x, int at) {
    return s.mentions.stream()
        .filter(
            m ->
                m.start() == at
                    && (x.known.isA(m.iri(), SPKG.Agency)
                        || x.known.isA(m.iri(), SPKG.SpaceAgency)
                        || x.known.isA(m.iri(), SPKG.Country)))
        .map(Gazetteer.Mention::iri)
        .findFirst();
  }

  /** A verb after "and" in a phrase: "cooperation on X and expand Y" ends at "and". */
  private static final java.util.Set<String> VERBS =
      java.util.Set.of(
          "expand",
          "strengthen",
          "deepen",
          "promote",
          "support",
          "advance",
          "build",
          "develop",
          "work",
          "enhance",
          "explore",
          "launch",
          "share",
          "establish",
          "increase",
          "improve");

  /**
   * The words from {@code at} up to the first that ends a noun phrase ("to", "for", "while", a
   * comma), when they are two to eight words of letters: "astronaut training".
   */
  static Optional<String> phrase(String text, int at) {
    List<String> words = new ArrayList<>();
    int i = at;
    boolean ended = false;
    while (i < text.length() && words.size() <= 12) {
      int j = i;
      if (text.charAt(i) == '(') {
        j = text.indexOf(')', i);
        if (j < 0 || j - i > 12 || !text.substring(i + 1, j).matches("[\\p{Lu}\\p{N}-]+")) {
          break; // not an acronym in parentheses
        }
        j++;
      } else {
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
          j++;
        }
      }
      if (j == i) {
        ended = ",;.".indexOf(text.charAt(i)) >= 0;
        break;
      }
      String w = text.substring(i, j);
      if (PHRASE_END.contains(w)) {
        ended = true;
        break;
      }
      if (!Character.isLetter(w.charAt(0)) && w.charAt(0) != '(') {
        break;
      }
      if (!words.isEmpty() && words.get(words.size() - 1).equals("and") && VERBS.contains(w)) {
        words.remove(words.size() - 1);
        ended = true;
        break;
      }
      words.add(w);
      if (j >= text.length()) {
        ended = true;
        break;
      }
      if (text.charAt(j) != ' ') {
        ended = ",;.".indexOf(text.charAt(j)) >= 0;
        break;
      }
      i = j + 1;
    }
    if (!words.isEmpty() && words.get(0).endsWith("ing") && words.get(0).length() > 5) {
      return Optional.empty(); // an activity ("promoting …"), not a thing
    }
    if (!ended
        || words.size() < 2
        || words.size() > 12
        || words.get(words.size() - 1).equals("and")) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", words));
  }
}
