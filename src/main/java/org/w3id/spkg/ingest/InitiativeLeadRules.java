package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code initiative-lead}: the actors that open an initiative's first sentence ("The State
 * Department and NASA will …") lead it. Runs after every other rule of the sentence.
 */
final class InitiativeLeadRules {

  private static final Pattern AFTER_LIST =
      Pattern.compile("^(?:,|\\s+(?:also\\s+|now\\s+|jointly\\s+)?[a-z])");
  private static final Pattern MODIFIER = Pattern.compile("\\S[-/]\\S");
  private static final Pattern REPORTING =
      Pattern.compile(
          "\\s+(?:also\\s+)?(?:announced|announce|are announcing|is announcing|said|noted|reported)\\s+that\\b");

  private static final Pattern DELEGATES =
      Pattern.compile(
          "(?:The\\s+)?(?:Experts|Officials|Representatives|Delegations|Delegates|Scientists"
              + "|Engineers|Teams|Staff|Leaders|Senior officials)\\s+(?:from|of)\\s+(?:the\\s+)?");
  private static final Pattern LIST_END =
      Pattern.compile(
          ",\\s+together with\\b|\\s+(?:will|shall|are|is|have|has|met|meet|plan|intend)\\s");
  private static final Pattern COORDINATED_WITH =
      Pattern.compile(
          "(?:\\s*\\([^()]{1,20}\\))?,\\s+(?:and\\s+)?in\\s+(?:coordination|consultation)\\s+with\\s+(?:the\\s+)?");
  private static final Pattern LIST_CLOSE = Pattern.compile(",\\s+(?!and\\b|the\\b|\\p{Lu})");

  /** A title naming money given: "Research Funding for …", "Grants to …", "Scholarships". */
  private static final Pattern FUNDING_TITLE =
      Pattern.compile("\\b(?:Funding|Grants?|Scholarships?|Fellowships?)\\b");

  private InitiativeLeadRules() {}

  /**
   * The first body sentence of a bold-led item that opens with actors names who lead it. The
   * participation is in the undertaking the sentence names after the actors (its object: "NASA is
   * expanding its efforts to promote Open Source Science"), else in the initiative when its title
   * is a name (not an action: "Expanding …"). One actor leads; several acting together are
   * partners; actors that only announced something about it take part in it.
   */
  static void initiativeLead(Sentence s, Extraction x) {
    openingActorsLead(s, x);
    CooperationOnRules.genericParticipant(s, x);
  }

  private static void openingActorsLead(Sentence s, Extraction x) {
    Optional<Node> initiative = x.initiativeOf(s);
    if (initiative.isEmpty()
        || s.unit.isTitle()
        || x.out.graph().contains(initiative.get(), SPKG.ledBy.asNode(), Node.ANY)) {
      return;
    }
    if (delegates(s, x)) {
      return;
    }
    Matcher open = Participations.OPENING.matcher(s.text());
    open.lookingAt();
    List<Gazetteer.Mention> leads = s.actorsStartingAt(open.end());
    if (leads.isEmpty() || leads.get(0).start() != open.end()) {
      // After an introductory phrase: "Under the auspices of P, X, Y and Z are …"; not after a
      // noun phrase naming actors ("Experts from X, Y and Z …").
      int comma = s.text().indexOf(", ");
      boolean dated = comma >= 0 && s.timeIn(0, comma).isPresent();
      // "Experts from the A, B and C will …": a list that starts before the comma is no
      // introductory phrase; its actors take part, they do not lead.
      boolean listed =
          comma >= 0 && s.mentions.stream().anyMatch(m -> m.end() <= comma && s.isActor(m));
      leads = comma < 0 || dated || listed ? List.of() : s.actorsStartingAt(comma + 2);
      if (leads.isEmpty()
          || !s.text().substring(comma + 2, leads.get(0).start()).matches("(?:the )?")
          || s.mentions.stream().anyMatch(m -> m.end() <= comma && s.isActor(m))) {
        return;
      }
    }
    int end = leads.get(leads.size() - 1).end();
    if (!AFTER_LIST.matcher(s.text().substring(end)).lookingAt()
        || MODIFIER.matcher(s.text().substring(leads.get(0).start(), end)).find()) {
      return; // not a subject: "U.S.-Norway collaboration enabled …"
    }
    List<Gazetteer.Mention> actors =
        leads.stream().filter(m -> !x.known.isA(m.iri(), SPKG.Person)).toList();
    for (Gazetteer.Mention m : actors) {
      x.out.add(initiative.get(), SPKG.ledBy, FactWriter.uri(m.iri()));
    }
    Optional<String> target =
        Undertakings.objectAfter(s, end)
            .or(() -> Undertakings.namedInitiative(s, x))
            .or(() -> Undertakings.actionTitleObject(s, x));
    if (target.isEmpty()) {
      return;
    }
    // An item whose title is funding ("Research Funding for …", "Grants for …") is paid for by
    // the actor that opens it: its funder.
    boolean funding =
        target.get().equals(initiative.get().getURI())
            && s.unit
                .block()
                .title()
                .map(t -> FUNDING_TITLE.matcher(t.text()).find())
                .orElse(false);
    String role =
        REPORTING.matcher(s.text()).region(end, s.text().length()).lookingAt()
            ? "participant"
            : funding ? "funder" : actors.size() > 1 ? "partner" : "lead";
    Node thing = FactWriter.uri(target.get());
    inCoordinationWith(s, x, end, target.get());
    for (Gazetteer.Mention m : actors) {
      // A rule that read the verb ("signed", "are partnering") gave the actor its role already.
      if (!x.out.graph().contains(thing, SPKG.participant.asNode(), FactWriter.uri(m.iri()))) {
        Node ev = x.evidence(s, Rule.INITIATIVE_LEAD);
        x.out.participation(target.get(), m.iri(), role, Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * {@code delegates}: an item's first sentence that opens with the people some actors send
   * ("Experts from the A, B and C, together with …, will establish …"): each actor the list names
   * before its verb takes part in the initiative its title names (participant); none leads it.
   */
  private static boolean delegates(Sentence s, Extraction x) {
    Matcher d = DELEGATES.matcher(s.text());
    if (!d.lookingAt()) {
      return false;
    }
    Matcher v = LIST_END.matcher(s.text());
    int end = v.find(d.end()) ? v.start() : s.text().length();
    List<String> who =
        s.mentions.stream()
            .filter(m -> m.start() >= d.end() && m.end() <= end && s.isActor(m))
            .map(Gazetteer.Mention::iri)
            .distinct()
            .toList();
    Optional<String> target = Undertakings.namedInitiative(s, x);
    if (who.isEmpty() || target.isEmpty()) {
      return !who.isEmpty();
    }
    Node ev = x.evidence(s, Rule.DELEGATES);
    for (String a : who) {
      x.out.participation(target.get(), a, "participant", Optional.empty(), Optional.empty(), ev);
    }
    return true;
  }

  /**
   * {@code in-coordination-with}: "X (XA), in coordination with A and B, will expand P": A and B
   * take part in the undertaking X's sentence names (participant); "in partnership with" is
   * cooperation-with's.
   */
  private static void inCoordinationWith(Sentence s, Extraction x, int end, String target) {
    Matcher w = COORDINATED_WITH.matcher(s.text());
    if (!w.region(end, s.text().length()).lookingAt()) {
      return;
    }
    Node ev = x.evidence(s, Rule.IN_COORDINATION_WITH);
    // The partners' list ends at the comma that closes the phrase ("…, is expanding").
    Matcher close = LIST_CLOSE.matcher(s.text());
    int to = close.find(w.end()) ? close.start() : -1;
    if (to < 0) {
      return;
    }
    int from = w.end();
    for (Gazetteer.Mention a :
        s.mentions.stream()
            .filter(m -> m.start() >= from && m.end() <= to && s.isActor(m))
            .toList()) {
      if (!a.iri().equals(target) && !x.known.isA(a.iri(), SPKG.Person)) {
        x.out.participation(target, a.iri(), "participant", Optional.empty(), Optional.empty(), ev);
      }
    }
  }
}
