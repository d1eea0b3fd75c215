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
 *       "… have joined P: X, Y and Z";
 *   <li>{@code adding-members}: "… in P, including adding X, Y and Z earlier this month";
 *   <li>{@code under-auspices}: "X, Y and Z, under the auspices of … P";
 *   <li>{@code signed-by}: "P has been signed by X and Y"; "X and Y signed a historic implementing
 *       arrangement" in an item about an arrangement;
 *   <li>{@code as-members}: "As (founding) members of P, X and Y …";
 *   <li>{@code members-include}: "Founding members of P include X and Y";
 *   <li>{@code work-through}: "X and Y work together … within / through P";
 *   <li>{@code negotiations}: "X and Y commenced negotiations on P";
 *   <li>{@code convenes-meeting}: "X will convene the third meeting of P";
 *   <li>{@code holds-dialogue}: "X and Y will hold the second P Dialogue";
 *   <li>{@code participated-in}: "X and Y have both participated in P";
 *   <li>{@code joined-by}: "… led the meeting of P. They were joined by X, Y and Z".
 * </ul>
 */
final class MembershipRules {

  private static final Pattern OPENING = Pattern.compile("^(?:The\\s+|the\\s+)?");
  private static final Pattern AFTER_LIST =
      Pattern.compile("^(?:,|\\s+(?:also\\s+|now\\s+|jointly\\s+)?[a-z])");
  private static final Pattern MODIFIER = Pattern.compile("\\S[-/]\\S");
  private static final Pattern REPORTING =
      Pattern.compile(
          "\\s+(?:also\\s+)?(?:announced|announce|are announcing|is announcing|said|noted|reported)\\s+that\\b");
  private static final Pattern PARTICIPATE =
      Pattern.compile(
          "\\b(?:also |now )?(participate|participates|participating|are members of|is a member of"
              + "|joined|have joined|has joined|will join|will also join|will become (?:a )?members?(?: of)?"
              + "|became (?:a )?members?(?: of)?"
              + "|(?:is|are) (?:committed|commits|intends|intend|plans|plan) to join(?:ing)?)\\b(?: in)?");
  private static final Pattern ADDING =
      Pattern.compile("\\b(adding|welcoming|with the addition of) ");
  private static final Pattern AUSPICES = Pattern.compile("\\b[Uu]nder the auspices of\\b");
  private static final Pattern SIGNED_BY = Pattern.compile("\\bsigned by\\b");
  private static final Pattern SIGNED =
      Pattern.compile(
          "\\b(?:(?:has|have|had|also|formally|officially|now|today|jointly) )*"
              + "(?:signed|acceded to|ratified|(?:intend|intends|plan|plans|agreed|will|are set|is set) to sign|will sign"
              + "|(?:are|were|is|was|became|become) (?:(?:the |an? )?(?:original|founding|first|early) )?signator(?:y|ies) (?:of|to)"
              + "|(?:is|was|became|become|becomes) the (?:\\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))"
              + " (?:nation |country )?(?:to sign|signatory (?:of|to)))\\b(?! by)");
  private static final Pattern SIGNING_OF =
      Pattern.compile(
          "(?:'s|\u2019s) (?:signing of|signature of|accession to|ratification of|joining) (?:the )?");
  private static final Pattern JOINING = Pattern.compile("\\G[^.]*?\\bjoining ");
  private static final Pattern INCLUDING = Pattern.compile("\\G[^.]*?\\bincluding ");

  private static final Pattern COMPOSED_OF =
      Pattern.compile(
          "\\b(?:composed of|comprised of|consist of|consists of|made up of)"
              + "(?: the following(?: members)?)?\\s*:\\s*$");
  private static final Pattern ENUMERATOR =
      Pattern.compile("^\\\\?\\((?:[a-z]{1,2}|[A-Z]|[ivx]{1,4}|\\d{1,2})\\\\?\\)\\s+(?:the\\s+)?");
  private static final Pattern CHAIR =
      Pattern.compile(
          "\\bwho shall (?:be|serve as) (?:the |a )?(?:Co-)?Chair\\b|\\bwho shall (?:co-)?chair\\b");

  private static final Pattern DELEGATES =
      Pattern.compile(
          "(?:The\\s+)?(?:Experts|Officials|Representatives|Delegations|Delegates|Scientists"
              + "|Engineers|Teams|Staff|Leaders|Senior officials)\\s+(?:from|of)\\s+(?:the\\s+)?");
  private static final Pattern LIST_END =
      Pattern.compile(
          ",\\s+together with\\b|\\s+(?:will|shall|are|is|have|has|met|meet|plan|intend)\\s");
  private static final Pattern COORDINATED_WITH =
      Pattern.compile(
          "(?:\\s*\\([^()]{1,20}\\))?,\\s+(?:and\\s+)?in\\s+(?:coordination|consultation)\\s+with\\s+(?:the\\s+)?");
  private static final Pattern LIST_CLOSE = Pattern.compile(",\\s+(?!and\\b|the\\b|\\p{Lu})");
  private static final Pattern SECTION_HEADING =
      Pattern.compile(
          "(?:Membership|Composition|Functions|Duties|Responsibilities|Administration) of (?:the )?");

  /** "a new coalition of space companies": a body the text names in plain words. */
  private static final Pattern COLLECTIVE =
      Pattern.compile(
          "\\b(?:[Aa]n?|[Tt]he) (?:new |newly formed |newly created |national )?(coalition|consortium|alliance) of ");

  /** A sentence that opens with the coalition: "The new coalition's work will …". */
  private static final Pattern COLLECTIVE_SUBJECT =
      Pattern.compile("^(?:The|This|That) (?:new |newly formed )?(\\p{L}+)\\b");

  private static final Pattern COLLECTIVE_LEADS =
      Pattern.compile("\\b(?:anchored|led|co-led|headed|chaired|spearheaded) by (?:the )?");
  private static final Pattern COLLECTIVE_MEMBERS =
      Pattern.compile(
          "\\b(?:(?:partners|members|participants) (?:will |would |also )?(?:include|includes|included)"
              + "|(?:be |is |are |was |were )?joined by|including) (?:the )?");
  private static final Pattern COLLECTIVE_SUPPORT =
      Pattern.compile("\\bwith the (?:support|backing) of (?:the )?");
  private static final Pattern SPONSORS =
      Pattern.compile(
          "\\s+and (?:its|their) (sponsors|funders|partners|members),?\\s+(?:the\\s+)?");

  /** A title naming money given: "Research Funding for …", "Grants to …", "Scholarships". */
  private static final Pattern FUNDING_TITLE =
      Pattern.compile("\\b(?:Funding|Grants?|Scholarships?|Fellowships?)\\b");

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

  /**
   * A description the item's focus answers to: "a historic implementing arrangement" for the Lunar
   * Surface Exploration Implementing Arrangement. Group 1: the lowercase words, the last of which
   * is the head.
   */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\s*(?:an?|the|its|their|this|that)\\s+((?:[a-z][a-z-]*+\\s+){0,5}?[a-z][a-z-]*+)"
              + "(?=\\s+(?:for|on|of|to|with|that|which|in|between|at|by)\\b|\\s*[,.;:(]|$)");

  /**
   * "X will convene / chaired / co-hosted the third meeting of Z": the verb before a meeting the
   * document names. Group 1 is the verb that gives the role.
   */
  private static final Pattern CONVENES =
      Pattern.compile(
          "\\b(?:(?:will|also|to|jointly) )*(?:co-)?(convene[sd]?|convening|chair(?:s|ed|ing)?"
              + "|host(?:s|ed|ing)?)(?: and (?:co-)?(?:chaired|hosted|chair|host))? (?:the |its |their )?");

  private static final List<String> ORDINALS =
      List.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth");

  private static final Pattern COUNTED_MEETING =
      Pattern.compile(
          "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
              + " (?:meeting|convening) of (?:the |our )");

  /** "X and Y will hold the second Z Dialogue": the verb and the count before a dialogue. */
  private static final Pattern HOLD =
      Pattern.compile(
          "\\b(?:(?:will|also|jointly|to) )*(?:hold|holds|held|holding) the "
              + "(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural"
              + "|annual|next|first-ever|\\d+(?:st|nd|rd|th)) )?");

  /** Before a dialogue held: "the second", "the inaugural". */
  private static final Pattern COUNTED_BEFORE =
      Pattern.compile(
          "\\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural"
              + "|annual|latest|\\d+(?:st|nd|rd|th)) $");

  /** After a dialogue: "held at the Pentagon", "convened in Tokyo". */
  private static final Pattern HELD_AT =
      Pattern.compile("^,? (?:which was |that was |was )?(?:held|convened|hosted) (?:in|at|on)\\b");

  /**
   * Between "signed" and the name signed: an article, at most two modifiers, no preposition ("on to
   * the Artemis Accords", "a historic Open Skies Agreement", "its first").
   */
  private static final Pattern SIGNED_OBJECT =
      Pattern.compile(
          "\\s*(?:on to |onto |on )?(?:(?:the|an?|its|their|this|his|her|our) )?"
              + "(?:(?!(?:of|with|to|for|on|in|by|at|and)\\b)(?:[a-z][a-z-]*+|\\d{4}) ){0,2}");

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

  /**
   * "They were joined (on the U.S. side) by": the officials listed after it took part in the
   * meeting the sentence before named.
   */
  private static final Pattern JOINED_BY =
      Pattern.compile(
          "^(?:They|He|She|The (?:leaders|[a-z]+ [A-Z][A-Za-z ]{1,40}?)) (?:were|was) (?:also )?"
              + "joined(?: on the [^,;]{1,30}? side)? by ");

  /** Between two names of a list: a comma, "and", "the". */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*+(?:,|, and|and)?\\s*+(?:the\\s+)?");

  /** How far back (characters of the block) the meeting may be named. */
  private static final int JOINED_REACH = 300;

  private MembershipRules() {}

  /**
   * {@code coalition-members}: "the Vice President is announcing a new coalition of space companies
   * …" names a coalition of the document ("coalition of space companies"); in its paragraph, or in
   * a sentence that opens with "The coalition", the actors it is "anchored / led by" lead it, those
   * "partners will include", "joined by" or "including" name are members, those "with the support
   * of" contribute to it; "P and its sponsors, A and B": A and B fund P (and are members too when
   * the list names members).
   */
  static void coalition(Sentence s, Extraction x) {
    Matcher c = COLLECTIVE.matcher(s.text());
    if (c.find()) {
      Optional<String> words = ParticipationRules.phrase(s.text(), c.end());
      if (words.isPresent() || lowerWord(s.text(), c.end()).isPresent()) {
        String label =
            c.group(1) + " of " + words.orElseGet(() -> lowerWord(s.text(), c.end()).get());
        x.collective =
            Undertakings.unnamed(x, s, label, SPKG.Coalition, Rule.COALITION_MEMBERS, false);
        x.collectiveHead = c.group(1);
        x.collectiveBlock = s.unit.block().index();
      }
    }
    if (x.collective == null) {
      return;
    }
    Matcher subject = COLLECTIVE_SUBJECT.matcher(s.text());
    boolean about =
        s.unit.block().index() == x.collectiveBlock
            || (subject.lookingAt() && subject.group(1).equals(x.collectiveHead));
    if (!about) {
      return;
    }
    String body = x.collective;
    listed(s, x, COLLECTIVE_LEADS, body, "lead");
    listed(s, x, COLLECTIVE_MEMBERS, body, "member");
    listed(s, x, COLLECTIVE_SUPPORT, body, "contributor");
  }

  private static Optional<String> lowerWord(String text, int at) {
    int j = at;
    while (j < text.length() && Character.isLowerCase(text.charAt(j))) {
      j++;
    }
    String w = text.substring(at, j);
    return w.length() > 3 && w.endsWith("s") && !w.equals("more")
        ? Optional.of(w)
        : Optional.empty();
  }

  /**
   * The actors (and programs) listed after each match of {@code cue} take {@code role} in {@code
   * body}; "P and its sponsors, A and B" in the list: A and B fund P.
   */
  private static void listed(Sentence s, Extraction x, Pattern cue, String body, String role) {
    Matcher m = cue.matcher(s.text());
    while (m.find()) {
      Node ev = x.evidence(s, Rule.COALITION_MEMBERS);
      int at = m.end();
      List<Gazetteer.Mention> who = new java.util.ArrayList<>();
      Optional<Gazetteer.Mention> program =
          s.firstThing(at, s.text().length()).filter(t -> t.start() == at);
      if (program.isPresent()) {
        who.add(program.get());
        Matcher sp = SPONSORS.matcher(s.text()).region(program.get().end(), s.text().length());
        if (sp.lookingAt()) {
          List<Gazetteer.Mention> sponsors = ParticipationRules.namesFrom(s, sp.end());
          String kind = sp.group(1);
          String sponsorRole =
              kind.equals("sponsors") || kind.equals("funders")
                  ? "funder"
                  : kind.equals("partners") ? "partner" : "member";
          for (Gazetteer.Mention a : sponsors) {
            x.out.participation(
                program.get().iri(), a.iri(), sponsorRole, Optional.empty(), Optional.empty(), ev);
          }
          who.addAll(sponsors);
        }
      } else {
        who.addAll(ParticipationRules.namesFrom(s, at));
      }
      for (Gazetteer.Mention a : who) {
        if (!a.iri().equals(body) && !x.known.isA(a.iri(), SPKG.Person)) {
          // A coalition with members is one of the document's entities.
          x.mentioned.add(body);
          x.out.participation(body, a.iri(), role, Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }

  /**
   * {@code composed-of}: a body whose membership a paragraph introduces ("The Council shall be
   * composed of:") and the enumerated paragraphs after it list ("(a) the Vice President, who shall
   * be Chair of the Council;", "(b) the Secretary of State;"): the actor or office each item opens
   * with is a member of the body the introducing paragraph names last; one "who shall be Chair"
   * convenes it too.
   */
  static void composedOf(List<List<Sentence>> blocks, Extraction x) {
    for (int i = 0; i < blocks.size(); i++) {
      List<Sentence> intro = blocks.get(i);
      Sentence last = intro.get(intro.size() - 1);
      Matcher c = COMPOSED_OF.matcher(last.text());
      if (!c.find()) {
        continue;
      }
      // The body the sentence's subject names: a name before the verb, or one whose last word the
      // subject repeats ("… the National Space Council. The Council shall be composed of:").
      String subject = " " + last.text().substring(0, c.start()) + " ";
      Optional<Gazetteer.Mention> body = Optional.empty();
      for (Sentence s : intro) {
        for (Gazetteer.Mention m : s.mentions) {
          String head = m.text().substring(m.text().lastIndexOf(' ') + 1);
          boolean named = s == last ? m.end() <= c.start() : subject.contains(" " + head + " ");
          if (named
              && m.form() != Gazetteer.Form.ADJECTIVE
              && m.form() != Gazetteer.Form.TITLE
              && !x.known.isA(m.iri(), SPKG.Person)
              && !x.known.isA(m.iri(), SPKG.Office)
              && !x.known.isA(m.iri(), SPKG.Nation)) {
            body = Optional.of(m);
          }
        }
      }
      if (body.isEmpty()) {
        continue;
      }
      String bodyIri = sectionSubject(body.get(), x);
      for (int j = i + 1; j < blocks.size(); j++) {
        Sentence item = blocks.get(j).get(0);
        Matcher e = ENUMERATOR.matcher(item.text());
        if (!e.lookingAt()) {
          break;
        }
        Optional<Gazetteer.Mention> who =
            item.mentions.stream()
                .filter(
                    m ->
                        m.start() == e.end()
                            && m.form() != Gazetteer.Form.ADJECTIVE
                            && (x.known.isA(m.iri(), SPKG.Actor)
                                || x.known.isA(m.iri(), SPKG.Office)))
                .findFirst();
        if (who.isEmpty() || who.get().iri().equals(bodyIri)) {
          continue;
        }
        Node ev = x.evidence(item, Rule.COMPOSED_OF);
        x.out.participation(
            bodyIri, who.get().iri(), "member", Optional.empty(), Optional.empty(), ev);
        if (CHAIR.matcher(item.text()).find()) {
          x.out.participation(
              bodyIri, who.get().iri(), "convener", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }

  /**
   * The body a section heading read as one name stands for: "Membership of the National Space
   * Council" is the Council, when the reference data knows the name after the heading's "of".
   */
  private static String sectionSubject(Gazetteer.Mention m, Extraction x) {
    Matcher h = SECTION_HEADING.matcher(m.text());
    if (h.lookingAt()) {
      String rest = m.text().substring(h.end());
      for (Gazetteer.Mention inner : x.known.gazetteer().find(rest)) {
        if (inner.start() == 0 && inner.end() == rest.length()) {
          return inner.iri();
        }
      }
    }
    return m.iri();
  }

  /** The rules but {@link #initiativeLead}, which runs after every other rule of the sentence. */
  static void apply(Sentence s, Extraction x) {
    membersInclude(s, x);
    rememberHeads(s, x);
    coalition(s, x);
    participationVerb(s, x);
    addingMembers(s, x);
    underAuspices(s, x);
    signedBy(s, x);
    asMembers(s, x);
    fellowMembers(s, x);
    workThrough(s, x);
    negotiations(s, x);
    convenesMeeting(s, x);
    holdsDialogue(s, x);
    participatedIn(s, x);
    joinedBy(s, x);
  }

  /**
   * The first body sentence of a bold-led item that opens with actors names who lead it. The
   * participation is in the undertaking the sentence names after the actors (its object: "NASA is
   * expanding its efforts to promote Open Source Science"), else in the initiative when its title
   * is a name (not an action: "Expanding …"). One actor leads; several acting together are
   * partners; actors that only announced something about it take part in it.
   */
  static void initiativeLead(Sentence s, Extraction x) {
    openingActorsLead(s, x);
    ParticipationRules.genericParticipant(s, x);
  }

  private static void openingActorsLead(Sentence s, Extraction x) {
    Optional<Node> initiative = x.initiativeOf(s);
    if (initiative.isEmpty()
        || s.unit.isTitle()
        || x.out.graph().contains(initiative.get(), SPKG.ledBy.asNode(), Node.ANY)) {
      return;
    }
    if (delegates(s, x)) {
      return;
    }
    Matcher open = OPENING.matcher(s.text());
    open.lookingAt();
    List<Gazetteer.Mention> leads = s.actorsStartingAt(open.end());
    if (leads.isEmpty() || leads.get(0).start() != open.end()) {
      // After an introductory phrase: "Under the auspices of P, X, Y and Z are …"; not after a
      // noun phrase naming actors ("Experts from X, Y and Z …").
      int comma = s.text().indexOf(", ");
      boolean dated = comma >= 0 && s.timeIn(0, comma).isPresent();
      // "Experts from the A, B and C will …": a list that starts before the comma is no
      // introductory phrase; its actors take part, they do not lead.
      boolean listed =
          comma >= 0 && s.mentions.stream().anyMatch(m -> m.end() <= comma && s.isActor(m));
      leads = comma < 0 || dated || listed ? List.of() : s.actorsStartingAt(comma + 2);
      if (leads.isEmpty()
          || !s.text().substring(comma + 2, leads.get(0).start()).matches("(?:the )?")
          || s.mentions.stream().anyMatch(m -> m.end() <= comma && s.isActor(m))) {
        return;
      }
    }
    int end = leads.get(leads.size() - 1).end();
    if (!AFTER_LIST.matcher(s.text().substring(end)).lookingAt()
        || MODIFIER.matcher(s.text().substring(leads.get(0).start(), end)).find()) {
      return; // not a subject: "U.S.-Norway collaboration enabled …"
    }
    List<Gazetteer.Mention> actors =
        leads.stream().filter(m -> !x.known.isA(m.iri(), SPKG.Person)).toList();
    for (Gazetteer.Mention m : actors) {
      x.out.add(initiative.get(), SPKG.ledBy, FactWriter.uri(m.iri()));
    }
    Optional<String> target =
        Undertakings.objectAfter(s, end)
            .or(() -> Undertakings.namedInitiative(s, x))
            .or(() -> Undertakings.actionTitleObject(s, x));
    if (target.isEmpty()) {
      return;
    }
    // An item whose title is funding ("Research Funding for …", "Grants for …") is paid for by
    // the actor that opens it: its funder.
    boolean funding =
        target.get().equals(initiative.get().getURI())
            && s.unit
                .block()
                .title()
                .map(t -> FUNDING_TITLE.matcher(t.text()).find())
                .orElse(false);
    String role =
        REPORTING.matcher(s.text()).region(end, s.text().length()).lookingAt()
            ? "participant"
            : funding ? "funder" : actors.size() > 1 ? "partner" : "lead";
    Node thing = FactWriter.uri(target.get());
    inCoordinationWith(s, x, end, target.get());
    for (Gazetteer.Mention m : actors) {
      // A rule that read the verb ("signed", "are partnering") gave the actor its role already.
      if (!x.out.graph().contains(thing, SPKG.participant.asNode(), FactWriter.uri(m.iri()))) {
        Node ev = x.evidence(s, Rule.INITIATIVE_LEAD);
        x.out.participation(target.get(), m.iri(), role, Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * {@code delegates}: an item's first sentence that opens with the people some actors send
   * ("Experts from the A, B and C, together with …, will establish …"): each actor the list names
   * before its verb takes part in the initiative its title names (participant); none leads it.
   */
  private static boolean delegates(Sentence s, Extraction x) {
    Matcher d = DELEGATES.matcher(s.text());
    if (!d.lookingAt()) {
      return false;
    }
    Matcher v = LIST_END.matcher(s.text());
    int end = v.find(d.end()) ? v.start() : s.text().length();
    List<String> who =
        s.mentions.stream()
            .filter(m -> m.start() >= d.end() && m.end() <= end && s.isActor(m))
            .map(Gazetteer.Mention::iri)
            .distinct()
            .toList();
    Optional<String> target = Undertakings.namedInitiative(s, x);
    if (who.isEmpty() || target.isEmpty()) {
      return !who.isEmpty();
    }
    Node ev = x.evidence(s, Rule.DELEGATES);
    for (String a : who) {
      x.out.participation(target.get(), a, "participant", Optional.empty(), Optional.empty(), ev);
    }
    return true;
  }

  /**
   * {@code in-coordination-with}: "X (XA), in coordination with A and B, will expand P": A and B
   * take part in the undertaking X's sentence names (participant); "in partnership with" is
   * cooperation-with's.
   */
  private static void inCoordinationWith(Sentence s, Extraction x, int end, String target) {
    Matcher w = COORDINATED_WITH.matcher(s.text());
    if (!w.region(end, s.text().length()).lookingAt()) {
      return;
    }
    Node ev = x.evidence(s, Rule.IN_COORDINATION_WITH);
    // The partners' list ends at the comma that closes the phrase ("…, is expanding").
    Matcher close = LIST_CLOSE.matcher(s.text());
    int to = close.find(w.end()) ? close.start() : -1;
    if (to < 0) {
      return;
    }
    int from = w.end();
    for (Gazetteer.Mention a :
        s.mentions.stream()
            .filter(m -> m.start() >= from && m.end() <= to && s.isActor(m))
            .toList()) {
      if (!a.iri().equals(target) && !x.known.isA(a.iri(), SPKG.Person)) {
        x.out.participation(target, a.iri(), "participant", Optional.empty(), Optional.empty(), ev);
      }
    }
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

  static void signedBy(Sentence s, Extraction x) {
    Matcher active = SIGNED.matcher(s.text());
    if (active.find()) {
      List<String> signers = new java.util.ArrayList<>();
      s.actorsEndingAt(active.start()).forEach(a -> signers.add(a.iri()));
      if (signers.isEmpty()) {
        signers.addAll(Parties.before(s, x, active.start())); // "we signed …"
      }
      // A president who signs an order or a law issues it; he is no party to it.
      Optional<Gazetteer.Mention> thing =
          s.firstThing(active.end(), s.text().length())
              .filter(t -> !x.known.isA(t.iri(), SPKG.Policy))
              // The verb's object, not a name further on: "signed a MOU with … in the Pacific
              // Islands", "will sign an extension of the … Program" signed something else.
              .filter(
                  t ->
                      SIGNED_OBJECT.matcher(s.text().substring(active.end(), t.start())).matches());
      Optional<String> described =
          thing.isEmpty() ? describedFocus(s, x, active.end()) : Optional.empty();
      if (!signers.isEmpty() && described.isPresent()) {
        // "The United States and Japan signed a historic implementing arrangement" under an item
        // about the Lunar Surface Exploration Implementing Arrangement.
        Node ev = x.evidence(s, Rule.SIGNED_BY);
        for (String a : signers) {
          x.out.participation(
              described.get(), a, "signatory", Optional.empty(), Optional.empty(), ev);
        }
      }
      if (!signers.isEmpty() && thing.isPresent()) {
        Matcher joining = JOINING.matcher(s.text());
        if (joining.find(thing.get().end())) {
          s.actorsStartingAt(joining.end()).forEach(a -> signers.add(a.iri()));
        }
        Node ev = x.evidence(s, Rule.SIGNED_BY);
        for (String a : signers) {
          x.out.participation(
              thing.get().iri(), a, "signatory", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
    possessiveSigning(s, x);
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

  /** "India's signing of the Artemis Accords": the actor before the possessive signed. */
  static void possessiveSigning(Sentence s, Extraction x) {
    Matcher m = SIGNING_OF.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      Optional<Gazetteer.Mention> signer =
          s.mentions.stream().filter(a -> a.end() == at && s.isActor(a)).findFirst();
      Optional<Gazetteer.Mention> thing =
          s.firstThing(m.end(), s.text().length()).filter(t -> t.start() == m.end());
      if (signer.isPresent() && thing.isPresent()) {
        x.out.participation(
            thing.get().iri(),
            signer.get().iri(),
            "signatory",
            Optional.empty(),
            Optional.empty(),
            x.evidence(s, Rule.SIGNED_BY));
      }
    }
  }

  /**
   * The item's focus when the words at {@code at} describe it: an article, lowercase words, and a
   * head noun that is the last word of the focus's name ("signed a historic implementing
   * arrangement" in an item about the "Lunar Surface Exploration Implementing Arrangement").
   */
  static Optional<String> describedFocus(Sentence s, Extraction x, int at) {
    Optional<String> focus = x.focusOf(s);
    if (focus.isEmpty()) {
      return Optional.empty();
    }
    Matcher d = DESCRIPTION.matcher(s.text()).region(at, s.text().length());
    if (!d.lookingAt()) {
      return Optional.empty();
    }
    String words = d.group(1);
    String head = words.substring(words.lastIndexOf(' ') + 1);
    String label = x.known.label(focus.get());
    if (label == null || head.length() < 4) {
      return Optional.empty();
    }
    String last = label.substring(label.lastIndexOf(' ') + 1);
    return last.equalsIgnoreCase(head) ? focus : Optional.empty();
  }

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
          s.mentions.stream()
              .filter(
                  z ->
                      z.start() == at
                          && z.form() != Gazetteer.Form.ADJECTIVE
                          && (s.isThing(z)
                              || x.known.isA(z.iri(), SPKG.InternationalOrganization)
                              || x.known.isA(z.iri(), SPKG.Coalition)))
              .findFirst();
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
      who.addAll(Parties.before(s, x, m.start()));
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
          s.mentions.stream()
              .filter(
                  z ->
                      z.start() == at
                          && z.form() != Gazetteer.Form.ADJECTIVE
                          && (x.known.isA(z.iri(), SPKG.InternationalOrganization)
                              || x.known.isA(z.iri(), SPKG.Coalition)))
              .findFirst();
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
      who.addAll(Parties.before(s, x, m.start()));
    }
    int at = m.end() + (s.text().startsWith("the ", m.end()) ? 4 : 0);
    Optional<String> target =
        s.mentions.stream()
            .filter(z -> z.start() == at && s.isThing(z))
            .map(Gazetteer.Mention::iri)
            .findFirst()
            .or(() -> describedFocus(s, x, m.end()));
    if (who.isEmpty() || target.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, Rule.NEGOTIATIONS);
    for (String a : who) {
      x.out.participation(target.get(), a, "participant", Optional.empty(), Optional.empty(), ev);
    }
  }

  /**
   * {@code convenes-meeting}: "X and Y convened / chaired / will convene the first meeting of Z" (a
   * meeting the document names, counted or dated): they convene it; "hosted" makes them its hosts.
   */
  static void convenesMeeting(Sentence s, Extraction x) {
    Matcher m = CONVENES.matcher(s.text());
    while (m.find()) {
      String rest = s.text().substring(m.end()).replace(" of our ", " of the ");
      Optional<String> meeting =
          x.mentioned.stream()
              .filter(e -> x.known.isA(e, SPKG.Meeting))
              .filter(
                  e -> {
                    String label = x.known.label(e);
                    return label != null && !label.isEmpty() && rest.startsWith(label);
                  })
              .findFirst();
      if (meeting.isEmpty()) {
        meeting = countedMeeting(s, x, m.end());
      }
      if (meeting.isEmpty()) {
        continue;
      }
      List<String> who = new java.util.ArrayList<>();
      s.actorsEndingAt(m.start()).forEach(a -> who.add(a.iri()));
      if (who.isEmpty()) {
        who.addAll(Parties.before(s, x, m.start()));
      }
      String role = m.group(1).startsWith("host") ? "host" : "convener";
      Node ev = x.evidence(s, Rule.CONVENES_MEETING);
      for (String a : who) {
        x.out.participation(meeting.get(), a, role, Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * The counted meeting of a body named at {@code at} ("third meeting of the National Space
   * Council"), when the document's entities hold it: its IRI is the body's and the count's,
   * whatever label another document gave it.
   */
  private static Optional<String> countedMeeting(Sentence s, Extraction x, int at) {
    Matcher c = COUNTED_MEETING.matcher(s.text()).region(at, s.text().length());
    if (!c.lookingAt()) {
      return Optional.empty();
    }
    int n = ORDINALS.indexOf(c.group(1)) + 1;
    return s.mentions.stream()
        .filter(b -> b.start() == c.end() && b.form() != Gazetteer.Form.ADJECTIVE)
        .map(
            b ->
                org.w3id.spkg.vocab.EntityIris.entity(
                    "event", FactWriter.shortKey(b.iri()) + "-meeting-" + n))
        .filter(x.known::isKnown)
        .findFirst();
  }

  /**
   * {@code holds-dialogue}: "X and Y will hold the second Z Dialogue" (two actors or more, or the
   * parties of a joint document) makes them partners in the dialogue; so does "the second Z
   * Dialogue held at …" in a joint document of two parties, which is between them.
   */
  static void holdsDialogue(Sentence s, Extraction x) {
    for (Gazetteer.Mention z : s.mentions) {
      if (z.form() == Gazetteer.Form.ADJECTIVE
          || !z.text().contains("Dialogue")
          || !(x.known.isA(z.iri(), SPKG.Partnership) || x.known.isA(z.iri(), SPKG.WorkingGroup))) {
        continue;
      }
      List<String> who = new java.util.ArrayList<>();
      String before = s.text().substring(Math.max(0, z.start() - 60), z.start());
      Matcher h = HOLD.matcher(before);
      int verbAt = -1;
      while (h.find()) {
        if (h.end() == before.length()) {
          verbAt = z.start() - before.length() + h.start();
        }
      }
      if (verbAt >= 0) {
        s.actorsEndingAt(verbAt).forEach(a -> who.add(a.iri()));
        if (who.size() < 2) {
          who.clear();
          who.addAll(Parties.before(s, x, verbAt));
        }
      } else if (COUNTED_BEFORE.matcher(before).find()
          && HELD_AT.matcher(s.text().substring(z.end())).lookingAt()
          && Parties.joint(x.doc.title())
          && x.parties().size() == 2) {
        who.addAll(x.parties());
      }
      if (who.isEmpty()) {
        continue;
      }
      Node ev = x.evidence(s, Rule.HOLDS_DIALOGUE);
      for (String a : who) {
        if (!a.equals(z.iri())) {
          x.out.participation(z.iri(), a, "partner", Optional.empty(), Optional.empty(), ev);
        }
      }
    }
  }

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
          s.mentions.stream()
              .filter(
                  z ->
                      z.start() == at
                          && z.form() != Gazetteer.Form.ADJECTIVE
                          && (s.isThing(z)
                              || x.known.isA(z.iri(), SPKG.Coalition)
                              || x.known.isA(z.iri(), SPKG.InternationalOrganization)))
              .findFirst();
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
          s.mentions.stream()
              .filter(
                  z ->
                      z.start() == at
                          && z.form() != Gazetteer.Form.ADJECTIVE
                          && (s.isThing(z)
                              || x.known.isA(z.iri(), SPKG.Event)
                              || x.known.isA(z.iri(), SPKG.InternationalOrganization)))
              .findFirst();
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
        Matcher open = OPENING.matcher(s.text());
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

  /**
   * {@code joined-by}: "… led the inaugural meeting of P. They were joined on the U.S. side by X, Y
   * and Z": the actors listed right after "by" take part in the meeting the block named just before
   * (the last meeting the document holds whose name ends at most a few lines before the sentence).
   */
  static void joinedBy(Sentence s, Extraction x) {
    Matcher m = JOINED_BY.matcher(s.text());
    if (!m.lookingAt()) {
      return;
    }
    String body = s.unit.block().body().text();
    int here = body.indexOf(s.text());
    if (here <= 0) {
      return;
    }
    String before = body.substring(Math.max(0, here - JOINED_REACH), here);
    String meeting = null;
    int last = -1;
    for (String e : x.mentioned) {
      String label = x.known.isA(e, SPKG.Meeting) ? x.known.label(e) : null;
      int at = label == null || label.isEmpty() ? -1 : before.lastIndexOf(label);
      if (at > last) {
        last = at;
        meeting = e;
      }
    }
    if (meeting == null) {
      return;
    }
    Node ev = x.evidence(s, Rule.JOINED_BY);
    int at = m.end();
    for (Gazetteer.Mention a : s.mentions) {
      if (a.start() < at) {
        continue;
      }
      // officials are offices or people, not actors: "the Administrator of NASA, the Director …"
      if (a.form() == Gazetteer.Form.ADJECTIVE
          || !LIST_GAP.matcher(s.text().substring(at, a.start())).matches()
          || !(s.isActor(a) || x.known.isA(a.iri(), SPKG.Office))) {
        break;
      }
      x.out.participation(meeting, a.iri(), "participant", Optional.empty(), Optional.empty(), ev);
      at = a.end();
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
