package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who leads an initiative and who belongs to a partnership:
 *
 * <ul>
 *   <li>{@code initiative-lead}: the actors that open an initiative's first sentence ("The State
 *       Department and NASA will …") lead it;
 *   <li>{@code participation-verb}: "X, Y and Z (also) participate in / joined / are members of P";
 *   <li>{@code adding-members}: "… in P, including adding X, Y and Z earlier this month";
 *   <li>{@code under-auspices}: "X, Y and Z, under the auspices of … P";
 *   <li>{@code signed-by}: "P has been signed by X and Y".
 * </ul>
 */
final class MembershipRules {

  private static final Pattern OPENING = Pattern.compile("^(?:The\\s+|the\\s+)?");
  private static final Pattern AFTER_LIST =
      Pattern.compile("^(?:,|\\s+(?:also\\s+|now\\s+|jointly\\s+)?[a-z])");
  private static final Pattern PARTICIPATE =
      Pattern.compile(
          "\\b(?:also |now )?(participate|participates|participating|are members of|is a member of"
              + "|joined|have joined|has joined|will join|will also join|will become (?:a )?members?(?: of)?"
              + "|became (?:a )?members?(?: of)?)\\b(?: in)?");
  private static final Pattern ADDING =
      Pattern.compile("\\b(adding|welcoming|with the addition of) ");
  private static final Pattern AUSPICES = Pattern.compile("\\b[Uu]nder the auspices of\\b");
  private static final Pattern SIGNED_BY = Pattern.compile("\\bsigned by\\b");
  private static final Pattern SIGNED =
      Pattern.compile("\\b(?:signed|acceded to|ratified)\\b(?! by)");
  private static final Pattern JOINING = Pattern.compile("\\G[^.]*?\\bjoining ");
  private static final Pattern INCLUDING = Pattern.compile("\\G[^.]*?\\bincluding ");

  private MembershipRules() {}

  static void apply(Sentence s, Extraction x) {
    initiativeLead(s, x);
    participationVerb(s, x);
    addingMembers(s, x);
    underAuspices(s, x);
    signedBy(s, x);
  }

  /** The first body sentence of a bold-led item that opens with actors names who lead it. */
  static void initiativeLead(Sentence s, Extraction x) {
    Optional<Node> initiative = x.initiativeOf(s);
    if (initiative.isEmpty()
        || s.unit.isTitle()
        || x.out.graph().contains(initiative.get(), SPKG.ledBy.asNode(), Node.ANY)) {
      return;
    }
    Matcher open = OPENING.matcher(s.text());
    open.lookingAt();
    List<Gazetteer.Mention> leads = s.actorsStartingAt(open.end());
    if (leads.isEmpty() || leads.get(0).start() != open.end()) {
      // After an introductory phrase: "Under the auspices of P, X, Y and Z are …".
      int comma = s.text().indexOf(", ");
      boolean dated = comma >= 0 && s.timeIn(0, comma).isPresent();
      // "Experts from the A, B and C will …": a list that starts before the comma is no
      // introductory phrase; its actors take part, they do not lead.
      boolean listed =
          comma >= 0 && s.mentions.stream().anyMatch(m -> m.end() <= comma && s.isActor(m));
      leads = comma < 0 || dated || listed ? List.of() : s.actorsStartingAt(comma + 2);
      if (leads.isEmpty()
          || !s.text().substring(comma + 2, leads.get(0).start()).matches("(?:the )?")) {
        return;
      }
    }
    int end = leads.get(leads.size() - 1).end();
    if (!AFTER_LIST.matcher(s.text().substring(end)).lookingAt()) {
      return;
    }
    Node ev = x.evidence(s, Rule.INITIATIVE_LEAD);
    for (Gazetteer.Mention m : leads) {
      if (x.known.isA(m.iri(), SPKG.Person)) {
        continue;
      }
      x.out.add(initiative.get(), SPKG.ledBy, FactWriter.uri(m.iri()));
      x.out.participation(
          initiative.get().getURI(), m.iri(), "lead", Optional.empty(), Optional.empty(), ev);
    }
  }

  static void participationVerb(Sentence s, Extraction x) {
    Matcher m = PARTICIPATE.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> who = s.actorsEndingAt(m.start());
      Optional<String> target =
          s.firstThing(m.end(), s.text().length())
              .map(Gazetteer.Mention::iri)
              .or(() -> x.focusOf(s));
      if (who.isEmpty() || target.isEmpty()) {
        continue;
      }
      boolean joining = m.group(1).contains("join") || m.group(1).contains("bec");
      Optional<TimeExpressions.TimeValue> since =
          joining ? s.timeIn(m.end(), s.text().length()) : Optional.empty();
      member(s, x, who, target.get(), since, Rule.PARTICIPATION_VERB);
    }
  }

  static void addingMembers(Sentence s, Extraction x) {
    Matcher m = ADDING.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> who = s.actorsStartingAt(m.end());
      Optional<String> target =
          s.lastThingBefore(m.start()).map(Gazetteer.Mention::iri).or(() -> x.focusOf(s));
      if (who.isEmpty() || target.isEmpty()) {
        continue;
      }
      int after = who.get(who.size() - 1).end();
      Optional<TimeExpressions.TimeValue> since = s.timeIn(after, s.text().length());
      member(s, x, who, target.get(), since, Rule.ADDING_MEMBERS);
    }
  }

  static void underAuspices(Sentence s, Extraction x) {
    Matcher m = AUSPICES.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Optional<Gazetteer.Mention> target = s.firstThing(m.end(), s.text().length());
    if (target.isEmpty()) {
      return;
    }
    List<Gazetteer.Mention> who = s.actorsEndingAt(m.start());
    if (who.isEmpty()) {
      String rest = s.text().substring(target.get().end());
      int skip = rest.length() - rest.replaceFirst("^\\)?\\s*,\\s*", "").length();
      who = s.actorsStartingAt(target.get().end() + skip);
    }
    member(s, x, who, target.get().iri(), Optional.empty(), Rule.UNDER_AUSPICES);
  }

  static void signedBy(Sentence s, Extraction x) {
    Matcher active = SIGNED.matcher(s.text());
    if (active.find()) {
      List<Gazetteer.Mention> signers = new java.util.ArrayList<>(s.actorsEndingAt(active.start()));
      Optional<Gazetteer.Mention> thing = s.firstThing(active.end(), s.text().length());
      if (!signers.isEmpty() && thing.isPresent()) {
        Matcher joining = JOINING.matcher(s.text());
        if (joining.find(thing.get().end())) {
          signers.addAll(s.actorsStartingAt(joining.end()));
        }
        Node ev = x.evidence(s, Rule.SIGNED_BY);
        for (Gazetteer.Mention a : signers) {
          x.out.participation(
              thing.get().iri(), a.iri(), "signatory", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
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

  private static void member(
      Sentence s,
      Extraction x,
      List<Gazetteer.Mention> who,
      String target,
      Optional<TimeExpressions.TimeValue> since,
      Rule rule) {
    if (who.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, rule);
    for (Gazetteer.Mention a : who) {
      if (!a.iri().equals(target)) {
        x.out.participation(target, a.iri(), "member", since, Optional.empty(), ev);
      }
    }
  }
}
