package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.SPKG;

/**
 * Members of a meeting or dialogue:
 *
 * <ul>
 *   <li>{@code convenes-meeting}: "X will convene the third meeting of P";
 *   <li>{@code holds-dialogue}: "X and Y will hold the second P Dialogue";
 *   <li>{@code joined-by}: "… led the meeting of P. They were joined by X, Y and Z".
 * </ul>
 *
 * Run from {@link MembershipRules}.
 */
final class MeetingRules {

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

  private MeetingRules() {}

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
        who.addAll(x.partiesBefore(s, m.start()));
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
          who.addAll(x.partiesBefore(s, verbAt));
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
}
