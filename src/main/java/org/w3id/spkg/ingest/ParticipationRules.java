package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who hosts, funds, founds and leads:
 *
 * <ul>
 *   <li>{@code host}: "X will host / is hosting P" and "P, hosted by X" make X the host of P;
 *   <li>{@code funding}: "X is providing / announced / will invest $N … for P" makes X a funder of
 *       the program the sentence names after the amount.
 * </ul>
 */
final class ParticipationRules {

  private static final Pattern HOSTS =
      Pattern.compile(
          "\\b(?:will (?:also )?host|is hosting|are hosting|hosts|hosted|to host)\\b(?! by)");
  private static final Pattern HOSTED_BY = Pattern.compile(",? hosted by (?:the )?");

  /** Between a name and what follows it: nothing, or its acronym in parentheses. */
  private static final Pattern ACRONYM_GAP = Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?");

  private static final Pattern FOUNDS =
      Pattern.compile(
          "\\b(?:creating|created|establishing|established|founding|founded|launching|launched"
              + "|kick(?:s|ing)? off|kicked off"
              + "|spearheading|spearheaded|leading|leads|led|create|establish|found|spearhead"
              + "|curating|curated|curates|curate)"
              + "\\b(?! by)(?: (?:a|an) new\\b)?"
              + "(?: the (?:development|creation|establishment|negotiation|drafting) of\\b)?");
  private static final Pattern BY_AGENT =
      Pattern.compile(
          "(?:\\b(?:was|were|is|are|has been|have been|will be|being)\\s+|,\\s*)(?:jointly\\s+|co-)?"
              + "(launched|established|created|founded|led|spearheaded|initiated|produced|funded"
              + "|sponsored|convened|built|manufactured|operated|owned) by (?:the )?");

  /** Between a name and a passive verb: its acronym, then "which"-less nothing, or a comma. */
  private static final Pattern NAME_TO_VERB =
      Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?\\s*,?\\s*(?:which\\s+|that\\s+)?");

  private static final Pattern WELCOME_SIGNING =
      Pattern.compile(
          "\\b(?:welcome|welcomed|welcomes|celebrate|celebrated|applaud|applauded)\\s+the\\s+"
              + "(?:signing|signature|conclusion)\\s+of\\s+(?:(?:the|a|an)\\s+)?");

  /** Between two actors of a list: a joiner, or names of unknown ones between commas. */
  private static final Pattern UNKNOWN_ELEMENTS =
      Pattern.compile(
          "\\s*(?:,|, and|and|&)\\s*(?:the\\s+)?"
              + "|(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'-]*+"
              + "(?:\\s+(?:of|for|and|on|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*+|\\([\\p{Lu}\\p{N}]+\\)))*)+"
              + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

  /** A subject's acronym in parentheses before its verb, after an odd possessive or none. */
  private static final Pattern SUBJECT_ACRONYM =
      Pattern.compile("(?:'s|\u2019s)?\\s*\\([\\p{Lu}][\\p{L}\\p{N}&-]{1,11}\\)$");

  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s) (?:own )?");

  private static final Pattern AUXILIARY =
      Pattern.compile("(?:\\s+(?:is|are|will|has|have|also|now|jointly))*\\s*$");
  private static final Pattern FUNDS =
      Pattern.compile(
          "\\b(?:provid(?:e|es|ing|ed)|award(?:s|ed|ing)?|announc(?:e|es|ed|ing)|invest(?:s|ed|ing)?"
              + "|commit(?:s|ted|ting)?|fund(?:s|ed|ing)?|grant(?:s|ed|ing)?) (?:(?:more than|over|nearly|up to|about|an additional) )?\\$\\d");

  /** An amount and the word that gives its purpose: "$4M for ", "$2.5 million to support ". */
  private static final Pattern AMOUNT_FOR =
      Pattern.compile(
          "\\d[\\d.,]*+(?:\\s*(?:million|billion|thousand|[MBK])\\b)?(?:\\s+in\\s+(?:new\\s+)?(?:funding|grants))?"
              + "\\s+(?:for|in|to(?: support| fund| launch| expand)?|toward|towards)\\s");

  /** "(deepen) (bilateral) cooperation / collaboration on (a) …": what the parties work on. */
  private static final Pattern COOPERATION_ON =
      Pattern.compile(
          "\\b(?:(?:bilateral|trilateral|joint|close|closer|further|new|our|their|its)\\s+)*"
              + "(?:cooperation|collaboration|cooperate|collaborate) on (?:(?:a|an|the)\\s+)?"
              + "(?:(?:future|new|joint|potential)\\s+)?");

  /** What stands between the actors and the cooperation: auxiliaries and verbs of intent. */
  private static final Pattern COOPERATION_VERB =
      Pattern.compile(
          "(?:\\s+(?:is|are|will|also|now|jointly|plan to|plans to|intend to|intends to|continue to"
              + "|continues to|agreed to|commit to|aim to|seek to|announce|announced|deepen"
              + "|deepening|expand|expanding|strengthen|strengthening|enhance|enhancing|launch"
              + "|launched|welcome|welcomed|to|(?:their|its|our) intention to))*\\s*$");

  /** A word that ends the name of what the parties cooperate on. */
  private static final java.util.Set<String> PHRASE_END =
      java.util.Set.of(
          "to",
          "for",
          "while",
          "that",
          "which",
          "who",
          "in",
          "with",
          "through",
          "by",
          "under",
          "including",
          "as",
          "or",
          "between",
          "among",
          "at",
          "within",
          "across",
          "from",
          "is",
          "are",
          "will",
          "has",
          "have",
          "of",
          "on");

  /** "India's observation of", "Harris's leadership of": the possessor's role in what follows. */
  private static final Pattern ROLE_NOUN =
      Pattern.compile(
          "(?:'s|\u2019s) (observation of|participation in|membership (?:in|of)|(?:co-)?leadership of"
              + "|chairmanship of|hosting of|funding (?:of|for)|sponsorship of) (?:the )?");

  /** What has not happened yet: "opportunities for India's participation in …". */
  private static final Pattern HEDGE =
      Pattern.compile(
          "\\b(?:opportunit(?:y|ies)|possibilit(?:y|ies)|prospects?|potential|explor\\w*|consider\\w*"
              + "|discuss\\w*|path) (?:for|of|to)?\\s*(?:the\\s+)?$");

  /** An item about what may come: "Exploring additional avenues for …". */
  private static final Pattern HEDGED_ITEM =
      Pattern.compile(
          "(?:[^:]{1,120}:\\s+)?(?:Exploring|Discussing|Considering|Studying|Assessing)\\b");

  /** ", a jointly developed satellite": an apposition saying who built it. */
  private static final Pattern JOINTLY_BUILT =
      Pattern.compile(
          "(?:\\s*\\([^()]{1,20}\\))?,?\\s+(?:a|an|the)\\s+(?:jointly|co-)\\s*(?:developed|built|designed)\\b");

  /** The name of a body with members: "… Joint Working Group", "… Coalition". */
  private static final Pattern GROUP_NAME =
      Pattern.compile("\\b(?:Group|Coalition|Committee|Council|Consortium)$");

  private ParticipationRules() {}

  static void apply(Sentence s, Extraction x) {
    hosts(s, x);
    funds(s, x);
    founders(s, x);
    foundedBy(s, x);
    welcomedSigning(s, x);
    possessive(s, x);
    cooperationOn(s, x);
    possessiveRole(s, x);
    compoundName(s, x);
    partnerWith(s, x);
    ledBy(s, x);
    copularPossessive(s, x);
    partnershipBetween(s, x);
    jointPossessive(s, x);
    ownPronoun(s, x);
    possessiveAction(s, x);
  }

  /** An action that starts what it names: "'s announcement of ", "'s launch of ". */
  private static final Pattern ACTION_OF =
      Pattern.compile("(?:announcement|launch|creation|establishment|founding) of ");

  /**
   * {@code possessive-action}: "the UAE Space Agency's announcement of the Emirates Mission to the
   * Asteroid Belt", "HUD's announcement of its Green and Resilient Retrofit Program": the agency or
   * nation whose announcement, launch, creation or establishment of the program or event it is
   * leads it. An agreement, a partnership or a policy is left alone.
   */
  static void possessiveAction(Sentence s, Extraction x) {
    Matcher m = POSSESSIVE.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      Matcher action = ACTION_OF.matcher(s.text()).region(m.end(), s.text().length());
      if (!action.lookingAt()) {
        continue;
      }
      Optional<Gazetteer.Mention> owner =
          s.mentions.stream()
              .filter(
                  a ->
                      a.end() == at
                          && a.form() != Gazetteer.Form.ADJECTIVE
                          && (x.known.isA(a.iri(), SPKG.Agency)
                              || x.known.isA(a.iri(), SPKG.Country)))
              .findFirst();
      if (owner.isEmpty()) {
        continue;
      }
      int end = action.end();
      Optional<String> what =
          Undertakings.directObject(s, end)
              .filter(t -> x.known.isA(t, SPKG.Program) || x.known.isA(t, SPKG.Event))
              .filter(
                  t ->
                      !x.known.isA(t, SPKG.Agreement)
                          && !x.known.isA(t, SPKG.Partnership)
                          && !x.known.isA(t, SPKG.Policy))
              .or(() -> Undertakings.namedObject(x, s, end));
      what.ifPresent(
          t -> write(s, x, List.of(owner.get().iri()), t, "lead", Rule.POSSESSIVE_ACTION));
    }
  }

  /** "its annual ", "their monthly ": the subject's own program or event follows. */
  private static final Pattern OWN_PRONOUN =
      Pattern.compile(
          "\\b(its|their) (?:own )?(?:(?:annual|biannual|biennial|monthly|weekly|yearly|flagship)"
              + " )*");

  /**
   * {@code own-pronoun}: "The Department of Commerce will include a session on space during its
   * annual SelectUSA Investment Summit", "NOAA will expand its Ocean Explorers Program": the actor
   * the sentence opens with (one for "its") convenes the event so named, or leads the program.
   */
  static void ownPronoun(Sentence s, Extraction x) {
    if (!x.aboutSpace(s)) {
      return;
    }
    Optional<Gazetteer.Mention> first = s.mentions.stream().filter(s::isActor).findFirst();
    if (first.isEmpty()
        || !SUBJECT_POSITION.matcher(s.text().substring(0, first.get().start())).matches()) {
      return;
    }
    List<Gazetteer.Mention> subject = s.actorsStartingAt(first.get().start());
    Matcher m = OWN_PRONOUN.matcher(s.text());
    while (m.find()) {
      if (m.start() < subject.get(subject.size() - 1).end()
          || (m.group(1).equals("its") ? subject.size() != 1 : subject.size() < 2)) {
        continue;
      }
      int at = m.end();
      Optional<Gazetteer.Mention> what =
          s.mentions.stream()
              .filter(t -> t.start() == at && t.form() != Gazetteer.Form.ADJECTIVE)
              .filter(t -> s.isThing(t) || x.known.isA(t.iri(), SPKG.Event))
              .filter(
                  t ->
                      !x.known.isA(t.iri(), SPKG.Agreement)
                          && !x.known.isA(t.iri(), SPKG.Policy)
                          && !x.known.isA(t.iri(), SPKG.Partnership))
              .findFirst();
      if (what.isEmpty()) {
        continue;
      }
      String role = x.known.isA(what.get().iri(), SPKG.Event) ? "convener" : "lead";
      write(s, x, iris(subject), what.get().iri(), role, Rule.OWN_PRONOUN);
    }
  }

  /**
   * After "A and B's": evaluative words, then one to four words and the head noun ("previous human
   * spaceflight collaboration", "deepening security partnership").
   */
  private static final Pattern JOINT_WORK =
      Pattern.compile(
          "(?:(?:previous|past|ongoing|existing|longstanding|long-standing|growing|deepening|close"
              + "|strong|historic|new|successful|continued|deep|enduring|groundbreaking)\\s++)*+"
              + "((?:[\\p{Ll}-]++\\s++){1,4}?(collaboration|partnership|cooperation))\\b");

  /**
   * {@code joint-possessive}: "NASA and the UAE's previous human spaceflight collaboration": the
   * actors listed before the possessive are partners in a node labelled with the words that name
   * their work (one to four, evaluative ones such as "previous" or "growing" left out, and the head
   * noun).
   */
  static void jointPossessive(Sentence s, Extraction x) {
    if (!x.statesSpace(s)) {
      return;
    }
    Matcher m = POSSESSIVE.matcher(s.text());
    while (m.find()) {
      List<String> who = iris(actorsEndingExactlyAt(s, m.start())).stream().distinct().toList();
      if (who.size() < 2) {
        continue;
      }
      Matcher work = JOINT_WORK.matcher(s.text()).region(m.end(), s.text().length());
      if (!work.lookingAt()) {
        continue;
      }
      org.apache.jena.rdf.model.Resource type =
          work.group(2).equals("partnership") ? SPKG.Partnership : SPKG.Program;
      String what = Undertakings.unnamed(x, s, work.group(1), type, Rule.JOINT_POSSESSIVE, false);
      write(s, x, who, what, "partner", Rule.JOINT_POSSESSIVE);
    }
  }

  /** "a new partnership between ", "the first-ever joint effort between ". */
  private static final Pattern BETWEEN =
      Pattern.compile(
          "\\b(partnership|collaboration|joint effort|joint initiative) between (?:the )?");

  /** An apposition naming the members of a group: ", 114ai and OrbitWorks". */
  private static final Pattern APPOSITION = Pattern.compile(",\\s+");

  /**
   * {@code partnership-between}: "a new partnership between NOAA and two Kenyan startups, A and B,
   * on …", "the first-ever joint effort between NASA and ISRO astronauts at the ISS, which …": the
   * actors after "between" (and those an apposition right after the phrase names) are partners in
   * the partnership, a node labelled with the words from its head noun to the end of the phrase.
   */
  static void partnershipBetween(Sentence s, Extraction x) {
    if (!x.statesSpace(s)) {
      return;
    }
    Matcher m = BETWEEN.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> list = new ArrayList<>(s.actorsStartingAt(m.end()));
      // "between the U.S. Space Force and the Indian startups, A and B": one actor and a group.
      if (list.isEmpty()) {
        continue;
      }
      int end = clauseEnd(s.text(), m.start());
      if (list.get(list.size() - 1).end() > end) {
        continue;
      }
      end = verbAfter(s.text(), list.get(list.size() - 1).end(), end);
      String label = s.text().substring(m.start(), end).trim();
      if (label.split(" ").length > 16) {
        continue;
      }
      Matcher apposed = APPOSITION.matcher(s.text()).region(end, s.text().length());
      if (apposed.lookingAt()) {
        List<Gazetteer.Mention> members = s.actorsStartingAt(apposed.end());
        int after = members.isEmpty() ? -1 : members.get(members.size() - 1).end();
        if (after > 0 && LIST_END.matcher(s.text()).region(after, s.text().length()).lookingAt()) {
          list.addAll(members);
        }
      }
      if (list.size() < 2) {
        continue;
      }
      // "The Lunar Dust Telescope, a joint effort between NASA and JAXA": the named program.
      int head = m.start();
      Optional<String> named =
          s.lastThingBefore(head)
              .filter(t -> APPOSED_HEAD.matcher(s.text().substring(t.end(), head)).matches())
              .map(Gazetteer.Mention::iri);
      org.apache.jena.rdf.model.Resource type =
          m.group(1).equals("partnership") ? SPKG.Partnership : SPKG.Program;
      String what =
          named.orElseGet(
              () -> Undertakings.unnamed(x, s, label, type, Rule.PARTNERSHIP_BETWEEN, false));
      write(
          s, x, iris(list).stream().distinct().toList(), what, "partner", Rule.PARTNERSHIP_BETWEEN);
    }
  }

  /** Between a name and the head of its apposition: ", an international ", " (JWST), a ". */
  private static final Pattern APPOSED_HEAD =
      Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?,\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}");

  /** A word that opens a clause after a noun phrase: an auxiliary, a relative or a participle. */
  private static final java.util.Set<String> CLAUSE_WORDS =
      java.util.Set.of(
          "has",
          "have",
          "had",
          "is",
          "are",
          "was",
          "were",
          "will",
          "would",
          "can",
          "could",
          "to",
          "that",
          "which",
          "who",
          "launched",
          "established",
          "signed",
          "began",
          "started",
          "since",
          "announced",
          "created",
          "formed");

  /** Where the phrase ends before {@code end}: at the first clause word after {@code from}. */
  private static int verbAfter(String text, int from, int end) {
    int i = from;
    while (i < end) {
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      int j = i;
      while (j < end && text.charAt(j) != ' ') {
        j++;
      }
      if (j > i && CLAUSE_WORDS.contains(text.substring(i, j))) {
        return i;
      }
      i = j;
    }
    return end;
  }

  /** Where the phrase at {@code from} ends: a comma, semicolon, colon or the sentence's end. */
  private static int clauseEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      // A full stop inside a sentence is an abbreviation's ("U.S. Space Force").
      if (c == ',' || c == ';' || c == ':' || (c == '.' && i + 1 == text.length())) {
        return i;
      }
    }
    return text.length();
  }

  /** "NASA-led", "U.S.-led", "JAXA -led": the actor before it leads what follows. */
  private static final Pattern LED = Pattern.compile("\\s?-led ");

  /**
   * {@code led-by}: "the NASA-led Lunar Dust Campaign", "a U.S.-led Space Weather Forum": the actor
   * joined by "-led" to the name of a program, event or body leads it.
   */
  static void ledBy(Sentence s, Extraction x) {
    for (Gazetteer.Mention a : s.mentions) {
      if (!s.isActor(a) || a.form() == Gazetteer.Form.ADJECTIVE) {
        continue;
      }
      Matcher led = LED.matcher(s.text()).region(a.end(), s.text().length());
      if (!led.lookingAt()) {
        continue;
      }
      int at = led.end();
      s.mentions.stream()
          .filter(t -> t.start() == at && (s.isThing(t) || x.known.isA(t.iri(), SPKG.Event)))
          .filter(t -> !x.known.isA(t.iri(), SPKG.Agreement) && !x.known.isA(t.iri(), SPKG.Policy))
          .findFirst()
          .ifPresent(t -> write(s, x, List.of(a.iri()), t.iri(), "lead", Rule.LED_BY));
    }
  }

  /** A sentence that says whose a program is: "Z is X's …", "Z was X's …". */
  private static final Pattern COPULA = Pattern.compile("(?:\\s*\\([^()]{1,20}\\))?,? (?:is|was) ");

  /**
   * {@code copular-possessive}: "The Lunar Dust Telescope is NASA's flagship observatory",
   * "Dragonfly is NASA's robotic mission to Titan": the agency or nation whose it is said to be
   * leads the program the sentence opens with.
   */
  static void copularPossessive(Sentence s, Extraction x) {
    Optional<Gazetteer.Mention> subject =
        s.mentions.stream()
            .filter(t -> SUBJECT_POSITION.matcher(s.text().substring(0, t.start())).matches())
            .filter(t -> s.isThing(t) || x.known.isA(t.iri(), SPKG.Event))
            .filter(
                t -> !x.known.isA(t.iri(), SPKG.Agreement) && !x.known.isA(t.iri(), SPKG.Policy))
            .findFirst();
    if (subject.isEmpty()) {
      return;
    }
    Matcher is = COPULA.matcher(s.text()).region(subject.get().end(), s.text().length());
    if (!is.lookingAt()) {
      return;
    }
    int at = is.end();
    Optional<Gazetteer.Mention> owner =
        s.mentions.stream()
            .filter(a -> a.start() == at && a.form() != Gazetteer.Form.ADJECTIVE)
            .filter(a -> x.known.isA(a.iri(), SPKG.Agency) || x.known.isA(a.iri(), SPKG.Country))
            .findFirst();
    if (owner.isPresent()
        && POSSESSIVE.matcher(s.text()).region(owner.get().end(), s.text().length()).lookingAt()) {
      write(s, x, List.of(owner.get().iri()), subject.get().iri(), "lead", Rule.COPULAR_POSSESSIVE);
    }
  }

  /** "X will (also) partner with", "X partnered with", "plans to partner with". */
  private static final Pattern PARTNER_WITH =
      Pattern.compile(
          "\\b(?:(?:will|to) (?:also )?partner|(?:has|have) (?:also )?partnered|partnered)"
              + " with (?:the )?");

  /** A group named before its members: "HBCUs, including ", "five universities including ". */
  private static final Pattern GROUP_INCLUDING =
      Pattern.compile("[^,.;:()]{1,60}+,? including (?:the )?");

  /** Where a list of partners ends: a clause's or a sentence's punctuation. */
  private static final Pattern LIST_END = Pattern.compile("\\s*(?:[,.;:]|$)");

  /** A capitalised word right after a name: the name is part of a longer one. */
  private static final Pattern NAME_GOES_ON = Pattern.compile(" (?!and\\b)\\p{Lu}");

  /** A purpose after the partners: ", to host ", " to develop ". */
  private static final Pattern TO_VERB = Pattern.compile(",?\\s+to\\s+\\p{Ll}+\\s+");

  /**
   * {@code partner-with}: "X will partner with A, B and C to host P", "X partnered with HBCUs,
   * including A and B, to …": the actors named after "with" (or after its "including") are partners
   * in the program the "to" clause takes as object, else, in a bold-led item, in the item's
   * program.
   */
  static void partnerWith(Sentence s, Extraction x) {
    if (!x.statesSpace(s)) {
      return;
    }
    Matcher m = PARTNER_WITH.matcher(s.text());
    while (m.find()) {
      List<Gazetteer.Mention> list = listFrom(s, m.end());
      if (list.isEmpty()) {
        Matcher group = GROUP_INCLUDING.matcher(s.text()).region(m.end(), s.text().length());
        if (group.lookingAt()) {
          list = listFrom(s, group.end());
        }
      }
      if (list.isEmpty()) {
        continue;
      }
      int end = list.get(list.size() - 1).end();
      Matcher to = TO_VERB.matcher(s.text()).region(end, s.text().length());
      if (!to.lookingAt()
          && !LIST_END.matcher(s.text()).region(end, s.text().length()).lookingAt()) {
        continue; // the list goes on with names the gazetteer does not know
      }
      Optional<String> what =
          to.lookingAt()
              ? Undertakings.directObject(s, to.end())
                  .or(() -> Undertakings.namedObject(x, s, to.end()))
              : Optional.empty();
      // In an item, what it launched by name ("is launching Space Days"), else what it is about.
      what =
          what.or(() -> Optional.ofNullable(x.named.get(s.unit.block().index())))
              .or(() -> x.focusOf(s).filter(f -> !x.known.isA(f, SPKG.Actor)));
      if (what.isEmpty()) {
        continue;
      }
      List<String> who =
          list.stream()
              // "Florida" of "Florida A&M University": a word of a longer name.
              .filter(
                  a ->
                      !NAME_GOES_ON
                          .matcher(s.text())
                          .region(a.end(), s.text().length())
                          .lookingAt())
              .map(Gazetteer.Mention::iri)
              .filter(a -> !x.known.isA(a, SPKG.Person))
              .distinct()
              .toList();
      write(s, x, who, what.get(), "partner", Rule.PARTNER_WITH);
    }
  }

  /**
   * {@code compound-name}: a program or body whose name opens with two actors joined by a hyphen
   * ("NASA-ISRO Synthetic Aperture Radar", "U.S.-India Civil Space Joint Working Group") is theirs
   * together: they are partners in it, members of a working group or coalition. An agreement's name
   * says nothing of who signed what ("the 2023 U.S.-Japan Framework Agreement" is cited).
   */
  static void compoundName(Sentence s, Extraction x) {
    // "NASA-JAXA Lunar Dust Telescope" read as two actors and the telescope's own name.
    for (int i = 0; i + 2 < s.mentions.size(); i++) {
      Gazetteer.Mention a = s.mentions.get(i);
      Gazetteer.Mention b = s.mentions.get(i + 1);
      Gazetteer.Mention m = s.mentions.get(i + 2);
      if (s.isActor(a)
          && s.isActor(b)
          && b.start() == a.end() + 1
          && s.text().charAt(a.end()) == '-'
          && m.start() == b.end() + 1
          && s.text().charAt(b.end()) == ' '
          && s.isThing(m)
          && !x.known.isA(m.iri(), SPKG.Agreement)) {
        compound(s, x, List.of(a.iri(), b.iri()), m);
      }
    }
    for (Gazetteer.Mention m : s.mentions) {
      int space = m.text().indexOf(' ');
      if (!s.isThing(m) || space < 0 || x.known.isA(m.iri(), SPKG.Agreement)) {
        continue;
      }
      String prefix = m.text().substring(0, space);
      int dash = prefix.indexOf('-');
      if (dash <= 0) {
        continue;
      }
      List<Gazetteer.Mention> parts = x.known.gazetteer().find(prefix);
      if (parts.size() != 2
          || parts.get(0).start() != 0
          || parts.get(0).end() != dash
          || parts.get(1).start() != dash + 1
          || parts.get(1).end() != prefix.length()
          || parts.stream()
              .anyMatch(
                  p -> p.form() == Gazetteer.Form.ADJECTIVE || !x.known.isA(p.iri(), SPKG.Actor))) {
        continue;
      }
      compound(s, x, List.of(parts.get(0).iri(), parts.get(1).iri()), m);
    }
  }

  /** The two actors of a compound name take their part in what it names. */
  private static void compound(Sentence s, Extraction x, List<String> actors, Gazetteer.Mention m) {
    // A group has members; a dialogue, forum or alliance has partners.
    boolean body = GROUP_NAME.matcher(m.text()).find();
    // Two nations' names make a bilateral label of many things ("U.S.-Japan Alliance", "U.S.-India
    // trade"): only a group of theirs is surely theirs; two agencies name what they do together.
    if (!body && actors.stream().anyMatch(a -> x.known.isA(a, SPKG.Country))) {
      return;
    }
    // "the NASA-ISRO Synthetic Aperture Radar, a jointly developed satellite": they built it.
    boolean built = JOINTLY_BUILT.matcher(s.text()).region(m.end(), s.text().length()).lookingAt();
    write(
        s, x, actors, m.iri(), body ? "member" : built ? "builder" : "partner", Rule.COMPOUND_NAME);
  }

  /**
   * {@code possessive-role}: "India's observation of the Global Sentinel Exercise" (observer), "X's
   * participation in P" (participant), "membership in" (member), "leadership of" (lead), "hosting
   * of" (host), "funding of" (funder): the actor or person before the possessive takes that role in
   * the program, event or body named right after (over its own possessor: "the U.S. Space Command's
   * Global Sentinel Exercise").
   */
  static void possessiveRole(Sentence s, Extraction x) {
    Matcher m = ROLE_NOUN.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      Optional<Gazetteer.Mention> who =
          s.mentions.stream().filter(a -> a.end() == at && s.isActor(a)).findFirst();
      int from = afterOwner(s, m.end());
      Optional<Gazetteer.Mention> what =
          s.mentions.stream()
              .filter(t -> t.start() == from && t.form() != Gazetteer.Form.ADJECTIVE)
              .filter(
                  t ->
                      s.isThing(t)
                          || x.known.isA(t.iri(), SPKG.Event)
                          || (s.isActor(t)
                              && !x.known.isA(t.iri(), SPKG.Country)
                              && !x.known.isA(t.iri(), SPKG.Person)))
              .findFirst();
      if (who.isEmpty()
          || what.isEmpty()
          || HEDGE
              .matcher(s.text().substring(Math.max(0, who.get().start() - 40), who.get().start()))
              .find()
          || HEDGED_ITEM.matcher(s.text()).lookingAt()) {
        continue;
      }
      String noun = m.group(1);
      String role =
          noun.startsWith("observation")
              ? "observer"
              : noun.startsWith("participation")
                  ? "participant"
                  : noun.startsWith("membership")
                      ? "member"
                      : noun.startsWith("hosting")
                          ? "host"
                          : noun.startsWith("funding") || noun.startsWith("sponsorship")
                              ? "funder"
                              : "lead";
      write(s, x, List.of(who.get().iri()), what.get().iri(), role, Rule.POSSESSIVE_ROLE);
    }
  }

  /**
   * {@code cooperation-on}: "The United States and Japan plan to deepen cooperation on astronaut
   * training", "We also announce bilateral collaboration on a tracking constellation": the actors
   * before the phrase (or the parties of a joint statement for "we") are partners in what follows
   * "on": the program it names, else a node for the words up to the end of the phrase (two to eight
   * words, none a verb's "to" or a clause's comma).
   */
  static void cooperationOn(Sentence s, Extraction x) {
    Matcher m = COOPERATION_ON.matcher(s.text());
    while (m.find()) {
      String before = s.text().substring(0, m.start());
      Matcher verb = COOPERATION_VERB.matcher(before);
      int end = verb.find() ? verb.start() : m.start();
      List<String> who = iris(s.actorsEndingAt(end));
      if (who.isEmpty() || s.actorsEndingAt(end).get(who.size() - 1).end() != end) {
        who = Parties.before(s, x, end);
      }
      if (who.size() < 2) {
        continue;
      }
      int at = afterOwner(s, m.end());
      Optional<String> owner = at == m.end() ? Optional.empty() : ownerAt(s, x, m.end());
      Optional<String> what =
          s.firstThing(at, s.text().length())
              .filter(t -> t.start() == at)
              .map(Gazetteer.Mention::iri);
      if (what.isEmpty()) {
        Optional<String> words = phrase(s.text(), at);
        what =
            words.map(p -> Undertakings.unnamed(x, s, p, SPKG.Program, Rule.COOPERATION_ON, false));
        if (what.isPresent()) {
          // "the Next-generation Solar-observing Satellite, SOLAR-C, which …": its short name.
          Matcher short_ =
              APPOSED_NAME.matcher(s.text()).region(at + words.get().length(), s.text().length());
          if (short_.lookingAt()) {
            x.out.add(
                FactWriter.uri(what.get()),
                org.apache.jena.vocabulary.SKOS.altLabel,
                org.apache.jena.graph.NodeFactory.createLiteralLang(short_.group(1), "en"));
          }
        }
      }
      if (what.isPresent()) {
        write(s, x, who, what.get(), "partner", Rule.COOPERATION_ON);
        // "collaborate on JAXA's …": the agency or nation whose it is leads it.
        String thing = what.get();
        List<String> partners = who;
        owner
            .filter(o -> !partners.contains(o))
            .ifPresent(o -> write(s, x, List.of(o), thing, "lead", Rule.COOPERATION_ON));
      }
    }
  }

  /** A short name set off by commas after a name: ", SOLAR-C,". */
  private static final Pattern APPOSED_NAME =
      Pattern.compile(", (\\p{Lu}[\\p{Lu}\\p{N}-]{1,15})(?=[,;.])");

  /** Before a sentence's subject: an item's title run in ("Title: "), then "The". */
  private static final Pattern SUBJECT_POSITION =
      Pattern.compile("^(?:[^:.;]{1,120}:\\s+)?(?:[Tt]he\\s+)?$");

  /**
   * {@code generic-participant}: when no rule gave a role, a statement about space whose subject
   * lists two or more actors ("A, B and C will …") and whose first clause has an undertaking as its
   * object makes each a participant in it, with a low confidence. None is given when an actor of
   * the sentence already takes part in it: a rule read the sentence's verb.
   */
  static void genericParticipant(Sentence s, Extraction x) {
    if (s.unit.isTitle() || !x.statesSpace(s)) {
      return;
    }
    Optional<Gazetteer.Mention> first = s.mentions.stream().filter(s::isActor).findFirst();
    if (first.isEmpty()
        || !SUBJECT_POSITION.matcher(s.text().substring(0, first.get().start())).matches()) {
      return;
    }
    List<Gazetteer.Mention> listed = s.actorsStartingAt(first.get().start());
    if (listed.size() < 2) {
      return;
    }
    int end = listed.get(listed.size() - 1).end();
    String span = s.text().substring(listed.get(0).end(), listed.get(1).start());
    if (!s.text().startsWith(" ", end) || span.contains("-") || span.contains("/")) {
      return; // a compound modifier ("U.S.-India cooperation"), not a subject
    }
    Optional<String> thing = Undertakings.objectAfter(s, end);
    if (thing.isEmpty() || COOPERATION_ON.matcher(s.text()).find()) {
      return;
    }
    Node t = FactWriter.uri(thing.get());
    List<String> who =
        listed.stream()
            .map(Gazetteer.Mention::iri)
            .filter(a -> !a.equals(thing.get()) && !x.known.isA(a, SPKG.Person))
            .distinct()
            .toList();
    boolean ruled =
        s.mentions.stream()
            .filter(s::isActor)
            .anyMatch(
                a -> x.out.graph().contains(t, SPKG.participant.asNode(), FactWriter.uri(a.iri())));
    if (who.size() >= 2 && !ruled) {
      write(s, x, who, thing.get(), "participant", Rule.GENERIC_PARTICIPANT);
    }
  }

  /** The agency or nation at {@code at}, the owner in "JAXA's …". */
  private static Optional<String> ownerAt(Sentence s, Extraction x, int at) {
    return s.mentions.stream()
        .filter(
            m ->
                m.start() == at
                    && (x.known.isA(m.iri(), SPKG.Agency)
                        || x.known.isA(m.iri(), SPKG.SpaceAgency)
                        || x.known.isA(m.iri(), SPKG.Country)))
        .map(Gazetteer.Mention::iri)
        .findFirst();
  }

  /** Past an owner's possessive at {@code at} ("JAXA's Next-generation …"), else {@code at}. */
  private static int afterOwner(Sentence s, int at) {
    for (Gazetteer.Mention m : s.mentions) {
      if (m.start() == at && s.isActor(m)) {
        Matcher p = POSSESSIVE.matcher(s.text()).region(m.end(), s.text().length());
        return p.lookingAt() ? p.end() : at;
      }
    }
    return at;
  }

  /** A verb after "and" in a phrase: "cooperation on X and expand Y" ends at "and". */
  private static final java.util.Set<String> VERBS =
      java.util.Set.of(
          "expand",
          "strengthen",
          "deepen",
          "promote",
          "support",
          "advance",
          "build",
          "develop",
          "work",
          "enhance",
          "explore",
          "launch",
          "share",
          "establish",
          "increase",
          "improve");

  /**
   * The words from {@code at} up to the first that ends a noun phrase ("to", "for", "while", a
   * comma), when they are two to eight words of letters: "astronaut training".
   */
  static Optional<String> phrase(String text, int at) {
    List<String> words = new ArrayList<>();
    int i = at;
    boolean ended = false;
    while (i < text.length() && words.size() <= 12) {
      int j = i;
      if (text.charAt(i) == '(') {
        j = text.indexOf(')', i);
        if (j < 0 || j - i > 12 || !text.substring(i + 1, j).matches("[\\p{Lu}\\p{N}-]+")) {
          break; // not an acronym in parentheses
        }
        j++;
      } else {
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
          j++;
        }
      }
      if (j == i) {
        ended = ",;.".indexOf(text.charAt(i)) >= 0;
        break;
      }
      String w = text.substring(i, j);
      if (PHRASE_END.contains(w)) {
        ended = true;
        break;
      }
      if (!Character.isLetter(w.charAt(0)) && w.charAt(0) != '(') {
        break;
      }
      if (!words.isEmpty() && words.get(words.size() - 1).equals("and") && VERBS.contains(w)) {
        words.remove(words.size() - 1);
        ended = true;
        break;
      }
      words.add(w);
      if (j >= text.length()) {
        ended = true;
        break;
      }
      if (text.charAt(j) != ' ') {
        ended = ",;.".indexOf(text.charAt(j)) >= 0;
        break;
      }
      i = j + 1;
    }
    if (!words.isEmpty() && words.get(0).endsWith("ing") && words.get(0).length() > 5) {
      return Optional.empty(); // an activity ("promoting …"), not a thing
    }
    if (!ended
        || words.size() < 2
        || words.size() > 12
        || words.get(words.size() - 1).equals("and")) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", words));
  }

  /**
   * "NASA's Artemis I mission", "America's Artemis program": the agency or nation whose program it
   * is leads it; whose facility, system, spacecraft, module or payload it is owns it. Agreements
   * and partnerships are no one's own.
   */
  static void possessive(Sentence s, Extraction x) {
    Matcher m = POSSESSIVE.matcher(s.text());
    while (m.find()) {
      int at = m.start();
      int after = m.end();
      Optional<Gazetteer.Mention> owner =
          s.mentions.stream()
              .filter(
                  a ->
                      a.end() == at
                          && a.form() != Gazetteer.Form.ADJECTIVE
                          && (x.known.isA(a.iri(), SPKG.Agency)
                              || x.known.isA(a.iri(), SPKG.Country)))
              .findFirst();
      // A program, or an event: "the U.S. Space Command's Global Sentinel Exercise".
      Optional<Gazetteer.Mention> thing =
          s.mentions.stream()
              .filter(
                  t ->
                      t.start() == after
                          && t.form() != Gazetteer.Form.ADJECTIVE
                          && (x.known.isA(t.iri(), SPKG.Program)
                              || x.known.isA(t.iri(), SPKG.Event)))
              .findFirst();
      if (owner.isPresent()
          && thing.isEmpty()
          && s.mentions.stream().noneMatch(t -> t.start() == after)) {
        // "NASA's biannual International Program Management Course": a name with no node yet.
        // "collaborate on JAXA's …" is cooperation-on's to read.
        String before = s.text().substring(Math.max(0, at - 60), owner.get().start());
        Optional<String> named =
            FIELD_NAME.matcher(s.text()).region(after, s.text().length()).lookingAt()
                    || !PROGRAM_NAME.matcher(s.text()).region(after, s.text().length()).lookingAt()
                    || COOPERATING_ON.matcher(before).find()
                ? Optional.empty()
                : Undertakings.namedObject(x, s, after);
        if (named.isPresent()) {
          String label = x.known.label(named.get());
          boolean object = label != null && OBJECT_NAME.matcher(label).find();
          write(
              s,
              x,
              List.of(owner.get().iri()),
              named.get(),
              object ? "owner" : "lead",
              Rule.POSSESSIVE);
        }
        continue;
      }
      if (owner.isEmpty()
          || thing.isEmpty()
          || x.known.isA(thing.get().iri(), SPKG.Agreement)
          || x.known.isA(thing.get().iri(), SPKG.Partnership)) {
        continue;
      }
      String what = thing.get().iri();
      boolean object =
          x.known.isA(what, SPKG.Facility)
              || x.known.isA(what, SPKG.System)
              || x.known.isA(what, SPKG.Spacecraft)
              || x.known.isA(what, SPKG.Module)
              || x.known.isA(what, SPKG.Payload);
      write(s, x, List.of(owner.get().iri()), what, object ? "owner" : "lead", Rule.POSSESSIVE);
    }
  }

  /** Right before an owner: "collaborate on ", "cooperation on the ". */
  private static final Pattern COOPERATING_ON =
      Pattern.compile("\\b(?:cooperat|collaborat)\\w* on (?:the )?$");

  /**
   * A name whose last word says it is a program, mission, event or facility ("biannual
   * International Program Management Course"), not an office, an award or a body.
   */
  private static final Pattern PROGRAM_NAME =
      Pattern.compile(
          "(?:(?:annual|biannual|biennial|monthly|weekly|flagship|new|first|inaugural)\\s++)*+"
              + "(?:\\p{Lu}[\\p{L}\\p{N}-]*+\\s++(?:(?:of|for|the|and|to)\\s++)?){0,7}?"
              + "(?:Program|Programme|Mission|Course|Series|Initiative|Challenge|Campaign|Project"
              + "|Facility|Observatory|Telescope|Satellite|Summit|Conference|Exercise|Academy"
              + "|Fellowship|Competition|Experiment)\\b");

  /** A field of work named in capitals ("Security Cooperation"): no one's program. */
  private static final Pattern FIELD_NAME =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}-]*+\\s+){0,4}(?:Cooperation|Collaboration|Engagement|Diplomacy|Affairs)\\b");

  /** A word in the name of a thing one owns: "… Facility for …", "… Telescope". */
  private static final Pattern OBJECT_NAME =
      Pattern.compile(
          "\\b(?:Facility|Observatory|Telescope|Laboratory|Station|Satellite|Spacecraft|Rover|Payload"
              + "|Array|Network)\\b");

  /** "The Famicos Foundation in Ohio will host": the place is not the subject. */
  private static final Pattern LOCATED_SUBJECT =
      Pattern.compile(
          "\\bin (?:the )?\\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+){0,3}+"
              + "(?:\\s++(?:is|are|will|also))*+\\s*+$");

  /** "X is creating / establishing / leading P", "X and Y launched P": they lead P. */
  static void founders(Sentence s, Extraction x) {
    subjectVerbObject(s, x, FOUNDS, "lead", Rule.FOUNDING);
  }

  /**
   * Each match of {@code verb} whose subject names actors and whose object is an undertaking (one
   * with a node, else a name the role verb makes one of) gives the actors {@code role} in it.
   */
  private static void subjectVerbObject(
      Sentence s, Extraction x, Pattern verb, String role, Rule rule) {
    Matcher m = verb.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      if (who.isEmpty()) {
        continue;
      }
      int end = m.end();
      Optional<String> what =
          Undertakings.directObject(s, end)
              .or(() -> Undertakings.namedObject(x, s, end))
              .or(
                  () ->
                      role.equals("host")
                              && !LOCATED_SUBJECT.matcher(s.text()).region(0, m.start()).find()
                          ? Undertakings.describedEvent(x, s, end)
                          : Optional.empty());
      if (what.isPresent()) {
        write(s, x, who, what.get(), role, rule);
      }
    }
  }

  /**
   * "P was launched / established / led by X, Y and Z", "P, produced by X and Y,": they lead P;
   * "funded / sponsored by": they fund it; "convened by": they convene it; "built / manufactured
   * by" a program that is no agreement, partnership or policy: they build it; "operated by": they
   * operate it; "owned by": they own it.
   */
  static void foundedBy(Sentence s, Extraction x) {
    Matcher m = BY_AGENT.matcher(s.text());
    while (m.find()) {
      List<String> who = iris(listFrom(s, m.end(), true));
      int at = m.start();
      Optional<String> what =
          s.lastThingBefore(at)
              .filter(t -> NAME_TO_VERB.matcher(s.text().substring(t.end(), at)).matches())
              .map(Gazetteer.Mention::iri)
              .or(() -> shortName(s, x, at));
      if (who.isEmpty() || what.isEmpty()) {
        continue;
      }
      String verb = m.group(1);
      String role =
          verb.equals("funded") || verb.equals("sponsored")
              ? "funder"
              : verb.equals("convened")
                  ? "convener"
                  : verb.equals("built") || verb.equals("manufactured")
                      ? "builder"
                      : verb.equals("operated")
                          ? "operator"
                          : verb.equals("owned") ? "owner" : "lead";
      // One builds, operates or owns a thing: an agreement or a partnership is no one's work.
      if (!role.equals("lead")
          && !role.equals("funder")
          && !role.equals("convener")
          && (x.known.isA(what.get(), SPKG.Agreement)
              || x.known.isA(what.get(), SPKG.Partnership)
              || x.known.isA(what.get(), SPKG.Policy))) {
        continue;
      }
      boolean thing = role.equals("builder") || role.equals("operator") || role.equals("owner");
      write(s, x, who, what.get(), role, thing ? Rule.BUILT_BY : Rule.FOUNDING);
    }
  }

  static void hosts(Sentence s, Extraction x) {
    subjectVerbObject(s, x, HOSTS, "host", Rule.HOST);
    Matcher by = HOSTED_BY.matcher(s.text());
    while (by.find()) {
      List<String> who = iris(s.actorsStartingAt(by.end()));
      int at = by.start();
      Optional<Gazetteer.Mention> what =
          s.lastThingBefore(at)
              .filter(t -> ACRONYM_GAP.matcher(s.text().substring(t.end(), at)).matches());
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get().iri(), "host", Rule.HOST);
      }
    }
  }

  static void funds(Sentence s, Extraction x) {
    Matcher m = FUNDS.matcher(s.text());
    while (m.find()) {
      List<String> who = subjectBefore(s, x, m.start());
      if (who.isEmpty()) {
        continue;
      }
      // "announced $4M for Tidewater Sky Grants": the name right after the amount has no node.
      Matcher amount = AMOUNT_FOR.matcher(s.text()).region(m.end() - 1, s.text().length());
      Optional<String> what =
          Undertakings.firstInClause(s, m.end())
              .or(
                  () ->
                      amount.lookingAt()
                              // "$N in American Rescue Plan funds" names where the money comes
                              // from; one invests in what it funds.
                              && (!amount.group().trim().endsWith(" in")
                                  || m.group().startsWith("invest"))
                          ? Undertakings.namedObject(x, s, amount.end())
                          : Optional.empty());
      if (what.isPresent()) {
        write(s, x, who, what.get(), "funder", Rule.FUNDING);
      }
    }
  }

  /**
   * The actors listed right before a verb, over its auxiliaries ("NASA is", "X and Y will"), or the
   * parties of a joint statement when "we", "the two leaders" or the like stand there.
   */
  private static List<String> subjectBefore(Sentence s, Extraction x, int verb) {
    Matcher aux = AUXILIARY.matcher(s.text().substring(0, verb));
    int end = aux.find() ? aux.start() : verb;
    List<Gazetteer.Mention> who = actorsEndingExactlyAt(s, end);
    // "The Orbital Learning Trust (OLT) is launching …": the name before its acronym, when the
    // name and its acronym are not one mention ("The National Science Foundation (NSF) will").
    Matcher acronym = SUBJECT_ACRONYM.matcher(s.text().substring(Math.max(0, end - 30), end));
    if (who.isEmpty() && acronym.find()) {
      who = actorsEndingExactlyAt(s, end - (acronym.end() - acronym.start()));
    }
    return who.isEmpty() ? Parties.before(s, x, verb) : iris(who);
  }

  private static List<Gazetteer.Mention> actorsEndingExactlyAt(Sentence s, int end) {
    List<Gazetteer.Mention> who = s.actorsEndingAt(end);
    return who.isEmpty() || who.get(who.size() - 1).end() != end ? List.of() : who;
  }

  /**
   * The item's program when the sentence opens with the first word(s) of its name as subject
   * ("Earthrise was launched by …" in the paragraph about the Earthrise Initiative).
   */
  private static Optional<String> shortName(Sentence s, Extraction x, int verb) {
    String subject = s.text().substring(0, verb).replaceFirst("^(?:The|the)\\s+", "").trim();
    Optional<String> focus = x.focusOf(s);
    if (subject.isEmpty()
        || !Character.isUpperCase(subject.charAt(0))
        || subject.length() > 60
        || focus.isEmpty()) {
      return Optional.empty();
    }
    String label = x.known.label(focus.get());
    return label != null && label.startsWith(subject + " ") ? focus : Optional.empty();
  }

  /** "We welcome the signing of P", "the leaders celebrated the conclusion of P": they signed. */
  static void welcomedSigning(Sentence s, Extraction x) {
    Matcher m = WELCOME_SIGNING.matcher(s.text());
    while (m.find()) {
      List<String> who = Parties.before(s, x, m.start());
      int at = m.end();
      Optional<Gazetteer.Mention> what =
          s.firstThing(at, s.text().length()).filter(t -> t.start() == at);
      if (!who.isEmpty() && what.isPresent()) {
        write(s, x, who, what.get().iri(), "signatory", Rule.SIGNED_BY);
      }
    }
  }

  private static void write(
      Sentence s, Extraction x, List<String> who, String what, String role, Rule rule) {
    Node ev = x.evidence(s, rule);
    for (String a : who) {
      if (!a.equals(what)) {
        x.out.participation(what, a, role, Optional.empty(), Optional.empty(), ev);
      }
    }
  }

  /**
   * The actors listed from {@code pos} on, over elements of the list that name no known actor
   * ("NASA, the EPA, the National Institutes of Health, and NOAA" when the third is unknown).
   */
  static List<Gazetteer.Mention> listFrom(Sentence s, int pos) {
    return listFrom(s, pos, false);
  }

  /**
   * The list from {@code pos} on; with {@code things}, a program or body named as one of its
   * elements ("launched by NASA, the EPA, the Smithsonian Science Education Center, …") is one.
   */
  static List<Gazetteer.Mention> listFrom(Sentence s, int pos, boolean things) {
    List<Gazetteer.Mention> list = new ArrayList<>(s.actorsStartingAt(pos));
    if (list.isEmpty()) {
      return list;
    }
    int at = list.get(list.size() - 1).end();
    for (Gazetteer.Mention m : s.mentions) {
      if (m.start() < at) {
        continue;
      }
      if (!s.isActor(m) && !(things && s.isThing(m))) {
        continue; // an element named but not an actor: the gap to the next one holds it
      }
      String gap = s.text().substring(at, m.start());
      if (gap.length() > 160
          || andCount(gap) > 4
          || !UNKNOWN_ELEMENTS.matcher(gap).matches()
              // "and the Global Learning and Observations to Benefit the Environment (GLOBE)
              // Program": a name known by the acronym inside it.
              && !NAME_BEFORE_ACRONYM.matcher(gap).matches()) {
        break;
      }
      list.add(m);
      at = m.end();
    }
    return list;
  }

  /** A joiner, then a name's capitalised words up to its acronym's opening parenthesis. */
  private static final Pattern NAME_BEFORE_ACRONYM =
      Pattern.compile(
          "\\s*(?:,|, and|and|&)\\s*(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'-]*+"
              + "(?:\\s+(?:of|for|and|on|to|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*+))*+\\s*\\(");

  /** Names of unknown elements that open a list: "Amazon, Jacobs, " before a known one. */
  private static final Pattern UNKNOWN_OPENING =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}\\p{N}.&'-]*+(?:\\s+(?:of|for|and|the|\\p{Lu}[\\p{L}\\p{N}.&'-]*+))*"
              + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?)+");

  /**
   * The actors of the list that starts at {@code pos}, over elements that name no known actor,
   * first ones included ("Amazon, Jacobs, L3Harris and Rocket Lab" when the first two are unknown).
   */
  static List<Gazetteer.Mention> namesFrom(Sentence s, int pos) {
    List<Gazetteer.Mention> list = listFrom(s, pos);
    if (!list.isEmpty()) {
      return list;
    }
    Optional<Gazetteer.Mention> first =
        s.mentions.stream().filter(m -> m.start() >= pos && s.isActor(m)).findFirst();
    if (first.isEmpty()
        || first.get().start() - pos > 160
        || andCount(s.text().substring(pos, first.get().start())) > 4
        || !UNKNOWN_OPENING.matcher(s.text().substring(pos, first.get().start())).matches()) {
      return list;
    }
    return listFrom(s, first.get().start());
  }

  /**
   * How many times " and " stands in a gap: a name may hold "and" and so may a list's joiner, so a
   * gap of many is not read (its readings would multiply).
   */
  private static int andCount(String gap) {
    int n = 0;
    for (int i = gap.indexOf(" and "); i >= 0; i = gap.indexOf(" and ", i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> iris(List<Gazetteer.Mention> mentions) {
    return mentions.stream().map(Gazetteer.Mention::iri).toList();
  }
}
