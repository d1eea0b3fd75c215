package org.w3id.spkg.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What the directive rules share: the phrases that name an addressee, how a list of addressees
 * splits, and writing a directive with its evidence. The rules run from {@link OrderRules}.
 */
final class Directives {

  static final Pattern ADDRESSEE_PHRASE =
      Pattern.compile("^(?:[Tt]he |[Ee]ach |[Aa]ll )?[\\p{L}’' -]{2,80}$");

  static final Pattern PARTS = Pattern.compile(",\\s+and\\s+|,\\s+|\\s+and\\s+(?=the\\s)");

  /** A phrase that names who acts: "Agencies", "The head of each agency that …". */
  static final Pattern AGENT_NOUN =
      Pattern.compile(
          "\\b(?:[Aa]genc(?:y|ies)|[Dd]epartments?|[Hh]eads?|[Ss]ecretar(?:y|ies)|[Aa]dministrators?"
              + "|[Dd]irectors?|[Cc]ouncils?|[Oo]ffices?|[Bb]oards?|[Cc]ommittees?|[Gg]roups?"
              + "|[Mm]embers|[Oo]fficials|[Cc]hair|[Aa]ssistants?|[Aa]dvisors?|[Gg]overnments?"
              + "|[Cc]ommissions?|[Ss]ervices?)\\b");

  private Directives() {}

  static void writeDirective(
      Sentence s, Extraction x, String label, String issuer, List<String> addressees, Rule rule) {
    int n = ++x.directives;
    Node d = x.out.local("directive", Integer.toString(n));
    x.out.type(d, SPKG.Directive);
    x.out.label(d, Character.toUpperCase(label.charAt(0)) + label.substring(1));
    x.out.add(d, SPKG.issuer, FactWriter.uri(issuer));
    addressees.forEach(a -> x.out.add(d, SPKG.addressee, FactWriter.uri(a)));
    x.out.add(
        d, SPKG.commitmentKind, FactWriter.uri(EntityIris.entity("commitment-kind", "directive")));
    x.out.add(d, SPKG.announcedIn, x.out.document());
    x.out.integer(d, SPKG.position, n);
    x.out.fact(d, x.evidence(s, rule));
  }
}
