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
 * Only sentences the relevance gate reads as statements about space give commitments.
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

  /** A reference to the document's parties, just before the cue. */
  private static final Pattern PARTIES =
      Pattern.compile(
          "(?:^|[\\s,;:(—–-])(?:we|our (?:two |three |four )?(?:countries|nations|governments)"
              + "|both (?:countries|nations|sides|governments|leaders)"
              + "|the (?:two|three|four) (?:countries|nations|sides|governments|leaders)"
              + "|the leaders|the (?:[A-Z][\\w-]+ )?Administration|the (?:U\\.S\\.|United States)"
              + " Government)(?:,? also)?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** The word before a subject that makes it no subject ("a partnership with NASA will"). */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "(?:^|\\s)(?:with|of|for|to|by|from|in|on|at|between|among|including|such as|than|"
              + "under|through|via|as|because|since|if|when|although|after"
              + "|before|until|once|unless)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

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

  /** A document that announces commitments: each undertaking it states is a pledge. */
  private static final Pattern ANNOUNCES_COMMITMENTS =
      Pattern.compile(
          "\\b(?:announc(?:e|es|ed|ing)|the following) (?:\\S+ ){0,3}commitments\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Actors signing an instrument: "The United States and Japan signed a historic implementing
   * arrangement"; what each of them will do under it (later in the block) is a pledge.
   */
  private static final Pattern SIGNED =
      Pattern.compile(
          "\\s(?:have |has )?(?:signed|concluded) (?:a|an|the|their)\\s(?:[\\w-]+\\s){0,4}?"
              + "(?:arrangement|agreement|memorandum|MOU|accord|treaty|framework|letter of intent)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern INTENDING =
      Pattern.compile("committed|working|planning|seeking|preparing");

  /** A finite verb: the clause before a comma is a statement of its own. */
  private static final Pattern FINITE = Pattern.compile("\\b(?:is|are|will|has|have|was|were)\\b");

  private static final Pattern COMMITTING =
      Pattern.compile("commit.*|pledge.*|undertake.*|vow.*|promise.*");

  private static final int LOOK_BACK = 60;

  /** What an actor will say or hold, not undertake: "will announce", "will convene". */
  private static final Pattern REPORTING =
      Pattern.compile(
          "(?:announce|convene (?:a|an|the|its|their)\\b|make clear|deliver|discuss|highlight|speak|meet with|host a"
              + " (?:meeting|call|roundtable)|join|attend|travel)\\b");

  /** A reporting verb that an announced commitment can showcase with: "will highlight …". */
  private static final Pattern SHOWCASING = Pattern.compile("highlight\\b");

  /** An aside between the subject and its verb: "NSF, working with NASA, will". */
  private static final Pattern ASIDE =
      Pattern.compile(
          ",\\s*(?:(?:working|together|jointly|in (?:partnership|collaboration|coordination|cooperation))"
              + "(?: closely)? )?with [^;]{1,120},\\s*(?:also\\s*)?$");

  /** A means between the subject and its verb: "NASA, through its Space Grant program, will". */
  private static final Pattern THROUGH =
      Pattern.compile("(?:,\\s*|\\s+)(?:through|via),?\\s+[^;,]{1,80},\\s*(?:also\\s*)?$");

  /**
   * An appositive between the subject and its verb: "Noggin, Nickelodeon’s media platform for
   * children, will", "NOAA, the nation’s weather agency, is".
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          ",\\s*(?:a|an|the|its|their|\\p{Lu}[\\p{L}.&-]*(?:’s|'s))\\s[^;,“”\"]{3,150},\\s*(?:also\\s*)?$");

  /**
   * Where the subject is, after it: "Acme Labs in Tucson, Arizona will", "(ACME) in Tucson, Arizona
   * will" (a bold title that ends with the name, its acronym opening the body).
   */
  private static final Pattern LOCATED =
      Pattern.compile(
          "\\s+(?:in|from|based in) \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?"
              + "(?:, \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)?)?,?\\s*$");

  /** An acronym in parentheses that opens a sentence: "(ACME) will". */
  private static final Pattern OPENING_PAREN = Pattern.compile("\\(([^()\\s]{2,12})\\)");

  /** A parenthesis after the subject: "the Lunar Ice Institute (LII) is creating". */
  private static final Pattern PAREN_BEFORE = Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*$");

  /**
   * Closer or joint work with others towards an end: "X is deepening cooperation with Y to expand
   * …", "X is working with Y to reduce Z by 50% by 2030"; the undertaking is the end ("expand …").
   * ("X is working with Y to develop Z", with no target, reports work under way.)
   */
  private static final Pattern COOPERATING =
      Pattern.compile("deepening|collaborating|partnering|working");

  /**
   * A target that makes joint work towards an end a plan: "X is working with Y to cut its emissions
   * by 50% by the end of the decade" (a measure or a deadline for the end).
   */
  private static final Pattern TARGET =
      Pattern.compile(
          "\\bby (?:\\d[\\d.,]*\\s?(?:%|percent\\b)|(?:the )?(?:end of |early |mid-|late )?(?:the )?"
              + "(?:\\d{4}\\b|decade\\b|century\\b))");

  /** The "to" of a purpose and the verb after it, within the clause. */
  private static final Pattern PURPOSE =
      Pattern.compile(
          "\\sto (?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|each|both|such"
              + "|other|any|some|more|date|one|two|three)\\b)(?=\\p{Ll}{2,}\\b)");

  /** Setting something up, in a fact sheet's bold-led item: "X is establishing the Y program". */
  private static final Pattern ESTABLISHING = Pattern.compile("establishing|creating");

  /** A second verb of the same subject: "X is committed to A and looks forward to B". */
  private static final Pattern AND_BEFORE = Pattern.compile("\\s+and\\s*$");

  /** The speaker joined to the subject: "President Biden and I are committed to". */
  private static final Pattern AND_I = Pattern.compile("\\s+and\\s+I\\s*$");

  /** A quotation opened by a promise of the actor before it: "X promised that “We will …”". */
  private static final Pattern PROMISED_QUOTE =
      Pattern.compile(
          "\\s(?:promised|promises|vowed|vows|pledged|pledges)(?: that)?,?\\s*[“\"]\\s*$");

  /**
   * A subject that refers back, alone before the cue (after an opening phrase: "In May, "): "The
   * agencies", "The thirty pledge signatories", "The Lab". Group {@code head}: its last word.
   */
  private static final Pattern ANAPHOR =
      Pattern.compile(
          "^(?:(?:In|On|By|Later|Next|This|Starting) [^,]{1,30},\\s+)?(?:The|These|Both|Each of the|(?<=, )the|(?<=, )these)"
              + "\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?(?<head>\\p{L}+)\\s*$");

  /**
   * A short name an item gives its actor: "Acme Space Foundation’s (Acme)", "Acme Space Foundation
   * (Acme)"; group 1 the name, one word of the actor's name.
   */
  private static final Pattern ITEM_NAME =
      Pattern.compile("(?:’s|'s)?\\s\\((\\p{Lu}\\p{Ll}{2,})\\)");

  /** A subject that is a single word, after an opening phrase: "In October, Acme". */
  private static final Pattern SHORT_SUBJECT =
      Pattern.compile(
          "(?:(?:In|On|By|Later|Next|This|Starting|Then) [^,]{1,30},\\s+)?(\\p{Lu}\\p{Ll}{2,})\\s*");

  /** A sentence that describes what the one before names: "This is a five-year campaign …". */
  private static final Pattern DESCRIPTION = Pattern.compile("\\s*This is (?=an? )");

  /** A subject that names the document's coalition by its head word: "The new coalition". */
  private static final Pattern THE_COLLECTIVE =
      Pattern.compile("(?:The|This) (?:new |newly formed )?(\\p{L}+)\\s*");

  /** The plural heads that stand for the actors that open the block: "The agencies", "Both". */
  private static final Pattern ACTORS_HEAD =
      Pattern.compile(
          "agencies|companies|partners|organi[sz]ations|signatories|institutions|countries|nations"
              + "|governments|universities|members|departments|participants|sides|two|three|four");

  /** A sentence that opens with "They" as the subject of the cue. */
  private static final Pattern THEY = Pattern.compile("They(?: also| further| jointly)?\\s*");

  /** "“We" just before the cue. */
  private static final Pattern WE_QUOTED = Pattern.compile("[“\"]\\s*[Ww]e\\s*$");

  /** "our commitment not to …": the document's parties (the speaker's country in remarks). */
  private static final Pattern OUR = Pattern.compile("(?:^|\\s)our$", Pattern.CASE_INSENSITIVE);

  /** An auxiliary between the subject and the cue: "Australia and the United States have". */
  private static final Pattern AUXILIARY =
      Pattern.compile(
          "\\s(?:has|have|had)(?:\\s+(?:also|previously|now|already|jointly|both))?\\s*$");

  /**
   * "the decision of NASA and ISRO to develop …", "the announcement by NASA to provide …": a plan
   * of the actors named.
   */
  private static final Pattern DECISION_OF =
      Pattern.compile(
          "\\b(?:decision|announcement|plans?|intention|intent|commitment|pledge|offer)"
              + " (?:of|by) (?:the )?");

  /**
   * "India’s decision to join …", "the UAE Space Agency’s announcement of the Emirates Mission …":
   * a plan of the actor whose decision it is (the clause starts after "to" or "of"); not when the
   * decision opens the sentence ("The United States’ decision to … reflects …": what it shows).
   */
  private static final Pattern POSSESSIVE_DECISION =
      Pattern.compile(
          "(?:’s|'s|’|') (?:decision|announcement|plans?|intention|intent|offer) (?:to|of) ");

  /** A list item that starts with what its lead-in's actors do: "Strengthening cooperation …". */
  private static final Pattern GERUND_ITEM = Pattern.compile("^(\\p{Lu}\\p{Ll}+ing)\\s");

  /** Gerunds that report or acknowledge rather than undertake. */
  private static final Pattern REPORTING_GERUND =
      Pattern.compile(
          "Welcoming|Celebrating|Noting|Applauding|Recognizing|Recognising|Commending"
              + "|Acknowledging|Highlighting|Congratulating|Hailing|Appreciating|Underscoring"
              + "|Reaffirming|Reiterating|Emphasizing|Building|Including|During|Following"
              + "|According|Regarding|Concerning|Bring|Thing|Spring|String|Morning|Evening");

  private CommitmentRules() {}

  /** Whether the document announces commitments (its title or its opening paragraphs say so). */
  static boolean announcesCommitments(ParsedDocument doc) {
    if (ANNOUNCES_COMMITMENTS.matcher(doc.title()).find()) {
      return true;
    }
    List<ParsedDocument.Block> blocks = doc.blocks();
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      if (ANNOUNCES_COMMITMENTS.matcher(blocks.get(i).body().text()).find()) {
        return true;
      }
    }
    return false;
  }

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
      Optional<Undertaking> u = undertaking(s, x, m, found);
      u.ifPresent(found::add);
    }
    found.addAll(decisionOf(s, x));
    gerundItem(s, x).ifPresent(found::add);
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
        || itemName(s, x, from.split("\\s+", 2)[0]) != null;
  }

  /** The actor a short name stands for in the sentence's block ("Club"), or null. */
  private static String itemName(Sentence s, Extraction x, String name) {
    return x.itemNames.get(s.unit.block().index() + " " + name);
  }

  /**
   * Whether an undertaking is the second verb of its subject in one sentence ("X is committed to A
   * and looks forward to B"): a further undertaking of the item, not a detail of the first.
   */
  private static boolean secondVerb(String text, Undertaking u) {
    return u.subjectStart() > 0
        && AND_BEFORE
            .matcher(text)
            .region(Math.max(0, u.subjectStart() - 6), u.subjectStart())
            .find();
  }

  /** "They welcomed the decision of NASA and ISRO to develop a framework …". */
  private static List<Undertaking> decisionOf(Sentence s, Extraction x) {
    List<Undertaking> out = new ArrayList<>();
    Matcher m = DECISION_OF.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> actors = s.actorsStartingAt(m.end());
      if (actors.isEmpty()) {
        continue;
      }
      int after = actors.get(actors.size() - 1).end();
      if (!s.text().startsWith(" to ", after)) {
        continue;
      }
      List<String> issuers = actors.stream().map(Gazetteer.Mention::iri).toList();
      String kind =
          m.group().startsWith("commitment") || m.group().startsWith("pledge") ? "pledge" : "plan";
      out.add(new Undertaking(issuers, kind, m.start(), after + 4, Rule.UNDERTAKING, false));
    }
    Matcher p = POSSESSIVE_DECISION.matcher(s.text());
    while (p.find()) {
      int end = p.start();
      s.mentions.stream()
          .filter(
              a ->
                  a.end() == end
                      && s.isActor(a)
                      && !s.text().substring(0, a.start()).matches("(?:The |the )?"))
          .findFirst()
          .ifPresent(
              a ->
                  out.add(
                      new Undertaking(
                          List.of(a.iri()), "plan", a.start(), p.end(), Rule.UNDERTAKING, false)));
    }
    return out;
  }

  /**
   * A list item (not bold-led) that opens with a gerund, under a lead-in of the document's parties
   * ("the United States and India are launching new initiatives in the following domains:"): what
   * the parties undertake, unless the gerund reports ("Welcoming …").
   */
  private static Optional<Undertaking> gerundItem(Sentence s, Extraction x) {
    ParsedDocument.Block b = s.unit.block();
    if (b.kind() != ParsedDocument.Kind.LIST_ITEM || b.isBoldLed() || s.unit.index() != 0) {
      return Optional.empty();
    }
    Matcher m = GERUND_ITEM.matcher(s.text());
    if (!m.find() || REPORTING_GERUND.matcher(m.group(1)).matches() || x.parties().size() < 2) {
      return Optional.empty();
    }
    String kind = x.announcesCommitments ? "pledge" : "plan";
    return Optional.of(new Undertaking(x.parties(), kind, 0, 0, Rule.UNDERTAKING, false));
  }

  /** Whether {@code at} stands inside a quotation opened before it (“…). */
  private static boolean quoted(String text, int at) {
    int open = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open++;
      } else if (c == '”' && open > 0) {
        open--;
      }
    }
    return open > 0;
  }

  private record Undertaking(
      List<String> issuers,
      String kind,
      int subjectStart,
      int clauseStart,
      Rule rule,
      boolean negated) {}

  private static Optional<Undertaking> undertaking(
      Sentence s, Extraction x, Matcher m, List<Undertaking> before) {
    String text = s.text();
    int at = m.start();
    Matcher aux = AUXILIARY.matcher(text).region(Math.max(0, at - 30), at);
    if (aux.find()) {
      at = aux.start();
    }
    Matcher aside = ASIDE.matcher(text).region(Math.max(0, at - 2 * LOOK_BACK), at);
    if (aside.find()) {
      at = aside.start();
    }
    Matcher through = THROUGH.matcher(text).region(Math.max(0, at - 2 * LOOK_BACK), at);
    if (through.find()) {
      at = through.start();
    }
    Matcher appositive = APPOSITIVE.matcher(text).region(Math.max(0, at - 170), at);
    if (appositive.find() && !s.actorsEndingAt(appositive.start()).isEmpty()) {
      at = appositive.start(); // "Noggin, Nickelodeon’s media platform for children, will release"
    }
    Matcher located = LOCATED.matcher(text).region(Math.max(0, at - 50), at);
    Gazetteer.Mention opening = null;
    if (located.find()) {
      Matcher o = OPENING_PAREN.matcher(text).region(0, located.start());
      int end = located.start();
      if (o.matches()) {
        opening =
            s.mentions.stream()
                .filter(a -> a.start() == 1 && a.end() == end - 1 && s.isActor(a))
                .findFirst()
                .orElse(null); // "(ACME) in Tucson, Arizona will": the title named it
      }
      if (opening != null || !s.actorsEndingAt(located.start()).isEmpty()) {
        at = located.start();
      }
    }
    Matcher paren = PAREN_BEFORE.matcher(text).region(Math.max(0, at - 50), at);
    if (paren.find() && !s.actorsEndingAt(paren.start()).isEmpty()) {
      at = paren.start(); // "the Lunar Ice Institute (LII) is creating …"
    }
    Matcher andI = AND_I.matcher(text).region(Math.max(0, at - 10), at);
    if (andI.find()) {
      at = andI.start();
    }
    List<String> issuers = new ArrayList<>();
    int subjectStart;
    Matcher group = PARTIES.matcher(text).region(Math.max(0, at - LOOK_BACK), at);
    Matcher weQuoted = WE_QUOTED.matcher(text).region(Math.max(0, at - 10), at);
    List<Gazetteer.Mention> actors = s.actorsEndingAt(at);
    if (actors.isEmpty() && opening != null) {
      actors = List.of(opening);
    }
    if (m.group("noun") != null) {
      // "the U.S. commitment not to …", "Japan's commitment to …": the actor just before
      int end = at;
      actors =
          s.mentions.stream()
              .filter(
                  a ->
                      a.end() == end
                          && a.form() != Gazetteer.Form.TITLE
                          && x.known.isA(a.iri(), SPKG.Actor))
              .toList();
    }
    if (!actors.isEmpty()) {
      subjectStart = actors.get(0).start();
      if (PREPOSITION_BEFORE
          .matcher(text.substring(Math.max(0, subjectStart - 20), subjectStart))
          .find()) {
        return Optional.empty();
      }
      int comma = text.lastIndexOf(',', subjectStart);
      if (comma >= 0
          && text.substring(comma + 1, subjectStart).isBlank()
          && FINITE
              .matcher(text.substring(Math.max(0, text.lastIndexOf(',', comma - 1) + 1), comma))
              .find()) {
        return Optional
            .empty(); // "Europe is building A, Japan will provide B": contributions listed
      }
      actors.forEach(a -> issuers.add(a.iri()));
    } else if (group.find()) {
      subjectStart = group.start();
      issuers.addAll(x.parties());
    } else if (x.parties().size() >= 2 && THEY.matcher(text.substring(0, at)).matches()) {
      subjectStart = 0; // "They also committed to …" in a statement of two or more parties
      issuers.addAll(x.parties());
    } else if (weQuoted.find()) {
      // "President X promised that “We will …”": the promise is X's
      int open = weQuoted.start();
      Matcher promised = PROMISED_QUOTE.matcher(text).region(Math.max(0, open - 40), open + 1);
      List<Gazetteer.Mention> speaker =
          promised.find() ? s.actorsEndingAt(promised.start()) : List.of();
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Undertaking(
              List.of(speaker.get(speaker.size() - 1).iri()),
              "pledge",
              speaker.get(0).start(),
              m.end(),
              Rule.UNDERTAKING,
              false));
    } else if (m.group("noun") != null
        && m.group("n5") != null
        && OUR.matcher(text.substring(Math.max(0, at - 4), at)).find()) {
      subjectStart = at - 3; // "join our commitment not to conduct …": a norm of the parties
      issuers.addAll(x.parties());
    } else if (m.group("noun") == null && shortSubject(s, x, text.substring(0, at)) != null) {
      // "Acme Foundation’s (Acme) is launching …. In October, Acme will host …"
      Matcher named = SHORT_SUBJECT.matcher(text.substring(0, at));
      named.matches();
      subjectStart = named.start(1);
      issuers.add(itemName(s, x, named.group(1)));
    } else if (m.group("noun") == null
        && collective(x, text.substring(0, at), m.group().startsWith("will"))) {
      subjectStart = 0; // "The coalition will …", "… a new coalition of X that will …"
      issuers.add(x.collective);
    } else if (m.group("noun") == null && !referredTo(s, x, at).isEmpty()) {
      subjectStart = 0;
      issuers.addAll(referredTo(s, x, at));
    } else if (m.start() == 0
        && s.unit.isFirstOfBody()
        && x.titleActors.containsKey(s.unit.block().index())) {
      subjectStart = 0; // "**Acme Orbital** will offer …": the bold title is the subject
      issuers.add(x.titleActors.get(s.unit.block().index()));
    } else if (m.group("noun") == null
        && !x.announcesCommitments
        && !before.isEmpty()
        && AND_BEFORE.matcher(text).region(Math.max(0, at - 6), at).find()) {
      // "X is committed to A and looks forward to B": B shares the subject of A (an announced
      // pledge's second verb is part of the one pledge: "will launch A and will feature B")
      subjectStart = at;
      issuers.addAll(before.get(before.size() - 1).issuers());
    } else {
      return Optional.empty();
    }
    if (issuers.isEmpty() || quoted(text, subjectStart)) {
      return Optional.empty(); // "we" in a quotation is its speaker, not the document's parties
    }
    boolean not =
        m.group("norms") != null
            || m.group("n1") != null
            || m.group("n2") != null
            || m.group("n3") != null
            || m.group("n4") != null
            || m.group("n5") != null;
    String doing = m.group("doing");
    String verb = m.group("intent") != null ? m.group("intent") : doing;
    boolean committing =
        m.group("money") != null
            || m.group("again") != null
            || m.group("noun") != null
            || (verb != null && COMMITTING.matcher(verb).matches());
    int clauseStart =
        m.group("norms") != null
            ? m.end("norms") + 1 + (text.startsWith("the ", m.end("norms") + 1) ? 4 : 0)
            : doing != null && !doing.equals("committed") ? m.start("doing") : m.end();
    int purpose = -1;
    if (doing != null
        && !x.announcesCommitments
        && m.group("n3") == null
        && !m.group().endsWith(" to ")
        && COOPERATING.matcher(doing).matches()) {
      purpose = purposeAfter(text, m.end());
      if (purpose < 0) {
        return Optional.empty(); // "NASA is deepening ties with ESA": no end named
      }
      if (!"deepening".equals(doing)
          && !TARGET.matcher(text).region(purpose, text.length()).find()) {
        return Optional.empty(); // "NASA is working with ESA to develop the Gateway": under way
      }
      clauseStart = purpose;
    } else if ("deepening".equals(doing)) {
      return Optional.empty();
    }
    boolean establishing =
        doing != null
            && !x.announcesCommitments
            && s.unit.block().isBoldLed()
            && ESTABLISHING.matcher(doing).matches();
    boolean refrain = text.startsWith("refrain from", clauseStart);
    if (verb != null
        && verb.startsWith("look")
        && !text.substring(clauseStart).matches("(?s)\\p{Ll}+ing\\b.*")) {
      return Optional.empty(); // "looks forward to the launch": a wish, not an undertaking
    }
    boolean providing =
        "providing".equals(doing) && text.startsWith("$", clauseStart + "providing ".length());
    if (doing != null
        && !x.announcesCommitments
        && !providing
        && purpose < 0
        && !establishing
        && m.group("n3") == null
        && !(m.group().endsWith(" to ") && INTENDING.matcher(doing).matches())) {
      return Optional.empty(); // "NASA is developing X" reports what is under way
    }
    String kind;
    Rule rule = m.group("noun") != null ? Rule.COMMITMENT : Rule.UNDERTAKING;
    if (not || refrain) {
      kind = "norm";
    } else if (committing || providing) {
      kind = "pledge";
    } else if (x.announcesCommitments) {
      kind = "pledge";
      rule = Rule.ANNOUNCED_COMMITMENT;
    } else if (x.signers
        .getOrDefault(s.unit.block().index(), java.util.Set.of())
        .containsAll(issuers)) {
      kind = "pledge"; // "X and Y signed an arrangement. X will provide A, while Y will B"
      rule = Rule.SIGNED_UNDERTAKING;
    } else {
      kind = "plan";
    }
    return Optional.of(
        new Undertaking(
            issuers, kind, subjectStart, clauseStart, rule, not && m.group("norms") == null));
  }

  /**
   * Where the end of a joint work starts: the verb after the first "to" of purpose within 160
   * characters of {@code from} and before a semicolon; -1 when there is none.
   */
  private static int purposeAfter(String text, int from) {
    int limit = Math.min(text.length(), from + 160);
    int stop = text.indexOf(';', from);
    if (stop >= 0 && stop < limit) {
      limit = stop;
    }
    Matcher p = PURPOSE.matcher(text).region(from, limit);
    return p.find() ? p.end() : -1;
  }

  /** The actor a subject that is an item's short name stands for ("In May, Acme"), or null. */
  private static String shortSubject(Sentence s, Extraction x, String before) {
    Matcher named = SHORT_SUBJECT.matcher(before);
    return named.matches() ? itemName(s, x, named.group(1)) : null;
  }

  /**
   * Whether the words before a cue name the coalition the document named in plain words ({@link
   * MembershipRules}): "The coalition" (its head word), or its name followed by "that" in the
   * sentence that names it, before "will" ("a new coalition of space companies that will focus on
   * …"; "a coalition of X that are working together to …" describes it).
   */
  private static boolean collective(Extraction x, String before, boolean modal) {
    if (x.collective == null) {
      return false;
    }
    Matcher head = THE_COLLECTIVE.matcher(before);
    if (head.matches()) {
      return head.group(1).equals(x.collectiveHead);
    }
    String label = x.labelOf(x.collective);
    return modal && label != null && before.endsWith(" " + label + " that ");
  }

  /**
   * Who a subject that refers back stands for, in a later sentence of a block: "The agencies", "The
   * two companies" are the actors that open the block's first sentence; "The Lab" is the program or
   * partnership the block names first when its name ends with that word ("Executive HBCU Space
   * Lab").
   */
  private static List<String> referredTo(Sentence s, Extraction x, int at) {
    ParsedDocument.Block b = s.unit.block();
    if (s.unit.index() <= (b.isBoldLed() ? 1 : 0)) {
      return List.of();
    }
    Matcher a = ANAPHOR.matcher(s.text().substring(0, at));
    if (!a.find() || s.mentions.stream().anyMatch(m -> m.start() < at)) {
      return List.of();
    }
    String head = a.group("head");
    if (ACTORS_HEAD.matcher(head).matches()) {
      return x.openers.getOrDefault(b.index(), List.of());
    }
    List<String> named = x.things.getOrDefault(b.index(), List.of());
    for (int i = named.size() - 1; i >= 0; i--) {
      String label = x.labelOf(named.get(i));
      if (label != null && Character.isUpperCase(head.charAt(0)) && label.endsWith(" " + head)) {
        return List.of(named.get(i));
      }
    }
    return List.of();
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
