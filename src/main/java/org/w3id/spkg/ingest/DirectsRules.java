package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code directs}: "The Order directs the Secretary of X, in consultation with …, to …" is a
 * directive to the Secretary, labelled by the instruction; "The Order mandates the creation of …"
 * (no addressee) is a commitment of kind directive, "The Order calls for …" a plan, both issued by
 * the order's signer. Run from {@link OrderRules}.
 */
final class DirectsRules {

  /** What stands for the order in a fact sheet: "The Order", "The Memorandum", "It also". */
  private static final Pattern ORDER_SUBJECT =
      Pattern.compile(
          "^(?:The|This|Today’s|Today's|President \\S+ \\S+’s|President \\S+’s) "
              + "(?:Executive )?(?:Order|Memorandum|Proclamation|Directive)"
              + "|^(?:It|The order)(?= also | )",
          Pattern.CASE_INSENSITIVE);

  /** The verbs of an order, each introducing what it directs or plans. */
  private static final Pattern ORDER_VERB =
      Pattern.compile(
          "(?:^|\\s)(?:also )?(?:(?<directs>directs|instructs|tasks|orders|requires)|(?<mandates>mandates"
              + "|establishes|designates|creates))\\s|(?:^|\\s)(?:also )?(?<plans>calls for"
              + "|ensures|spurs|sets|promotes|prioritizes|advances)\\s");

  /** " to " before the instruction: followed by a verb, not by "the President". */
  private static final Pattern TO_VERB = Pattern.compile(" to (?!the |a |an |and |\\p{Lu})");

  /** ", and the establishment of …": a second aim, named by a noun of action. */
  private static final Pattern AND_NOMINAL =
      Pattern.compile(",\\s+and\\s+(?=the \\p{Ll}+(?:ion|ment|ance|ence) of )");

  /** A second addressee of "directs": "…, and Federal departments and agencies to work …". */
  private static final Pattern AND_ADDRESSEE =
      Pattern.compile(
          ",\\s+and\\s+(?<who>(?:the\\s+)?\\p{Lu}[\\p{L}’' -]{1,80}?)\\s+to\\s+(?=\\p{Ll})");

  /** "… Directives instructing NASA to return …": an instruction reported in passing. */
  private static final Pattern INSTRUCTING =
      Pattern.compile(
          "\\b(?:instructing|directing|(?:that|which) (?:instructed|directed|instructs|directs))"
              + " (?:the )?");

  private DirectsRules() {}

  /** "The Order directs the Secretary of X to …", "The Order mandates the creation of …". */
  static void orderVerbs(Sentence s, Extraction x) {
    String text = s.text();
    if (!x.gateReads(s)) {
      return;
    }
    Optional<String> signer = x.signer();
    if (signer.isEmpty()) {
      return;
    }
    Matcher instructing = INSTRUCTING.matcher(text);
    if (instructing.find()) {
      Optional<Gazetteer.Mention> to = s.actorsStartingAt(instructing.end()).stream().findFirst();
      if (to.isPresent() && text.startsWith(" to ", to.get().end())) {
        Optional<String> by =
            s.mentions.stream()
                .filter(p -> p.end() <= instructing.start() && x.known.isA(p.iri(), SPKG.Person))
                .map(Gazetteer.Mention::iri)
                .reduce((a, b) -> b);
        String label = text.substring(to.get().end() + 4).replaceAll("[.;]\\s*$", "").trim();
        Directives.writeDirective(
            s, x, label, by.orElse(signer.get()), List.of(to.get().iri()), Rule.DIRECTS);
      }
    }
    Matcher subject = ORDER_SUBJECT.matcher(text);
    if (!subject.find()) {
      return;
    }
    List<int[]> verbs = new ArrayList<>();
    Matcher v = ORDER_VERB.matcher(text).region(subject.end(), text.length());
    while (v.find()) {
      boolean joined =
          verbs.isEmpty()
              ? text.substring(subject.end(), v.start()).isBlank()
              : text.substring(0, v.start()).matches("(?s).*(?:,| and|;)\\s*$");
      if (joined) {
        verbs.add(
            new int[] {
              v.start(),
              v.end(),
              v.group("directs") != null ? 2 : v.group("mandates") != null ? 1 : 0
            });
      }
    }
    for (int i = 0; i < verbs.size(); i++) {
      int[] verb = verbs.get(i);
      int end = i + 1 < verbs.size() ? verbs.get(i + 1)[0] : text.length();
      String clause = text.substring(verb[1], end).replaceAll("(?:,? and|[,;.])?\\s*$", "").trim();
      if (clause.isEmpty()) {
        continue;
      }
      if (verb[2] == 2 && addressed(s, x, verb[1], end, signer.get())) {
        continue;
      }
      String kind = verb[2] > 0 ? "directive" : "plan";
      String verbText = text.substring(verb[0], verb[1]).trim().replaceFirst("^also ", "");
      // "calls for Americans’ return to the Moon by 2028, and the establishment of …": two plans
      List<String> parts = verb[2] > 0 ? List.of(clause) : List.of(AND_NOMINAL.split(clause));
      for (String part : parts) {
        Node c = x.out.local("commitment", Integer.toString(x.next("commitment")));
        x.out.type(c, SPKG.Commitment);
        String label = verb[2] > 0 ? verbText + " " + part : part.trim();
        x.out.label(c, Character.toUpperCase(label.charAt(0)) + label.substring(1));
        x.out.add(c, SPKG.issuer, FactWriter.uri(signer.get()));
        x.out.add(
            c, SPKG.commitmentKind, FactWriter.uri(EntityIris.entity("commitment-kind", kind)));
        x.out.add(c, SPKG.announcedIn, x.out.document());
        x.out.fact(c, x.evidence(s, Rule.DIRECTS));
        x.commitments.add(c);
      }
    }
  }

  /**
   * "directs the Secretary of Defense, the Secretary of Transportation, and the Administrator of
   * NASA to align …": a directive to them all, labelled by the instruction.
   */
  private static boolean addressed(Sentence s, Extraction x, int from, int end, String issuer) {
    String text = s.text();
    Matcher toVerb = TO_VERB.matcher(text).region(from, end);
    if (!toVerb.find()) {
      return false;
    }
    int to = toVerb.start();
    String who = text.substring(from, to);
    int aside = who.indexOf(", in ");
    if (aside >= 0) {
      who = who.substring(0, aside);
    }
    List<String> addressees = new ArrayList<>();
    int at = from;
    for (String part : Directives.PARTS.split(who, -1)) {
      int start = text.indexOf(part, at);
      at = start + part.length();
      String name =
          part.trim().replaceFirst("^(?:The|the) ", "").replaceAll("\\s*\\([^)]*\\)$", "");
      if (name.isEmpty()) {
        continue;
      }
      Optional<Gazetteer.Mention> m =
          s.mentions.stream()
              .filter(
                  g ->
                      g.form() != Gazetteer.Form.ADJECTIVE
                          && g.text().replaceFirst("^(?:The|the) ", "").equals(name)
                          && (x.known.isA(g.iri(), SPKG.Actor)
                              || x.known.isA(g.iri(), SPKG.Office)))
              .findFirst();
      if (m.isPresent()) {
        addressees.add(OrderAddressees.office(x, m.get()));
      } else if (name.split("\\s+").length <= 10
          && Directives.ADDRESSEE_PHRASE.matcher(name).matches()
          && Directives.AGENT_NOUN.matcher(name).find()) {
        addressees.add(OrderAddressees.namedAddressee(x, name));
      } else {
        return false;
      }
    }
    if (addressees.isEmpty()) {
      return false;
    }
    String label = text.substring(to + 4, end).replaceAll("(?:,? and|[,;.])?\\s*$", "").trim();
    Matcher and = AND_ADDRESSEE.matcher(label);
    if (and.find()) {
      // "directs A to coordinate …, and Federal departments and agencies to work together …"
      int from2 = to + 4 + and.start("who");
      String who2 = and.group("who").replaceFirst("^(?:The|the) ", "");
      Optional<String> second =
          s.mentions.stream()
              .filter(
                  g ->
                      g.start() >= from2
                          && g.form() != Gazetteer.Form.ADJECTIVE
                          && g.text().replaceFirst("^(?:The|the) ", "").equals(who2)
                          && (x.known.isA(g.iri(), SPKG.Actor)
                              || x.known.isA(g.iri(), SPKG.Office)))
              .findFirst()
              .map(g -> OrderAddressees.office(x, g));
      if (second.isEmpty()
          && who2.split("\\s+").length <= 10
          && Directives.ADDRESSEE_PHRASE.matcher(who2).matches()
          && Directives.AGENT_NOUN.matcher(who2).find()) {
        second = Optional.of(OrderAddressees.namedAddressee(x, who2));
      }
      if (second.isPresent()) {
        Directives.writeDirective(
            s, x, label.substring(0, and.start()).trim(), issuer, addressees, Rule.DIRECTS);
        Directives.writeDirective(
            s, x, label.substring(and.end()).trim(), issuer, List.of(second.get()), Rule.DIRECTS);
        return true;
      }
    }
    Directives.writeDirective(s, x, label, issuer, addressees, Rule.DIRECTS);
    return true;
  }
}
