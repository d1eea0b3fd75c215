package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Members of a named collective body: a coalition whose leads, members and contributors a sentence
 * lists ({@code coalition}), and a body that a section says is composed of actors ({@code
 * composed-of}). Run from {@link MembershipRules}.
 */
final class CollectiveRules {

  private static final Pattern COMPOSED_OF =
      Pattern.compile(
          "\\b(?:composed of|comprised of|consist of|consists of|made up of)"
              + "(?: the following(?: members)?)?\\s*:\\s*$");
  private static final Pattern ENUMERATOR =
      Pattern.compile("^\\\\?\\((?:[a-z]{1,2}|[A-Z]|[ivx]{1,4}|\\d{1,2})\\\\?\\)\\s+(?:the\\s+)?");
  private static final Pattern CHAIR =
      Pattern.compile(
          "\\bwho shall (?:be|serve as) (?:the |a )?(?:Co-)?Chair\\b|\\bwho shall (?:co-)?chair\\b");
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

  private CollectiveRules() {}

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
      Optional<String> words = CooperationOnRules.phrase(s.text(), c.end());
      if (words.isPresent() || lowerWord(s.text(), c.end()).isPresent()) {
        String label =
            c.group(1) + " of " + words.orElseGet(() -> lowerWord(s.text(), c.end()).get());
        x.collective =
            NamedUndertakings.unnamed(x, s, label, SPKG.Coalition, Rule.COALITION_MEMBERS, false);
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
          List<Gazetteer.Mention> sponsors = Participations.namesFrom(s, sp.end());
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
        who.addAll(Participations.namesFrom(s, at));
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
}
