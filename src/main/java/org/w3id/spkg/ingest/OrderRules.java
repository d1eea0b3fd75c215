package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * What an order directs, in the order itself and in a fact sheet about it:
 *
 * <ul>
 *   <li>{@code order-shall}: in an executive order, memorandum or proclamation, "The Council shall
 *       …" is a directive to the Council, issued by the order's signer; "it shall:" directs each
 *       enumerated item after it ("(i) review …");
 *   <li>{@code directs}: "The Order directs the Secretary of X, in consultation with …, to …" is a
 *       directive to the Secretary, labelled by the instruction; "The Order mandates the creation
 *       of …" (no addressee) is a commitment of kind directive, "The Order calls for …" a plan,
 *       both issued by the order's signer.
 * </ul>
 */
final class OrderRules {

  /**
   * A document that is an order: its title names the kind, or it invokes the signer's authority.
   */
  private static final Pattern ORDER_TITLE =
      Pattern.compile(
          "^(?:Executive Order|Presidential Memorandum|Memorandum|National Security Memorandum"
              + "|A Proclamation|Proclamation)\\b|authority vested in me",
          Pattern.CASE_INSENSITIVE);

  /** "The Council shall …", after an optional enumerator "(a)". */
  private static final Pattern SHALL =
      Pattern.compile("\\bshall(?::|,? (?!be |not be |have the ))");

  /** The legal proviso an order's sentence may open with, up to the comma after it. */
  private static final Pattern LEGAL_INTRO =
      Pattern.compile(
          "^(?:To the extent|\\S+\\),? and within)[^;]*?\\b(?:existing appropriations|permitted by"
              + " law|applicable law),\\s+(?=\\p{L})");

  /** A part of a list that says who helps or how, not who acts: "in consultation with …". */
  private static final Pattern ASIDE_PART =
      Pattern.compile(
          "(?:in|with|working|consistent|as|including|except|under|pursuant|subject|through"
              + "|acting|after|before|where|when|if|unless|upon|within|to)\\b");

  /** "… shall be provided exclusively by the …": the agent follows. */
  private static final Pattern PASSIVE_SHALL =
      Pattern.compile("\\bshall be (?:\\p{L}+ly )?\\p{L}+ed (?:\\p{L}+ly )?by (?:the )?");

  private static final Pattern ENUMERATOR =
      Pattern.compile("^\\s*\\\\?\\((?:[a-z]|[ivx]+|\\d+)\\\\?\\)\\s*");

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

  private static final Pattern SHORT_NAME =
      Pattern.compile("\\((?:the )?[“\"]?(\\p{Lu}\\p{Ll}+)[”\"]?\\)");

  private static final Pattern ADDRESSEE_PHRASE =
      Pattern.compile("^(?:[Tt]he |[Ee]ach |[Aa]ll )?[\\p{L}’' -]{2,80}$");

  /** The capitalised name that ends where a short name is defined: "Users’ Advisory Group". */
  private static final Pattern NAME_BEFORE =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|on|and|the)\\s+)*){0,6}\\p{Lu}[\\p{L}’'-]*$");

  /** " to " before the instruction: followed by a verb, not by "the President". */
  private static final Pattern TO_VERB = Pattern.compile(" to (?!the |a |an |and |\\p{Lu})");

  private static final Pattern PARTS = Pattern.compile(",\\s+and\\s+|,\\s+|\\s+and\\s+(?=the\\s)");

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

  /** A phrase that names who acts: "Agencies", "The head of each agency that …". */
  private static final Pattern AGENT_NOUN =
      Pattern.compile(
          "\\b(?:[Aa]genc(?:y|ies)|[Dd]epartments?|[Hh]eads?|[Ss]ecretar(?:y|ies)|[Aa]dministrators?"
              + "|[Dd]irectors?|[Cc]ouncils?|[Oo]ffices?|[Bb]oards?|[Cc]ommittees?|[Gg]roups?"
              + "|[Mm]embers|[Oo]fficials|[Cc]hair|[Aa]ssistants?|[Aa]dvisors?|[Gg]overnments?"
              + "|[Cc]ommissions?|[Ss]ervices?)\\b");

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

  static boolean isOrder(ParsedDocument doc) {
    if (ORDER_TITLE.matcher(doc.title()).find()) {
      return true;
    }
    List<ParsedDocument.Block> blocks = doc.blocks();
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      if (blocks.get(i).body().text().contains("authority vested in me")) {
        return true;
      }
    }
    return false;
  }

  static void apply(Sentence s, Extraction x) {
    policyElement(s, x);
    if (x.isOrder) {
      shall(s, x);
    } else {
      orderVerbs(s, x);
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
          writeDirective(
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

  /** "(a) The Council shall meet at least annually." */
  private static void shall(Sentence s, Extraction x) {
    String text = s.text();
    Matcher e = ENUMERATOR.matcher(text);
    int from = e.find() ? e.end() : 0;
    Matcher m = SHALL.matcher(text);
    if (!m.find() || m.start() < from) {
      if (passiveShall(s, x, from)) {
        x.pendingShall = null;
        return;
      }
      if (from > 0 && x.pendingShall != null) {
        directive(s, x, text.substring(from), x.pendingShall, Rule.ORDER_SHALL);
        return;
      }
      x.pendingShall = null;
      return;
    }
    String subject = text.substring(from, m.start()).replaceAll("[,\\s]+$", "");
    int comma = subject.lastIndexOf(", ");
    if (comma >= 0 && subject.substring(comma + 2).matches("(?:the|it|they)\\b.*")) {
      // "On space matters relating to national security, the Council shall …"
      from += comma + 2;
      subject = subject.substring(comma + 2);
    }
    Matcher intro = LEGAL_INTRO.matcher(subject);
    if (intro.find()) {
      // "To the extent permitted by law, and within existing appropriations, agencies … shall"
      from += intro.end();
      subject = subject.substring(intro.end());
    }
    String lower = subject.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("order") || lower.contains("provision") || lower.startsWith("nothing")) {
      x.pendingShall = null;
      return;
    }
    if (subject.contains(",")) {
      // "agencies serving on the Council, components of the Executive Office of the President, and
      // interagency councils … shall": a directive to each
      List<String> each = listed(s, x, from, subject);
      x.pendingShall = null;
      if (!each.isEmpty() && !m.group().endsWith(":") && x.signer().isPresent()) {
        String clause =
            text.substring(m.end()).replaceFirst("^,?\\s*to the extent [^,]*,\\s*", "").trim();
        writeDirective(
            s,
            x,
            clause.replaceAll("(?:;\\s*and|;|\\.)\\s*$", "").trim(),
            x.signer().get(),
            each,
            Rule.ORDER_SHALL);
      }
      return;
    }
    Optional<String> addressee =
        lower.equals("it") && x.lastAddressee != null
            ? Optional.of(x.lastAddressee)
            : addressee(s, x, from, subject);
    if (addressee.isEmpty()) {
      x.pendingShall = null;
      return;
    }
    x.lastAddressee = addressee.get();
    String clause =
        text.substring(m.end()).replaceFirst("^,?\\s*to the extent [^,]*,\\s*", "").trim();
    if (m.group().endsWith(":")) {
      x.pendingShall = addressee.get();
      return;
    }
    x.pendingShall = null;
    String label = clause.startsWith("not ") ? subject + " shall " + clause : clause;
    directive(s, x, label, addressee.get(), Rule.ORDER_SHALL);
  }

  /**
   * "(ii) legal advice to the Council shall be provided exclusively by the Office of the Counsel to
   * the President and the Counsel to the Vice President": a directive to each agent after "by",
   * labelled by the whole clause.
   */
  private static boolean passiveShall(Sentence s, Extraction x, int from) {
    String text = s.text();
    Matcher p = PASSIVE_SHALL.matcher(text);
    if (!p.find() || p.start() < from || x.signer().isEmpty()) {
      return false;
    }
    String subject = text.substring(from, p.start()).toLowerCase(java.util.Locale.ROOT);
    if (subject.contains("order")
        || subject.contains("provision")
        || subject.contains(",")
        || subject.isBlank()) {
      return false;
    }
    String agents = text.substring(p.end()).replaceAll("(?:;\\s*and|;|\\.)\\s*$", "");
    List<String> each = listed(s, x, p.end(), agents);
    if (each.isEmpty()) {
      return false;
    }
    String label = text.substring(from).replaceAll("(?:;\\s*and|;|\\.)\\s*$", "").trim();
    writeDirective(s, x, label, x.signer().get(), each, Rule.ORDER_SHALL);
    return true;
  }

  /**
   * The addressees of a list ("A, B, and C", "A and the B"), each an actor or office it opens with,
   * a short name the order defined, or a phrase that names who acts; empty when a part is none of
   * these.
   */
  private static List<String> listed(Sentence s, Extraction x, int from, String list) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (String part : PARTS.split(list, -1)) {
      int start = list.indexOf(part, at);
      at = start + part.length();
      String name = part.trim();
      if (name.isEmpty() || ASIDE_PART.matcher(name).lookingAt()) {
        continue; // "in consultation with the Secretary of X": who helps, not who is directed
      }
      Optional<String> a =
          addressee(
              s, x, from + start + (part.length() - part.stripLeading().length()), name, false);
      if (a.isEmpty()) {
        return List.of();
      }
      out.add(a.get());
    }
    return out;
  }

  /**
   * The addressee a subject names: a short name the order defined ("the Council" for "National
   * Space Council (Council)"), else the actor or office it mentions, else the phrase itself
   * ("Agencies", "The head of each agency that …") as an addressee of the document's own.
   */
  private static Optional<String> addressee(Sentence s, Extraction x, int from, String subject) {
    return addressee(s, x, from, subject, true);
  }

  private static Optional<String> addressee(
      Sentence s, Extraction x, int from, String subject, boolean anywhere) {
    for (Map.Entry<String, String> e : shortNames(x).entrySet()) {
      if ((anywhere && subject.matches("(?s).*\\bthe " + Pattern.quote(e.getKey()) + "\\b.*"))
          || subject.equals("The " + e.getKey())
          || subject.equals("the " + e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    int head = from + (subject.matches("(?s)(?:The|the) .*") ? 4 : 0);
    for (Gazetteer.Mention mention : s.mentions) {
      if (mention.start() == head
          && mention.end() <= from + subject.length()
          && mention.form() != Gazetteer.Form.ADJECTIVE
          && (x.known.isA(mention.iri(), SPKG.Actor) || x.known.isA(mention.iri(), SPKG.Office))) {
        return Optional.of(office(x, mention));
      }
    }
    if (!ADDRESSEE_PHRASE.matcher(subject).matches()
        || !AGENT_NOUN.matcher(subject).find()
        || subject.split("\\s+").length > 12) {
      return Optional.empty();
    }
    return Optional.of(namedAddressee(x, subject.replaceFirst("^(?:The|the) ", "")));
  }

  /**
   * An addressee the text names by a phrase, not an entity: a node of the document's own with the
   * phrase as label and no class, so that it never becomes a name other documents are read for.
   */
  private static String namedAddressee(Extraction x, String label) {
    Node n = x.out.local("addressee", EntityIris.slug(label));
    x.out.label(n, Character.toUpperCase(label.charAt(0)) + label.substring(1));
    return n.getURI();
  }

  /**
   * An office as the text names it ("the Secretary of Transportation"), as its alternative label.
   */
  private static String office(Extraction x, Gazetteer.Mention m) {
    if (x.known.isA(m.iri(), SPKG.Office) && !m.text().equals(x.known.label(m.iri()))) {
      x.out.add(
          FactWriter.uri(m.iri()),
          org.apache.jena.vocabulary.SKOS.altLabel,
          org.apache.jena.graph.NodeFactory.createLiteralLang(
              m.text().replaceFirst("^(?:The|the) ", ""), "en"));
    }
    return m.iri();
  }

  /** The short names the document defines: "National Space Council (Council)". */
  private static Map<String, String> shortNames(Extraction x) {
    if (x.shortNames != null) {
      return x.shortNames;
    }
    Map<String, String> names = new HashMap<>();
    Gazetteer gazetteer = x.known.gazetteer();
    for (ParsedDocument.Block b : x.doc.blocks()) {
      String text = b.body().text();
      Matcher m = SHORT_NAME.matcher(text);
      while (m.find()) {
        String before = text.substring(Math.max(0, m.start() - 120), m.start()).stripTrailing();
        String head = m.group(1);
        if (!before.endsWith(head) || names.containsKey(head)) {
          continue;
        }
        gazetteer.find(before).stream()
            .filter(g -> g.end() == before.length() && x.known.isA(g.iri(), SPKG.Actor))
            .findFirst()
            .ifPresent(g -> names.put(head, g.iri()));
        if (!names.containsKey(head)) {
          x.mentioned.stream()
              .filter(i -> x.known.isA(i, SPKG.Actor) && x.known.label(i) != null)
              .filter(i -> before.endsWith(x.known.label(i)))
              .findFirst()
              .ifPresent(i -> names.put(head, i));
        }
        if (!names.containsKey(head)) {
          Matcher full = NAME_BEFORE.matcher(before);
          if (full.find()) {
            names.put(head, namedAddressee(x, full.group().trim()));
          }
        }
      }
    }
    x.shortNames = names;
    return names;
  }

  /** "The Order directs the Secretary of X to …", "The Order mandates the creation of …". */
  private static void orderVerbs(Sentence s, Extraction x) {
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
        writeDirective(s, x, label, by.orElse(signer.get()), List.of(to.get().iri()), Rule.DIRECTS);
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
    for (String part : PARTS.split(who, -1)) {
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
        addressees.add(office(x, m.get()));
      } else if (name.split("\\s+").length <= 10
          && ADDRESSEE_PHRASE.matcher(name).matches()
          && AGENT_NOUN.matcher(name).find()) {
        addressees.add(namedAddressee(x, name));
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
              .map(g -> office(x, g));
      if (second.isEmpty()
          && who2.split("\\s+").length <= 10
          && ADDRESSEE_PHRASE.matcher(who2).matches()
          && AGENT_NOUN.matcher(who2).find()) {
        second = Optional.of(namedAddressee(x, who2));
      }
      if (second.isPresent()) {
        writeDirective(
            s, x, label.substring(0, and.start()).trim(), issuer, addressees, Rule.DIRECTS);
        writeDirective(
            s, x, label.substring(and.end()).trim(), issuer, List.of(second.get()), Rule.DIRECTS);
        return true;
      }
    }
    writeDirective(s, x, label, issuer, addressees, Rule.DIRECTS);
    return true;
  }

  private static void directive(
      Sentence s, Extraction x, String label, String addressee, Rule rule) {
    Optional<String> issuer = x.signer();
    if (issuer.isEmpty()) {
      return;
    }
    String clean = label.replaceAll("(?:;\\s*and|;|\\.)\\s*$", "").trim();
    if (clean.isEmpty()) {
      return;
    }
    writeDirective(s, x, clean, issuer.get(), List.of(addressee), rule);
  }

  private static void writeDirective(
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
