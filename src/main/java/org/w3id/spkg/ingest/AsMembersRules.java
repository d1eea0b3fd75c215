package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code as-members}: "As (founding) members of P, X and Y …", and "As fellow members of P, …". Run
 * from {@link MembershipRules}.
 */
final class AsMembersRules {

  /**
   * "As (founding) members of Z," / ", as signatories to Z": the role the actors hold in Z. Group 1
   * is the noun that gives the role.
   */
  /** "As fellow Quad members, X and Y …": the body between "fellow" and "members". */
  private static final Pattern FELLOW_MEMBERS =
      Pattern.compile("\\b[Aa]s (?:fellow|founding) (?:the )?");

  private static final Pattern MEMBERS_WORD =
      Pattern.compile("\\s+(?:members|member (?:states|nations|countries)|partners),\\s+");

  private static final Pattern AS_MEMBERS =
      Pattern.compile(
          "\\b[Aa]s (?:(?:founding|original|fellow|early|longstanding|permanent|first) )?"
              + "(?:(?:nation|state|country|government) )?(members|signatories|signers|parties)"
              + " (?:of|to) (?:the )?");

  /** The subject of a joint document's sentence, when it stands for the parties. */
  private static final Pattern PARTY_SUBJECT =
      Pattern.compile(
          "^(?:[Ww]e|[Tt]he (?:two |three |four )?[Ll]eaders|[Oo]ur (?:two |three |four )?"
              + "(?:nations|countries|governments)|[Bb]oth (?:countries|nations|governments|sides)"
              + "|[Tt]he (?:two|three|four) (?:countries|nations|governments|sides))\\b");

  private AsMembersRules() {}

  /**
   * {@code as-members}: "As (founding) members of Z, X and Y …" and "X and Y, as members of Z, …":
   * the actors are members of Z (signatories when Z is an agreement, or when the text says
   * "signatories / parties to"). In a joint document, a subject that stands for its parties ("we",
   * "the leaders", or the leaders by name) makes the parties members.
   */
  static void asMembers(Sentence s, Extraction x) {
    Matcher m = AS_MEMBERS.matcher(s.text());
    while (m.find()) {
      int at = m.end();
      Optional<Gazetteer.Mention> body =
          Participations.namedAt(s, x, at, true, SPKG.InternationalOrganization, SPKG.Coalition);
      if (body.isEmpty()) {
        continue;
      }
      List<String> who = new java.util.ArrayList<>();
      String before = s.text().substring(0, m.start());
      if (before.isBlank()) {
        // "As members of Z, X and Y …": the subject after the phrase's comma.
        int comma = s.text().indexOf(", ", body.get().end());
        if (comma < 0 || comma - body.get().end() > 60) {
          continue;
        }
        List<Gazetteer.Mention> subject = s.actorsStartingAt(comma + 2);
        subject.stream()
            .filter(a -> !x.known.isA(a.iri(), SPKG.Person))
            .forEach(a -> who.add(a.iri()));
        if (who.isEmpty() && partySubject(s, x, comma + 2)) {
          who.addAll(x.parties());
        }
      } else if (before.endsWith(", ")) {
        // "X and Y, as members of Z, …"
        s.actorsEndingAt(m.start() - 2).stream()
            .filter(a -> !x.known.isA(a.iri(), SPKG.Person))
            .forEach(a -> who.add(a.iri()));
      }
      String noun = m.group(1);
      String role =
          noun.equals("members") && !x.known.isA(body.get().iri(), SPKG.Agreement)
              ? "member"
              : "signatory";
      Node ev = x.evidence(s, Rule.AS_MEMBERS);
      for (String a : who) {
        if (!a.equals(body.get().iri())) {
          x.out.participation(body.get().iri(), a, role, Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }

  /**
   * "As fellow Quad members, X and Y …": the body named between "fellow" and "members"; the subject
   * after the comma are members of it (the parties when it stands for them).
   */
  static void fellowMembers(Sentence s, Extraction x) {
    Matcher m = FELLOW_MEMBERS.matcher(s.text());
    if (!m.lookingAt()) {
      return;
    }
    Optional<Gazetteer.Mention> body =
        s.mentions.stream()
            .filter(
                z ->
                    z.start() == m.end()
                        && z.form() != Gazetteer.Form.ADJECTIVE
                        && (x.known.isA(z.iri(), SPKG.InternationalOrganization)
                            || x.known.isA(z.iri(), SPKG.Coalition)
                            || x.known.isA(z.iri(), SPKG.Partnership)))
            .findFirst();
    if (body.isEmpty()) {
      return;
    }
    Matcher w = MEMBERS_WORD.matcher(s.text()).region(body.get().end(), s.text().length());
    if (!w.lookingAt()) {
      return;
    }
    List<String> who = new java.util.ArrayList<>();
    s.actorsStartingAt(w.end()).stream()
        .filter(a -> !x.known.isA(a.iri(), SPKG.Person))
        .forEach(a -> who.add(a.iri()));
    if (who.isEmpty() && partySubject(s, x, w.end())) {
      who.addAll(x.parties());
    }
    String role = w.group().contains("partners") ? "partner" : "member";
    Node ev = x.evidence(s, Rule.AS_MEMBERS);
    for (String a : who) {
      if (!a.equals(body.get().iri())) {
        x.out.participation(body.get().iri(), a, role, Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * Whether the subject at {@code at} stands for a joint document's parties: "we", "the leaders",
   * or the leaders by name ("President X and Prime Minister Y reaffirmed …").
   */
  private static boolean partySubject(Sentence s, Extraction x, int at) {
    if (!Parties.joint(x.doc.title()) || x.parties().size() < 2) {
      return false;
    }
    if (PARTY_SUBJECT.matcher(s.text().substring(at)).lookingAt()) {
      return true;
    }
    // The leaders by name: the first names after the comma (titles aside) are two people, joined.
    List<Gazetteer.Mention> people =
        s.mentions.stream()
            .filter(
                p ->
                    p.start() >= at
                        && p.start() - at < 80
                        && p.form() != Gazetteer.Form.TITLE
                        && !x.known.isA(p.iri(), SPKG.Office))
            .limit(2)
            .toList();
    return people.size() == 2
        && people.stream().allMatch(p -> x.known.isA(p.iri(), SPKG.Person))
        && s.text().substring(people.get(0).end(), people.get(1).start()).matches(".* and .*")
        && s.text().substring(at, people.get(0).start()).indexOf(',') < 0;
  }
}
