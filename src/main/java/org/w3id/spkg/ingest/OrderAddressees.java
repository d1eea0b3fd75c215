package org.w3id.spkg.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Who an order's directive is addressed to: an office named by its title ("the Secretary of
 * Commerce"), a body, or a short name the order gave it before ("the Secretary"). Part of {@link
 * OrderRules}.
 */
final class OrderAddressees {

  private static final Pattern SHORT_NAME =
      Pattern.compile("\\((?:the )?[“\"]?(\\p{Lu}\\p{Ll}+)[”\"]?\\)");

  /** The capitalised name that ends where a short name is defined: "Users’ Advisory Group". */
  private static final Pattern NAME_BEFORE =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|on|and|the)\\s+)*){0,6}\\p{Lu}[\\p{L}’'-]*$");

  private OrderAddressees() {}

  /**
   * The addressee a subject names: a short name the order defined ("the Council" for "National
   * Space Council (Council)"), else the actor or office it mentions, else the phrase itself
   * ("Agencies", "The head of each agency that …") as an addressee of the document's own.
   */
  static Optional<String> addressee(Sentence s, Extraction x, int from, String subject) {
    return addressee(s, x, from, subject, true);
  }

  static Optional<String> addressee(
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
    if (!Directives.ADDRESSEE_PHRASE.matcher(subject).matches()
        || !Directives.AGENT_NOUN.matcher(subject).find()
        || subject.split("\\s+").length > 12) {
      return Optional.empty();
    }
    return Optional.of(namedAddressee(x, subject.replaceFirst("^(?:The|the) ", "")));
  }

  /**
   * An addressee the text names by a phrase, not an entity: a node of the document's own with the
   * phrase as label and no class, so that it never becomes a name other documents are read for.
   */
  static String namedAddressee(Extraction x, String label) {
    Node n = x.out.local("addressee", EntityIris.slug(label));
    x.out.label(n, Character.toUpperCase(label.charAt(0)) + label.substring(1));
    return n.getURI();
  }

  /**
   * An office as the text names it ("the Secretary of Transportation"), as its alternative label.
   */
  static String office(Extraction x, Gazetteer.Mention m) {
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
}
