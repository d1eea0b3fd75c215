package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What an actor undertakes in a statement about space: a plan ("X will …", "X intends to …", "X is
 * working to …"), a pledge ("X commits to …", "X is providing $…", or any undertaking in a document
 * that announces commitments) or a norm ("X commits not to …", "X will not …"). The issuer is the
 * subject: named actors, or a reference to the document's parties ("we", "our two countries", "the
 * leaders", "the Administration"). The label is the undertaking clause, the evidence its sentence.
 * Only sentences the relevance gate reads as statements about space give commitments. The clause
 * and its subject are read by {@link UndertakingClauses} and {@link IssuerReferences}, other forms
 * by {@link UndertakingForms}.
 */
final class CommitmentRules {

  /**
   * What introduces an undertaking: a modal ("will"), a verb of intent followed by "to", a
   * progressive verb of doing ("is developing"), a reaffirmed commitment, an actor's commitment
   * ("X's commitment to"), a goal it announces or sets ("announced a shared goal for …"), what it
   * calls for ("the leaders called for enhanced cooperation on …") or a course it sets ("set a
   * course to reach …"). Groups {@code n1} to {@code n5}: a "not"; {@code intent}, {@code doing},
   * {@code again}, {@code noun}: the verb or noun.
   */
  private static final Pattern CUE =
      Pattern.compile(
          "\\b(?:will (?:also |further |jointly |now |soon )?(?:continue to )?(?<n1>not )?"
              + "|(?<intent>intends?|intended|plans?|planned|aims?|seeks?|commits?|committed"
              + "|pledges?|pledged|agreed|decided|resolved|undertakes?|vows?|vowed|promised?|promises"
              + "|announced (?:its|their) intention|continues?|looks? forward)"
              + " (?:also )?(?<n2>not )?to (?:also )?"
              + "|(?:is|are|remains?) (?:also |now |firmly |fully )?"
              + "(?<doing>committed|working|collaborating|partnering|establishing|creating"
              + "|developing|providing|launching|expanding|building|exploring|planning|seeking"
              + "|preparing|pursuing|investing|increasing|accepting|hosting|offering|funding"
              + "|supporting|releasing|deepening) (?:(?<n3>not )?to )?"
              + "|(?<again>reaffirm(?:s|ed)?|reiterate[sd]?) (?:its|their|our) commitments?"
              + " (?<n4>not )?to "
              + "|(?<norms>reaffirm(?:s|ed)?|uph(?:o|e)ld|upholds)"
              + "(?: the importance of (?:upholding|respecting|complying with))? (?:the )?"
              + "(?:principles|obligations|norms|existing international (?:legal )?framework) "
              + "|(?<call>called|calls|call) for (?!by\\b)(?=\\p{Ll})"
              + "|(?<course>set|sets|setting) (?:a|the|out a) course to "
              + "|(?<goal>announced|announce|announces|set|sets|share|shares) (?:a |the |their |our )?"
              + "(?:shared |common |joint |new )?goal (?:for|of|to) "
              + "|(?<money>announced|announces|is announcing|are announcing|awarded|awards"
              + "|is investing|are investing) (?=\\$)"
              + ")|(?:'s|’s|’|')?\\s(?:(?:continued|strong|firm|shared|steadfast|new) )?"
              + "(?<noun>commitment) (?<n5>not )?to ");

  /**
   * The aim an undertaking states after it: "NASA will provide advanced training, with a goal of
   * mounting a joint mission in 2024"; a plan of its own (set off by its comma: "to foster
   * cooperation with the goal of improving security" is one undertaking).
   */
  private static final Pattern GOAL_OF =
      Pattern.compile(
          ",\\s+with (?:a|an|the) (?:shared |common |joint |stated )?goal of (?=\\p{Ll}+ing\\b)");

  /**
   * Where an undertaking clause ends: a new clause, or a second verb of its subject that only
   * reports ("Both sides called for closer cooperation and welcomed …").
   */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          ";|,? while |,? whereas |\\s[—–]\\s|, which will "
              + "|,? and (?:welcomed|welcome|noted|applauded|recognized|underscored|emphasized"
              + "|acknowledged|celebrated|hailed|expressed) ");

  /**
   * Actors signing an instrument: "The United States and Japan signed a historic implementing
   * arrangement"; what each of them will do under it (later in the block) is a pledge.
   */
  private static final Pattern SIGNED =
      Pattern.compile(
          "\\s(?:have |has )?(?:signed|concluded) (?:a|an|the|their)\\s(?:[\\w-]+\\s){0,4}?"
              + "(?:arrangement|agreement|memorandum|MOU|accord|treaty|framework|letter of intent)\\b",
          Pattern.CASE_INSENSITIVE);

  /** What an actor will say or hold, not undertake: "will announce", "will convene". */
  private static final Pattern REPORTING =
      Pattern.compile(
          "(?:announce|convene (?:a|an|the|its|their)\\b|make clear|deliver|discuss|highlight|speak|meet with|host a"
              + " (?:meeting|call|roundtable)|join|attend|travel)\\b");

  /** A reporting verb that an announced commitment can showcase with: "will highlight …". */
  private static final Pattern SHOWCASING = Pattern.compile("highlight\\b");

  /**
   * A short name an item gives its actor: "Acme Space Foundation’s (Acme)", "Acme Space Foundation
   * (Acme)"; group 1 the name, one word of the actor's name.
   */
  private static final Pattern ITEM_NAME =
      Pattern.compile("(?:’s|'s)?\\s\\((\\p{Lu}\\p{Ll}{2,})\\)");

  /** A sentence that describes what the one before names: "This is a five-year campaign …". */
  private static final Pattern DESCRIPTION = Pattern.compile("\\s*This is (?=an? )");

  private CommitmentRules() {}

  static void apply(Sentence s, Extraction x) {
    ParsedDocument.Block opened = s.unit.block();
    if (s.unit.index() == (opened.isBoldLed() ? 1 : 0)) {
      x.openers.put(
          opened.index(),
          s.actorsStartingAt(s.text().startsWith("The ") ? 4 : 0).stream()
              .map(Gazetteer.Mention::iri)
              .toList());
    }
    if (s.unit.isTitle()) {
      String title = s.text().replaceFirst("[\\s:.]+$", "");
      s.mentions.stream()
          .filter(a -> a.start() <= 4 && a.end() == title.length() && s.isActor(a))
          .findFirst()
          .ifPresent(a -> x.titleActors.put(opened.index(), a.iri()));
    }
    Matcher named = ITEM_NAME.matcher(s.text());
    while (named.find()) {
      int end = named.start();
      String name = named.group(1);
      s.mentions.stream()
          .filter(a -> a.end() == end && s.isActor(a))
          .filter(a -> s.text().substring(a.start(), a.end()).contains(name + " "))
          .findFirst()
          .ifPresent(a -> x.itemNames.put(opened.index() + " " + name, a.iri()));
    }
    Matcher signed = SIGNED.matcher(s.text());
    while (signed.find()) {
      s.actorsEndingAt(signed.start())
          .forEach(
              a ->
                  x.signers
                      .computeIfAbsent(opened.index(), k -> new java.util.HashSet<>())
                      .add(a.iri()));
    }
    read(s, x);
    if (!s.unit.isTitle()) {
      s.mentions.stream()
          .filter(s::isThing)
          .forEach(
              m -> x.things.computeIfAbsent(opened.index(), k -> new ArrayList<>()).add(m.iri()));
    }
  }

  private static void read(Sentence s, Extraction x) {
    if (!x.gateReads(s) && !(x.announcesCommitments && x.statesSpace(s))) {
      return; // a paragraph of announced commitments about space states one of them
    }
    String text = s.text();
    List<Undertaking> found = new ArrayList<>();
    Matcher m = CUE.matcher(text);
    while (m.find()) {
      Optional<Undertaking> u = UndertakingClauses.undertaking(s, x, m, found);
      u.ifPresent(found::add);
    }
    found.addAll(UndertakingForms.decisionOf(s, x));
    UndertakingForms.gerundItem(s, x).ifPresent(found::add);
    found.sort(java.util.Comparator.comparingInt(Undertaking::clauseStart));
    for (int i = 0; i < found.size(); i++) {
      Undertaking u = found.get(i);
      int end = i + 1 < found.size() ? found.get(i + 1).subjectStart() : text.length();
      Matcher e = CLAUSE_END.matcher(text).region(u.clauseStart(), end);
      if (e.find()) {
        end = e.start();
      }
      String aim = null;
      Matcher goal = GOAL_OF.matcher(text).region(u.clauseStart(), end);
      if (goal.find()) {
        aim = tidy(text.substring(goal.end(), end)); // "…, with a goal of mounting …": a plan too
        end = goal.start();
      }
      String clause = tidy(text.substring(u.clauseStart(), end));
      if (end == text.length() && aim == null) {
        clause = clause + described(s); // "… to develop Acme. This is a five-year campaign to …"
      }
      if (clause.split("\\s+").length < 3
          || (REPORTING.matcher(clause).lookingAt() && !showcases(s, u, clause))) {
        continue;
      }
      int block = s.unit.block().index();
      String once =
          anotherPledge(s, x, u)
              ? " " + s.unit.index()
              : secondVerb(text, u) ? " " + s.unit.index() + ":" + u.subjectStart() : "";
      if (u.issuers().stream().anyMatch(who -> x.directed.contains(block + " " + who))
          || (s.unit.block().kind() == ParsedDocument.Kind.LIST_ITEM
              && !x.undertaken.add(block + " " + new java.util.TreeSet<>(u.issuers()) + once))) {
        continue; // what a directed actor does in its block fulfils the directive; one per item
      }
      write(s, x, u, (u.negated() && !clause.startsWith("not") ? "not to " : "") + clause);
      if (aim != null && aim.split("\\s+").length >= 3) {
        String kind = "norm".equals(u.kind()) ? "plan" : u.kind();
        write(
            s,
            x,
            new Undertaking(
                u.issuers(), kind, u.subjectStart(), goal.end(), Rule.UNDERTAKING, false),
            aim);
      }
    }
  }

  /**
   * What the sentence after an undertaking says its object is, when it only describes it ("This is
   * a five-year awareness campaign to …"): ", a five-year awareness campaign to …"; else "".
   */
  private static String described(Sentence s) {
    String body = s.unit.block().body().text();
    int at = body.indexOf(s.text());
    if (at < 0) {
      return "";
    }
    Matcher d = DESCRIPTION.matcher(body).region(at + s.text().length(), body.length());
    if (!d.lookingAt()) {
      return "";
    }
    int stop = body.indexOf(". ", d.end());
    String what = tidy(body.substring(d.end(), stop < 0 ? body.length() : stop));
    return what.length() > 200 || what.split("\\s+").length < 3 ? "" : ", " + what;
  }

  /** A clause without quotation marks, emphasis and what trails it ("and the", a full stop). */
  private static String tidy(String clause) {
    return clause
        .replaceAll("[“”\"*]", "")
        .replaceAll(
            "(?:,?\\s+(?:and|following|after|before|including)(?:\\s+the)?|\\s+the)?[\\s,.:]*$", "")
        .trim();
  }

  /**
   * Whether a reporting verb is what an item of announced commitments pledges: "**Coding Week:**
   * Acme will highlight space careers in its coding tutorials" (its own programme showcases the
   * theme; the same verb in prose reports what an official will say).
   */
  private static boolean showcases(Sentence s, Undertaking u, String clause) {
    return u.rule() == Rule.ANNOUNCED_COMMITMENT
        && s.unit.block().isBoldLed()
        && SHOWCASING.matcher(clause).lookingAt();
  }

  /**
   * Whether an undertaking is a further pledge of its item, not a detail of the first: a pledge in
   * a later sentence of the item whose subject names its issuer again ("In November, Club will also
   * partner with …", "We committed to …").
   */
  private static boolean anotherPledge(Sentence s, Extraction x, Undertaking u) {
    if (!"pledge".equals(u.kind()) || s.unit.isFirstOfBody() || s.unit.isTitle()) {
      return false;
    }
    String from = s.text().substring(u.subjectStart());
    return s.mentions.stream().anyMatch(m -> m.start() == u.subjectStart() && s.isActor(m))
        || from.matches("(?s)\\W?\\s*[Ww]e\\b.*")
        || x.itemName(s, from.split("\\s+", 2)[0]) != null;
  }

  /** The actor a short name stands for in the sentence's block ("Club"), or null. */
  /**
   * Whether an undertaking is the second verb of its subject in one sentence ("X is committed to A
   * and looks forward to B"): a further undertaking of the item, not a detail of the first.
   */
  private static boolean secondVerb(String text, Undertaking u) {
    return u.subjectStart() > 0
        && Undertaking.AND_BEFORE
            .matcher(text)
            .region(Math.max(0, u.subjectStart() - 6), u.subjectStart())
            .find();
  }

  private static void write(Sentence s, Extraction x, Undertaking u, String clause) {
    Node c = x.out.local("commitment", Integer.toString(x.next("commitment")));
    x.out.type(c, SPKG.Commitment);
    x.out.label(c, Character.toUpperCase(clause.charAt(0)) + clause.substring(1));
    for (String issuer : new LinkedHashSet<>(u.issuers())) {
      x.out.add(c, SPKG.issuer, FactWriter.uri(issuer));
    }
    x.out.add(
        c, SPKG.commitmentKind, FactWriter.uri(EntityIris.entity("commitment-kind", u.kind())));
    x.out.add(c, SPKG.announcedIn, x.out.document());
    x.initiativeOf(s).ifPresent(i -> x.out.add(c, SPKG.concerns, i));
    x.out.fact(c, x.evidence(s, u.rule()));
    x.commitments.add(c);
  }
}
