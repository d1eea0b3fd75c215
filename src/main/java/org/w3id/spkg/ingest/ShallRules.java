package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code order-shall}: in an executive order, memorandum or proclamation, "The Council shall …" is
 * a directive to the Council, issued by the order's signer; "it shall:" directs each enumerated
 * item after it ("(i) review …"); "… shall be …" in the passive directs the addressee it names. Run
 * from {@link OrderRules}.
 */
final class ShallRules {

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

  private ShallRules() {}

  /** "(a) The Council shall meet at least annually." */
  static void shall(Sentence s, Extraction x) {
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
        Directives.writeDirective(
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
            : OrderAddressees.addressee(s, x, from, subject);
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
    Directives.writeDirective(s, x, label, x.signer().get(), each, Rule.ORDER_SHALL);
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
    for (String part : Directives.PARTS.split(list, -1)) {
      int start = list.indexOf(part, at);
      at = start + part.length();
      String name = part.trim();
      if (name.isEmpty() || ASIDE_PART.matcher(name).lookingAt()) {
        continue; // "in consultation with the Secretary of X": who helps, not who is directed
      }
      Optional<String> a =
          OrderAddressees.addressee(
              s, x, from + start + (part.length() - part.stripLeading().length()), name, false);
      if (a.isEmpty()) {
        return List.of();
      }
      out.add(a.get());
    }
    return out;
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
    Directives.writeDirective(s, x, clean, issuer.get(), List.of(addressee), rule);
  }
}
