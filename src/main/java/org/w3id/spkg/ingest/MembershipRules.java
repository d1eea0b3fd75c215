package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who belongs to a partnership. Runs the membership rules of a sentence in a fixed order; the rules
 * that read a common construction live here:
 *
 * <ul>
 *   <li>{@code participation-verb}: "X, Y and Z (also) participate in / joined / are members of P";
 *       "… have joined P: X, Y and Z";
 *   <li>{@code adding-members}: "… in P, including adding X, Y and Z earlier this month";
 *   <li>{@code under-auspices}: "X, Y and Z, under the auspices of … P";
 *   <li>{@code members-include}: "Founding members of P include X and Y".
 * </ul>
 *
 * The others, by what they read: {@link CollectiveRules} (coalitions, composed-of), {@link
 * SigningRules}, {@link AsMembersRules}, {@link JointWorkRules} (work-through, negotiations,
 * participated-in), {@link MeetingRules} (convened meetings, held dialogues, joined-by) and {@link
 * InitiativeLeadRules}, which runs after every other rule of the sentence.
 */
final class MembershipRules {

  private static final Pattern PARTICIPATE =
      Pattern.compile(
          "\\b(?:also |now )?(participate|participates|participating|are members of|is a member of"
              + "|joined|have joined|has joined|will join|will also join|will become (?:a )?members?(?: of)?"
              + "|became (?:a )?members?(?: of)?"
              + "|(?:is|are) (?:committed|commits|intends|intend|plans|plan) to join(?:ing)?)\\b(?: in)?");
  private static final Pattern ADDING =
      Pattern.compile("\\b(adding|welcoming|with the addition of) ");
  private static final Pattern AUSPICES = Pattern.compile("\\b[Uu]nder the auspices of\\b");

  /**
   * "Founding members of Z include", "The newest states to join the coalition include": group 1 the
   * noun that gives the role.
   */
  private static final Pattern MEMBERS_OF =
      Pattern.compile(
          "\\b(?:(?:[Ff]ounding|[Ii]nitial|[Nn]ew|[Nn]ewest|[Aa]dditional|[Oo]riginal|[Cc]urrent"
              + "|[Ll]atest) )?(members|signatories|partners) (?:of|in|to) (?:the )?"
              + "|\\b(?:states|nations|countries|companies|organizations|members|universities"
              + "|institutions|partners) to join (?:the )?");

  /** The verb after the body: "include", "are now". */
  private static final Pattern INCLUDE =
      Pattern.compile(
          "\\s+(?:now |also )?(?:include|includes|included|are|were)(?: now)?:?\\s+(?:the\\s+)?");

  /** A body named by its head word alone: "the coalition". */
  private static final Pattern HEAD_ONLY = Pattern.compile("(\\p{Ll}{4,})\\b");

  private MembershipRules() {}

  /**
   * The rules but {@link InitiativeLeadRules#initiativeLead}, which runs after every other rule of
   * the sentence.
   */
  static void apply(Sentence s, Extraction x) {
    membersInclude(s, x);
    rememberHeads(s, x);
    CollectiveRules.coalition(s, x);
    participationVerb(s, x);
    addingMembers(s, x);
    underAuspices(s, x);
    SigningRules.signedBy(s, x);
    AsMembersRules.asMembers(s, x);
    AsMembersRules.fellowMembers(s, x);
    JointWorkRules.workThrough(s, x);
    JointWorkRules.negotiations(s, x);
    MeetingRules.convenesMeeting(s, x);
    MeetingRules.holdsDialogue(s, x);
    JointWorkRules.participatedIn(s, x);
    MeetingRules.joinedBy(s, x);
  }

  static void participationVerb(Sentence s, Extraction x) {
    Matcher m = PARTICIPATE.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> who = s.actorsEndingAt(m.start());
      Optional<Gazetteer.Mention> named = s.firstThing(m.end(), s.text().length());
      if (who.isEmpty()) {
        // "The following universities and companies have joined the Lab: X, Y and Z."
        int colon = s.text().indexOf(':', m.end());
        boolean listed =
            colon > 0
                && colon - m.end() < 80
                && s.text().substring(m.end(), colon).indexOf('.') < 0;
        // The rest of the sentence is the list: every actor it names.
        int from = colon + 1;
        who =
            listed
                ? s.mentions.stream().filter(a -> a.start() >= from && s.isActor(a)).toList()
                : List.of();
        if (who.size() < 2) {
          continue;
        }
        named = s.firstThing(m.end(), colon);
      }
      Optional<String> target = named.map(Gazetteer.Mention::iri).or(() -> x.focusOf(s));
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

  /**
   * The item's focus when the words at {@code at} describe it: an article, lowercase words, and a
   * head noun that is the last word of the focus's name ("signed a historic implementing
   * arrangement" in an item about the "Lunar Surface Exploration Implementing Arrangement").
   */
  /**
   * {@code members-include}: "Founding members of Z include A, B and C", "The newest states to join
   * the coalition include A and B": the actors listed are members of Z (signatories of an
   * agreement, or when the text says "signatories"; partners when it says "partners"). A body named
   * by its head word alone ("the coalition") is the one the document named last with that head.
   */
  static void membersInclude(Sentence s, Extraction x) {
    Matcher m = MEMBERS_OF.matcher(s.text());
    while (m.find()) {
      int at = m.end();
      Optional<Gazetteer.Mention> named =
          Participations.namedAt(s, x, at, true, SPKG.Coalition, SPKG.InternationalOrganization);
      String body;
      int after;
      if (named.isPresent()) {
        body = named.get().iri();
        after = named.get().end();
      } else {
        Matcher h = HEAD_ONLY.matcher(s.text()).region(at, s.text().length());
        if (!h.lookingAt() || !x.lastByHead.containsKey(h.group(1))) {
          continue;
        }
        body = x.lastByHead.get(h.group(1));
        after = h.end();
      }
      Matcher inc = INCLUDE.matcher(s.text()).region(after, s.text().length());
      if (!inc.lookingAt()) {
        continue;
      }
      String noun = m.group(1) == null ? "members" : m.group(1);
      String role =
          noun.equals("signatories") || x.known.isA(body, SPKG.Agreement)
              ? "signatory"
              : noun.equals("partners") ? "partner" : "member";
      Node ev = x.evidence(s, Rule.MEMBERS_INCLUDE);
      for (Gazetteer.Mention a : s.actorsStartingAt(inc.end())) {
        if (!a.iri().equals(body) && !x.known.isA(a.iri(), SPKG.Person)) {
          x.mentioned.add(body);
          x.out.participation(body, a.iri(), role, Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }

  /** The programs, partnerships and bodies the sentence names, by their last word: "coalition". */
  private static void rememberHeads(Sentence s, Extraction x) {
    for (Gazetteer.Mention m : s.mentions) {
      if (m.form() != Gazetteer.Form.ADJECTIVE
          && (s.isThing(m) || x.known.isA(m.iri(), SPKG.Coalition))) {
        String label = x.known.label(m.iri());
        if (label != null && !label.isEmpty()) {
          String head =
              label.substring(label.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
          x.lastByHead.put(head, m.iri());
        }
      }
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
