package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who takes what role in a program, event or body. Runs the participation rules of a sentence in a
 * fixed order; what they share is in {@link Participations}. The rules live by the construction
 * they read: {@link PossessiveRules}, {@link PartnershipRules}, {@link CooperationOnRules} and
 * {@link FoundingRules}; {@code signed-by} for "We welcome the signing of P" lives here.
 */
final class ParticipationRules {

  private static final Pattern WELCOME_SIGNING =
      Pattern.compile(
          "\\b(?:welcome|welcomed|welcomes|celebrate|celebrated|applaud|applauded)\\s+the\\s+"
              + "(?:signing|signature|conclusion)\\s+of\\s+(?:(?:the|a|an)\\s+)?");

  private ParticipationRules() {}

  static void apply(Sentence s, Extraction x) {
    FoundingRules.hosts(s, x);
    FoundingRules.funds(s, x);
    FoundingRules.founders(s, x);
    FoundingRules.foundedBy(s, x);
    welcomedSigning(s, x);
    PossessiveRules.possessive(s, x);
    CooperationOnRules.cooperationOn(s, x);
    PossessiveRules.possessiveRole(s, x);
    PartnershipRules.compoundName(s, x);
    PartnershipRules.partnerWith(s, x);
    FoundingRules.ledBy(s, x);
    PossessiveRules.copularPossessive(s, x);
    PartnershipRules.partnershipBetween(s, x);
    PossessiveRules.jointPossessive(s, x);
    PossessiveRules.ownPronoun(s, x);
    PossessiveRules.possessiveAction(s, x);
  }

  /** "We welcome the signing of P", "the leaders celebrated the conclusion of P": they signed. */
  static void welcomedSigning(Sentence s, Extraction x) {
    Matcher m = WELCOME_SIGNING.matcher(s.text());
    while (m.find()) {
      List<String> who = x.partiesBefore(s, m.start());
      int at = m.end();
      Optional<Gazetteer.Mention> what =
          s.firstThing(at, s.text().length()).filter(t -> t.start() == at);
      if (!who.isEmpty() && what.isPresent()) {
        Participations.write(s, x, who, what.get().iri(), "signatory", Rule.SIGNED_BY);
      }
    }
  }
}
