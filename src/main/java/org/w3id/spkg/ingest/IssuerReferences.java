package org.w3id.spkg.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issues an undertaking when its subject refers to someone rather than naming them: the
 * document's parties ("we", "our two countries", "the leaders", "They"), a coalition named in plain
 * words ("The coalition"), a short name of an item's subject ("In May, Acme"), and a subject that
 * refers back ("The agencies", "The two companies"). Part of {@link CommitmentRules}.
 */
final class IssuerReferences {

  /** A reference to the document's parties, just before the cue. */
  static final Pattern PARTIES =
      Pattern.compile(
          "(?:^|[\\s,;:(—–-])(?:we|our (?:two |three |four )?(?:countries|nations|governments)"
              + "|both (?:countries|nations|sides|governments|leaders)"
              + "|the (?:two|three|four) (?:countries|nations|sides|governments|leaders)"
              + "|the leaders|the (?:[A-Z][\\w-]+ )?Administration|the (?:U\\.S\\.|United States)"
              + " Government)(?:,? also)?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A subject that refers back, alone before the cue (after an opening phrase: "In May, "): "The
   * agencies", "The thirty pledge signatories", "The Lab". Group {@code head}: its last word.
   */
  private static final Pattern ANAPHOR =
      Pattern.compile(
          "^(?:(?:In|On|By|Later|Next|This|Starting) [^,]{1,30},\\s+)?(?:The|These|Both|Each of the|(?<=, )the|(?<=, )these)"
              + "\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?(?<head>\\p{L}+)\\s*$");

  /** A subject that names the document's coalition by its head word: "The new coalition". */
  private static final Pattern THE_COLLECTIVE =
      Pattern.compile("(?:The|This) (?:new |newly formed )?(\\p{L}+)\\s*");

  /** The plural heads that stand for the actors that open the block: "The agencies", "Both". */
  private static final Pattern ACTORS_HEAD =
      Pattern.compile(
          "agencies|companies|partners|organi[sz]ations|signatories|institutions|countries|nations"
              + "|governments|universities|members|departments|participants|sides|two|three|four");

  /** A sentence that opens with "They" as the subject of the cue. */
  static final Pattern THEY = Pattern.compile("They(?: also| further| jointly)?\\s*");

  /** "“We" just before the cue. */
  static final Pattern WE_QUOTED = Pattern.compile("[“\"]\\s*[Ww]e\\s*$");

  /** "our commitment not to …": the document's parties (the speaker's country in remarks). */
  static final Pattern OUR = Pattern.compile("(?:^|\\s)our$", Pattern.CASE_INSENSITIVE);

  private IssuerReferences() {}

  /** The actor a subject that is an item's short name stands for ("In May, Acme"), or null. */
  static String shortSubject(Sentence s, Extraction x, String before) {
    Matcher named = Undertaking.SHORT_SUBJECT.matcher(before);
    return named.matches() ? x.itemName(s, named.group(1)) : null;
  }

  /**
   * Whether the words before a cue name the coalition the document named in plain words ({@link
   * CollectiveRules}): "The coalition" (its head word), or its name followed by "that" in the
   * sentence that names it, before "will" ("a new coalition of space companies that will focus on
   * …"; "a coalition of X that are working together to …" describes it).
   */
  static boolean collective(Extraction x, String before, boolean modal) {
    if (x.collective == null) {
      return false;
    }
    Matcher head = THE_COLLECTIVE.matcher(before);
    if (head.matches()) {
      return head.group(1).equals(x.collectiveHead);
    }
    String label = x.labelOf(x.collective);
    return modal && label != null && before.endsWith(" " + label + " that ");
  }

  /**
   * Who a subject that refers back stands for, in a later sentence of a block: "The agencies", "The
   * two companies" are the actors that open the block's first sentence; "The Lab" is the program or
   * partnership the block names first when its name ends with that word ("Executive HBCU Space
   * Lab").
   */
  static List<String> referredTo(Sentence s, Extraction x, int at) {
    ParsedDocument.Block b = s.unit.block();
    if (s.unit.index() <= (b.isBoldLed() ? 1 : 0)) {
      return List.of();
    }
    Matcher a = ANAPHOR.matcher(s.text().substring(0, at));
    if (!a.find() || s.mentions.stream().anyMatch(m -> m.start() < at)) {
      return List.of();
    }
    String head = a.group("head");
    if (ACTORS_HEAD.matcher(head).matches()) {
      return x.openers.getOrDefault(b.index(), List.of());
    }
    List<String> named = x.things.getOrDefault(b.index(), List.of());
    for (int i = named.size() - 1; i >= 0; i--) {
      String label = x.labelOf(named.get(i));
      if (label != null && Character.isUpperCase(head.charAt(0)) && label.endsWith(" " + head)) {
        return List.of(named.get(i));
      }
    }
    return List.of();
  }
}
