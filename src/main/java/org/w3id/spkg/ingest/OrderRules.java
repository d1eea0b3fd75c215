package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What an order directs, in the order itself and in a fact sheet about it: runs {@link ShallRules}
 * ({@code order-shall}) and {@link DirectsRules} ({@code directs}) on an order's sentences, and
 * reads a policy's elements that an order or fact sheet lists. Writes the directives they find;
 * {@link OrderAddressees} says to whom.
 */
final class OrderRules {

  /**
   * A lead-in that introduces what a policy does, item by item: "Key Elements of the Framework:",
   * "The Executive Order:", "This Proclamation:", "The law will:". Group {@code head}: the policy's
   * head noun.
   */
  private static final Pattern ELEMENTS_LEAD_IN =
      Pattern.compile(
          "(?:^|\\s)(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Oo]ur)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
              + "(?<head>Framework|Executive Order|Order|Memorandum|NSM|Proclamation|Directive"
              + "|Policy|Strategy|Plan|Act|[Ll]aw|[Bb]ill|[Ll]egislation|Rule|Guidance)"
              + "(?:\\s+(?:also|will|would))*\\s*:\\s*$");

  /** The heads of a lead-in that stand for an order: its signer issues what it does. */
  private static final Pattern ORDER_HEAD =
      Pattern.compile("Executive Order|Order|Memorandum|NSM|Proclamation|Directive");

  /**
   * An item that opens with what the policy does: a verb in the third person ("Sets principles",
   * "Aligns DOC and DOT …", "Establishes a standing …"), not a noun ("Investments in …").
   */
  private static final Pattern ELEMENT_VERB =
      Pattern.compile("^(?<verb>\\p{Lu}\\p{Ll}+[^s\\W]s)\\s+(?<next>[\\p{L}$][\\p{L}.$-]*)");

  /** A first word that ends in s but states no action of the policy. */
  private static final Pattern NOT_AN_ELEMENT_VERB =
      Pattern.compile(
          "This|Thus|Its|Has|Was|Does|Always|Perhaps|Besides|Across|Towards|Afterwards|Nevertheless"
              + "|Notes|Welcomes|Recognizes|Recognises|Acknowledges|Commends|Highlights|Celebrates");

  /** What follows a noun, not a verb: "Investments in …", "Partnerships with …". */
  private static final Pattern AFTER_A_NOUN =
      Pattern.compile(
          "of|for|in|to|and|or|on|with|from|at|by|as|that|is|are|will|have|has|was|were|across");

  /** The verbs of an element that instruct someone: "Requests DOC and DOT to consider …". */
  private static final Pattern INSTRUCTS =
      Pattern.compile("Directs|Requests|Requires|Instructs|Tasks");

  private OrderRules() {}

  static void apply(Sentence s, Extraction x) {
    policyElement(s, x);
    if (x.isOrder) {
      ShallRules.shall(s, x);
    } else {
      DirectsRules.orderVerbs(s, x);
    }
  }

  /**
   * "Key Elements of the Framework:" and items that each open with what it does ("Sets principles
   * to guide …", "Aligns DOC and DOT rulemaking timelines"): each item is a plan of the policy (the
   * thing the document names whose name ends with the lead-in's head noun; an order's signer for an
   * order; else the document's announcer). "Requests DOC and DOT to consider …" is a directive to
   * the actors named; an instruction to no actor named gives nothing.
   */
  private static void policyElement(Sentence s, Extraction x) {
    ParsedDocument.Block b = s.unit.block();
    if (b.kind() != ParsedDocument.Kind.LIST_ITEM || b.isBoldLed() || s.unit.index() != 0) {
      return;
    }
    Matcher v = ELEMENT_VERB.matcher(s.text());
    if (!v.find()
        || NOT_AN_ELEMENT_VERB.matcher(v.group("verb")).matches()
        || AFTER_A_NOUN.matcher(v.group("next")).matches()) {
      return;
    }
    Matcher lead = ELEMENTS_LEAD_IN.matcher(leadInText(x, b));
    if (!lead.find()) {
      return;
    }
    Optional<String> issuer = policyNamed(x, lead.group("head"));
    if (issuer.isEmpty()) {
      return;
    }
    String text = s.text();
    String label = text.replaceAll("(?:;\\s*and|;|\\.|,? and)?\\s*$", "").trim();
    if (INSTRUCTS.matcher(v.group("verb")).matches()) {
      List<Gazetteer.Mention> to = s.actorsStartingAt(v.end("verb"));
      if (!to.isEmpty() && text.startsWith(" to ", to.get(to.size() - 1).end())) {
        String instruction =
            label.substring(Math.min(label.length(), to.get(to.size() - 1).end() + 4)).trim();
        if (!instruction.isEmpty()) {
          Directives.writeDirective(
              s,
              x,
              instruction,
              issuer.get(),
              to.stream().map(Gazetteer.Mention::iri).distinct().toList(),
              Rule.POLICY_ELEMENT);
        }
      }
      return;
    }
    Node c = x.out.local("commitment", Integer.toString(x.next("commitment")));
    x.out.type(c, SPKG.Commitment);
    x.out.label(c, label);
    x.out.add(c, SPKG.issuer, FactWriter.uri(issuer.get()));
    x.out.add(c, SPKG.commitmentKind, FactWriter.uri(EntityIris.entity("commitment-kind", "plan")));
    x.out.add(c, SPKG.announcedIn, x.out.document());
    x.out.fact(c, x.evidence(s, Rule.POLICY_ELEMENT));
    x.commitments.add(c);
  }

  /** The text that introduces a list item: its lead-in paragraph, else its section's heading. */
  private static String leadInText(Extraction x, ParsedDocument.Block b) {
    if (b.leadIn() >= 0 && x.doc.blocks().get(b.leadIn()).section() == b.section()) {
      return x.doc.blocks().get(b.leadIn()).body().text().replaceAll("[*_\\s]+$", "");
    }
    if (b.section() >= 0) {
      return x.doc.sections().get(b.section()).heading().text().replaceAll("[*_\\s]+$", "");
    }
    return "";
  }

  /**
   * Who issues what a policy does: for an order, its signer; else the one policy, program or
   * partnership the document names whose name ends with the head noun ("… Supervision Framework"),
   * else the document's announcer.
   */
  private static Optional<String> policyNamed(Extraction x, String head) {
    if (ORDER_HEAD.matcher(head).matches()) {
      return x.signer();
    }
    String suffix = " " + head.toLowerCase(java.util.Locale.ROOT);
    List<String> named =
        x.mentioned.stream()
            .filter(
                i ->
                    (x.known.isA(i, SPKG.Policy)
                            || x.known.isA(i, SPKG.Program)
                            || x.known.isA(i, SPKG.Partnership))
                        && x.known.label(i) != null
                        && x.known.label(i).toLowerCase(java.util.Locale.ROOT).endsWith(suffix))
            .toList();
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    return x.announcer;
  }
}
