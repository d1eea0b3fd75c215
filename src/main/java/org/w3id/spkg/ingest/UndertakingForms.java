package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undertakings read from forms other than a subject and a cue: "They welcomed the decision of NASA
 * and ISRO to develop …", and a list item that opens with a gerund under the parties' lead-in
 * ("Launching …"). Part of {@link CommitmentRules}.
 */
final class UndertakingForms {

  /**
   * "the decision of NASA and ISRO to develop …", "the announcement by NASA to provide …": a plan
   * of the actors named.
   */
  private static final Pattern DECISION_OF =
      Pattern.compile(
          "\\b(?:decision|announcement|plans?|intention|intent|commitment|pledge|offer)"
              + " (?:of|by) (?:the )?");

  /**
   * "India’s decision to join …", "the UAE Space Agency’s announcement of the Emirates Mission …":
   * a plan of the actor whose decision it is (the clause starts after "to" or "of"); not when the
   * decision opens the sentence ("The United States’ decision to … reflects …": what it shows).
   */
  private static final Pattern POSSESSIVE_DECISION =
      Pattern.compile(
          "(?:’s|'s|’|') (?:decision|announcement|plans?|intention|intent|offer) (?:to|of) ");

  /** A list item that starts with what its lead-in's actors do: "Strengthening cooperation …". */
  private static final Pattern GERUND_ITEM = Pattern.compile("^(\\p{Lu}\\p{Ll}+ing)\\s");

  /** Gerunds that report or acknowledge rather than undertake. */
  private static final Pattern REPORTING_GERUND =
      Pattern.compile(
          "Welcoming|Celebrating|Noting|Applauding|Recognizing|Recognising|Commending"
              + "|Acknowledging|Highlighting|Congratulating|Hailing|Appreciating|Underscoring"
              + "|Reaffirming|Reiterating|Emphasizing|Building|Including|During|Following"
              + "|According|Regarding|Concerning|Bring|Thing|Spring|String|Morning|Evening");

  private UndertakingForms() {}

  /** "They welcomed the decision of NASA and ISRO to develop a framework …". */
  static List<Undertaking> decisionOf(Sentence s, Extraction x) {
    List<Undertaking> out = new ArrayList<>();
    Matcher m = DECISION_OF.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> actors = s.actorsStartingAt(m.end());
      if (actors.isEmpty()) {
        continue;
      }
      int after = actors.get(actors.size() - 1).end();
      if (!s.text().startsWith(" to ", after)) {
        continue;
      }
      List<String> issuers = actors.stream().map(Gazetteer.Mention::iri).toList();
      String kind =
          m.group().startsWith("commitment") || m.group().startsWith("pledge") ? "pledge" : "plan";
      out.add(new Undertaking(issuers, kind, m.start(), after + 4, Rule.UNDERTAKING, false));
    }
    Matcher p = POSSESSIVE_DECISION.matcher(s.text());
    while (p.find()) {
      int end = p.start();
      s.mentions.stream()
          .filter(
              a ->
                  a.end() == end
                      && s.isActor(a)
                      && !s.text().substring(0, a.start()).matches("(?:The |the )?"))
          .findFirst()
          .ifPresent(
              a ->
                  out.add(
                      new Undertaking(
                          List.of(a.iri()), "plan", a.start(), p.end(), Rule.UNDERTAKING, false)));
    }
    return out;
  }

  /**
   * A list item (not bold-led) that opens with a gerund, under a lead-in of the document's parties
   * ("the United States and India are launching new initiatives in the following domains:"): what
   * the parties undertake, unless the gerund reports ("Welcoming …").
   */
  static Optional<Undertaking> gerundItem(Sentence s, Extraction x) {
    ParsedDocument.Block b = s.unit.block();
    if (b.kind() != ParsedDocument.Kind.LIST_ITEM || b.isBoldLed() || s.unit.index() != 0) {
      return Optional.empty();
    }
    Matcher m = GERUND_ITEM.matcher(s.text());
    if (!m.find() || REPORTING_GERUND.matcher(m.group(1)).matches() || x.parties().size() < 2) {
      return Optional.empty();
    }
    String kind = x.announcesCommitments ? "pledge" : "plan";
    return Optional.of(new Undertaking(x.parties(), kind, 0, 0, Rule.UNDERTAKING, false));
  }
}
