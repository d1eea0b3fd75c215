package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of known entities in text: labels, variants, acronyms, adjectives and office titles,
 * longest match first, on word tokens (so "U.S." matches however it is spaced and "USSF’s" still
 * names the USSF). Acronyms and other mixed-case tokens match exactly; other words match with the
 * case of their first letter, so "Chad" the country is not "chad" the word.
 */
final class Gazetteer {

  /** How a surface form names its entity. */
  enum Form {
    NAME,
    ACRONYM,
    ADJECTIVE,
    TITLE
  }

  /** One surface form of an entity. */
  record Entry(String iri, Form form, String surface) {}

  /** A name found in a text, at plain-text offsets {@code [start, end)}. */
  record Mention(String iri, Form form, int start, int end, String text) {}

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private final Node root;

  private Gazetteer(Node root) {
    this.root = root;
  }

  static Gazetteer of(List<Entry> entries) {
    Node root = new Node();
    entries.forEach(e -> add(root, e));
    return new Gazetteer(root);
  }

  /** A new gazetteer with these entries added. */
  Gazetteer with(List<Entry> more) {
    Node copy = root.deepCopy();
    more.forEach(e -> add(copy, e));
    return new Gazetteer(copy);
  }

  private static void add(Node root, Entry entry) {
    List<String> tokens = tokens(entry.surface()).stream().map(t -> t.text).toList();
    if (tokens.isEmpty()) {
      return;
    }
    Node node = root;
    for (String t : tokens) {
      node = node.children.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
    }
    node.entries.add(new Terminal(entry, tokens));
  }

  /** The mentions in {@code text}, left to right, longest first, not overlapping. */
  List<Mention> find(String text) {
    List<Token> tokens = tokens(text);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = root;
      Terminal best = null;
      int bestEnd = -1;
      for (int j = i; j < tokens.size(); j++) {
        node = node.children.get(tokens.get(j).text.toLowerCase(Locale.ROOT));
        if (node == null) {
          break;
        }
        for (Terminal t : node.entries) {
          if (caseMatches(t.tokens, tokens, i) && endsAtWordBoundary(tokens, j)) {
            best = t;
            bestEnd = j;
            break;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = tokens.get(i).start;
      int end = tokens.get(bestEnd).end;
      mentions.add(
          new Mention(best.entry.iri(), best.entry.form(), start, end, text.substring(start, end)));
      i = bestEnd + 1;
    }
    return mentions;
  }

  /** A name ending in a period ("U.S.") may end a sentence; one ending mid-word may not. */
  private static boolean endsAtWordBoundary(List<Token> tokens, int j) {
    return j + 1 >= tokens.size()
        || tokens.get(j + 1).start > tokens.get(j).end
        || !Character.isLetterOrDigit(tokens.get(j + 1).text.charAt(0));
  }

  private static boolean caseMatches(List<String> surface, List<Token> text, int from) {
    for (int k = 0; k < surface.size(); k++) {
      String s = surface.get(k);
      String t = text.get(from + k).text;
      if (isMixedCase(s)) {
        if (!s.equals(t)) {
          return false;
        }
      } else if (s.charAt(0) != t.charAt(0) || !s.equalsIgnoreCase(t)) {
        return false;
      }
    }
    return true;
  }

  /** All capitals (NASA) or capitals after the first letter (CSpO, DoD): an acronym-like token. */
  private static boolean isMixedCase(String token) {
    for (int i = 1; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private record Token(String text, int start, int end) {}

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }

  private record Terminal(Entry entry, List<String> tokens) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Terminal> entries = new ArrayList<>();

    Node deepCopy() {
      Node copy = new Node();
      copy.entries.addAll(entries);
      children.forEach((k, v) -> copy.children.put(k, v.deepCopy()));
      return copy;
    }
  }
}
