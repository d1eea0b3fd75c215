package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code signed-by}: "P has been signed by X and Y"; "X and Y signed a historic implementing
 * arrangement" in an item about an arrangement; "X's signing of P". Run from {@link
 * MembershipRules}.
 */
final class SigningRules {

  private static final Pattern SIGNED_BY = Pattern.compile("\\bsigned by\\b");
  private static final Pattern SIGNED =
      Pattern.compile(
          "\\b(?:(?:has|have|had|also|formally|officially|now|today|jointly) )*"
              + "(?:signed|acceded to|ratified|(?:intend|intends|plan|plans|agreed|will|are set|is set) to sign|will sign"
              + "|(?:are|were|is|was|became|become) (?:(?:the |an? )?(?:original|founding|first|early) )?signator(?:y|ies) (?:of|to)"
              + "|(?:is|was|became|become|becomes) the (?:\\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))"
              + " (?:nation |country )?(?:to sign|signatory (?:of|to)))\\b(?! by)");
  private static final Pattern SIGNING_OF =
      Pattern.compile(
          "(?:'s|\u2019s) (?:signing of|signature of|accession to|ratification of|joining) (?:the )?");
  private static final Pattern JOINING = Pattern.compile("\\G[^.]*?\\bjoining ");
  private static final Pattern INCLUDING = Pattern.compile("\\G[^.]*?\\bincluding ");

  /**
   * Between "signed" and the name signed: an article, at most two modifiers, no preposition ("on to
   * the Artemis Accords", "a historic Open Skies Agreement", "its first").
   */
  private static final Pattern SIGNED_OBJECT =
      Pattern.compile(
          "\\s*(?:on to |onto |on )?(?:(?:the|an?|its|their|this|his|her|our) )?"
              + "(?:(?!(?:of|with|to|for|on|in|by|at|and)\\b)(?:[a-z][a-z-]*+|\\d{4}) ){0,2}");

  private SigningRules() {}

  static void signedBy(Sentence s, Extraction x) {
    Matcher active = SIGNED.matcher(s.text());
    if (active.find()) {
      List<String> signers = new java.util.ArrayList<>();
      s.actorsEndingAt(active.start()).forEach(a -> signers.add(a.iri()));
      if (signers.isEmpty()) {
        signers.addAll(x.partiesBefore(s, active.start())); // "we signed …"
      }
      // A president who signs an order or a law issues it; he is no party to it.
      Optional<Gazetteer.Mention> thing =
          s.firstThing(active.end(), s.text().length())
              .filter(t -> !x.known.isA(t.iri(), SPKG.Policy))
              // The verb's object, not a name further on: "signed a MOU with … in the Pacific
              // Islands", "will sign an extension of the … Program" signed something else.
              .filter(
                  t ->
                      SIGNED_OBJECT.matcher(s.text().substring(active.end(), t.start())).matches());
      Optional<String> described =
          thing.isEmpty() ? x.describedFocus(s, active.end()) : Optional.empty();
      if (!signers.isEmpty() && described.isPresent()) {
        // "The United States and Japan signed a historic implementing arrangement" under an item
        // about the Lunar Surface Exploration Implementing Arrangement.
        Node ev = x.evidence(s, Rule.SIGNED_BY);
        for (String a : signers) {
          x.out.participation(
              described.get(), a, "signatory", Optional.empty(), Optional.empty(), ev);
        }
      }
      if (!signers.isEmpty() && thing.isPresent()) {
        Matcher joining = JOINING.matcher(s.text());
        if (joining.find(thing.get().end())) {
          s.actorsStartingAt(joining.end()).forEach(a -> signers.add(a.iri()));
        }
        Node ev = x.evidence(s, Rule.SIGNED_BY);
        for (String a : signers) {
          x.out.participation(
              thing.get().iri(), a, "signatory", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
    possessiveSigning(s, x);
    Matcher m = SIGNED_BY.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Matcher including = INCLUDING.matcher(s.text());
    int listStart = including.find(m.end()) ? including.end() : m.end() + 1;
    List<Gazetteer.Mention> who = s.actorsStartingAt(listStart);
    Optional<Gazetteer.Mention> target = s.lastThingBefore(m.start());
    if (who.isEmpty() || target.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, Rule.SIGNED_BY);
    for (Gazetteer.Mention a : who) {
      x.out.participation(
          target.get().iri(),
          a.iri(),
          "signatory",
          s.timeIn(0, s.text().length()),
          Optional.empty(),
          ev);
    }
  }

  /** "India's signing of the Artemis Accords": the actor before the possessive signed. */
  static void possessiveSigning(Sentence s, Extraction x) {
    Matcher m = SIGNING_OF.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      Optional<Gazetteer.Mention> signer =
          s.mentions.stream().filter(a -> a.end() == at && s.isActor(a)).findFirst();
      Optional<Gazetteer.Mention> thing =
          s.firstThing(m.end(), s.text().length()).filter(t -> t.start() == m.end());
      if (signer.isPresent() && thing.isPresent()) {
        x.out.participation(
            thing.get().iri(),
            signer.get().iri(),
            "signatory",
            Optional.empty(),
            Optional.empty(),
            x.evidence(s, Rule.SIGNED_BY));
      }
    }
  }
}
