package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * Reads one undertaking of a sentence: the cue ("will", "intends to", "commits to"), its subject
 * before it and the clause after it, with the sentence's own asides, appositives and quotes left
 * out. Who the subject stands for is {@link IssuerReferences}'s. Part of {@link CommitmentRules}.
 */
final class UndertakingClauses {

  /** The word before a subject that makes it no subject ("a partnership with NASA will"). */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "(?:^|\\s)(?:with|of|for|to|by|from|in|on|at|between|among|including|such as|than|"
              + "under|through|via|as|because|since|if|when|although|after"
              + "|before|until|once|unless)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern INTENDING =
      Pattern.compile("committed|working|planning|seeking|preparing");

  /** A finite verb: the clause before a comma is a statement of its own. */
  private static final Pattern FINITE = Pattern.compile("\\b(?:is|are|will|has|have|was|were)\\b");

  private static final Pattern COMMITTING =
      Pattern.compile("commit.*|pledge.*|undertake.*|vow.*|promise.*");

  private static final int LOOK_BACK = 60;

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

  /** The speaker joined to the subject: "President Biden and I are committed to". */
  private static final Pattern AND_I = Pattern.compile("\\s+and\\s+I\\s*$");

  /** A quotation opened by a promise of the actor before it: "X promised that “We will …”". */
  private static final Pattern PROMISED_QUOTE =
      Pattern.compile(
          "\\s(?:promised|promises|vowed|vows|pledged|pledges)(?: that)?,?\\s*[“\"]\\s*$");

  /** An auxiliary between the subject and the cue: "Australia and the United States have". */
  private static final Pattern AUXILIARY =
      Pattern.compile(
          "\\s(?:has|have|had)(?:\\s+(?:also|previously|now|already|jointly|both))?\\s*$");

  private UndertakingClauses() {}

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

  static Optional<Undertaking> undertaking(
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
    Matcher group = IssuerReferences.PARTIES.matcher(text).region(Math.max(0, at - LOOK_BACK), at);
    Matcher weQuoted = IssuerReferences.WE_QUOTED.matcher(text).region(Math.max(0, at - 10), at);
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
    } else if (x.parties().size() >= 2
        && IssuerReferences.THEY.matcher(text.substring(0, at)).matches()) {
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
        && IssuerReferences.OUR.matcher(text.substring(Math.max(0, at - 4), at)).find()) {
      subjectStart = at - 3; // "join our commitment not to conduct …": a norm of the parties
      issuers.addAll(x.parties());
    } else if (m.group("noun") == null
        && IssuerReferences.shortSubject(s, x, text.substring(0, at)) != null) {
      // "Acme Foundation’s (Acme) is launching …. In October, Acme will host …"
      Matcher named = Undertaking.SHORT_SUBJECT.matcher(text.substring(0, at));
      named.matches();
      subjectStart = named.start(1);
      issuers.add(x.itemName(s, named.group(1)));
    } else if (m.group("noun") == null
        && IssuerReferences.collective(x, text.substring(0, at), m.group().startsWith("will"))) {
      subjectStart = 0; // "The coalition will …", "… a new coalition of X that will …"
      issuers.add(x.collective);
    } else if (m.group("noun") == null && !IssuerReferences.referredTo(s, x, at).isEmpty()) {
      subjectStart = 0;
      issuers.addAll(IssuerReferences.referredTo(s, x, at));
    } else if (m.start() == 0
        && s.unit.isFirstOfBody()
        && x.titleActors.containsKey(s.unit.block().index())) {
      subjectStart = 0; // "**Acme Orbital** will offer …": the bold title is the subject
      issuers.add(x.titleActors.get(s.unit.block().index()));
    } else if (m.group("noun") == null
        && !x.announcesCommitments
        && !before.isEmpty()
        && Undertaking.AND_BEFORE.matcher(text).region(Math.max(0, at - 6), at).find()) {
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
}
