package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Members by the work they do together in a partnership:
 *
 * <ul>
 *   <li>{@code work-through}: "X and Y work together … within / through P";
 *   <li>{@code negotiations}: "X and Y commenced negotiations on P";
 *   <li>{@code participated-in}: "X and Y have both participated in P".
 * </ul>
 *
 * Run from {@link MembershipRules}.
 */
final class JointWorkRules {

  /** "X and Y (will continue to) work together … within / through Z" (an international body). */
  private static final Pattern WORK_THROUGH =
      Pattern.compile(
          "\\b(?:(?:will|also|continue to|continues to|are|is|to) )*(?:work|works|working|cooperate"
              + "|cooperating|coordinate|coordinating)(?: together| closely| jointly)?\\b");

  private static final Pattern WITHIN = Pattern.compile("\\b(?:within|through) (?:the )?");

  /** ", where they work with A and B": more members of the body just named. */
  private static final Pattern WHERE_WITH =
      Pattern.compile(",? where (?:they|we) (?:also )?(?:work|cooperate|partner) with (?:the )?");

  /**
   * "X and Y commenced / will begin negotiations on Z": they take part in Z (it is not yet signed).
   */
  private static final Pattern NEGOTIATIONS =
      Pattern.compile(
          "\\b(?:(?:have|has|will|also|formally|today|to) )*(?:commenced|began|begun|begin|commence"
              + "|launched|launch|opened|open|started|start|initiated|initiate|concluded|conclude"
              + "|entered into|enter into|are in|continue) (?:formal |the |their )?negotiations"
              + " (?:on|for|toward|towards|of|over) ");

  /** "X and Y (have both) participated / took part in Z": a past part, no membership. */
  private static final Pattern PARTICIPATED =
      Pattern.compile(
          "\\b(?:(?:have|has|had|both|also|all|will|to|each) )*(?:participated|took part|taken part"
              + "|take part) in (?:the )?");

  /**
   * The name goes on past the node ("in the United Nations General Assembly" when only the United
   * Nations is a node; "in the Working Group on reducing debris" when the node stops at "Group"):
   * the actors took part in something the document names but the node is not it.
   */
  private static final Pattern NAME_GOES_ON =
      Pattern.compile("\\s+(?:\\p{Lu}|(?:on|for) \\p{Ll}+ing\\b)");

  /** ", and have both participated": a second verb of the sentence's opening subject. */
  private static final Pattern SECOND_VERB = Pattern.compile(",? and $");

  private JointWorkRules() {}

  /**
   * {@code work-through}: "X and Y (will continue to) work together on …, including within Z and
   * through W": X and Y are members of each international body or coalition the clause works within
   * or through; ", where they work with A and B" makes A and B members of the body just named.
   */
  static void workThrough(Sentence s, Extraction x) {
    Matcher m = WORK_THROUGH.matcher(s.text());
    if (!m.find()) {
      return;
    }
    List<String> who = new java.util.ArrayList<>();
    s.actorsEndingAt(m.start()).stream()
        .filter(a -> !x.known.isA(a.iri(), SPKG.Person))
        .forEach(a -> who.add(a.iri()));
    if (who.isEmpty()) {
      who.addAll(x.partiesBefore(s, m.start()));
    }
    if (who.isEmpty()) {
      return;
    }
    // The clause the verb opens: up to the sentence's end or a semicolon, at most 220 characters.
    int end = s.text().length();
    int semi = s.text().indexOf(';', m.end());
    if (semi >= 0) {
      end = semi;
    }
    end = Math.min(end, m.end() + 220);
    Matcher w = WITHIN.matcher(s.text()).region(m.end(), end);
    Node ev = null;
    while (w.find()) {
      int at = w.end();
      Optional<Gazetteer.Mention> body =
          Participations.namedAt(s, x, at, false, SPKG.InternationalOrganization, SPKG.Coalition);
      if (body.isEmpty()) {
        continue;
      }
      ev = ev == null ? x.evidence(s, Rule.WORK_THROUGH) : ev;
      List<String> members = new java.util.ArrayList<>(who);
      Matcher where = WHERE_WITH.matcher(s.text()).region(body.get().end(), s.text().length());
      if (where.lookingAt()) {
        s.actorsStartingAt(where.end()).stream()
            .filter(a -> x.known.isA(a.iri(), SPKG.Country))
            .forEach(a -> members.add(a.iri()));
      }
      for (String a : members) {
        if (!a.equals(body.get().iri())) {
          x.out.participation(
              body.get().iri(), a, "member", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }

  /**
   * {@code negotiations}: "X and Y commenced negotiations on Z" (Z named, or described by the head
   * of the item's focus: "a space technology safeguards agreement"): they take part in Z.
   */
  static void negotiations(Sentence s, Extraction x) {
    Matcher m = NEGOTIATIONS.matcher(s.text());
    if (!m.find()) {
      return;
    }
    List<String> who = new java.util.ArrayList<>();
    s.actorsEndingAt(m.start()).stream()
        .filter(a -> !x.known.isA(a.iri(), SPKG.Person))
        .forEach(a -> who.add(a.iri()));
    if (who.isEmpty()) {
      who.addAll(x.partiesBefore(s, m.start()));
    }
    int at = m.end() + (s.text().startsWith("the ", m.end()) ? 4 : 0);
    Optional<String> target =
        s.mentions.stream()
            .filter(z -> z.start() == at && s.isThing(z))
            .map(Gazetteer.Mention::iri)
            .findFirst()
            .or(() -> x.describedFocus(s, m.end()));
    if (who.isEmpty() || target.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, Rule.NEGOTIATIONS);
    for (String a : who) {
      x.out.participation(target.get(), a, "participant", Optional.empty(), Optional.empty(), ev);
    }
  }

  /**
   * {@code participated-in}: "X and Y (have both) participated / took part in Z" makes them
   * participants in Z (a program, partnership, event, meeting or body named right after); a second
   * verb of the sentence's opening subject ("X and Y have committed to …, and have both
   * participated in Z") is that subject's.
   */
  static void participatedIn(Sentence s, Extraction x) {
    Matcher m = PARTICIPATED.matcher(s.text());
    while (m.find()) {
      int at = m.end();
      Optional<Gazetteer.Mention> target =
          Participations.namedAt(s, x, at, true, SPKG.Event, SPKG.InternationalOrganization);
      if (target.isEmpty()
          || NAME_GOES_ON
              .matcher(s.text())
              .region(target.get().end(), s.text().length())
              .lookingAt()) {
        continue;
      }
      List<Gazetteer.Mention> who = s.actorsEndingAt(m.start());
      if (who.isEmpty()
          && SECOND_VERB
              .matcher(s.text().substring(Math.max(0, m.start() - 6), m.start()))
              .find()) {
        Matcher open = Participations.OPENING.matcher(s.text());
        open.lookingAt();
        who = s.actorsStartingAt(open.end());
        if (!who.isEmpty() && who.get(0).start() != open.end()) {
          who = List.of();
        }
      }
      Node ev = x.evidence(s, Rule.PARTICIPATED_IN);
      for (Gazetteer.Mention a : who) {
        if (!a.iri().equals(target.get().iri())) {
          x.out.participation(
              target.get().iri(), a.iri(), "participant", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }
}
