package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** Tries searched together; a longer match wins, and on a tie the earlier trie's. */
  private final List<Node> roots;

  /** Entries of the tries this gazetteer does not find (see {@link #hiding}), by identity. */
  private final Set<Terminal> hidden;

  private Gazetteer(List<Node> roots) {
    this(roots, Set.of());
  }

  private Gazetteer(List<Node> roots, Set<Terminal> hidden) {
    this.roots = List.copyOf(roots);
    this.hidden = hidden;
  }

  /**
   * This gazetteer as it would be once {@code handles} were {@link #remove removed}, without
   * changing it: it shares the tries and skips those entries.
   */
  Gazetteer hiding(List<Handle> handles) {
    if (handles.isEmpty()) {
      return this;
    }
    Set<Terminal> more = Collections.newSetFromMap(new IdentityHashMap<>());
    more.addAll(hidden);
    handles.forEach(h -> more.add(h.terminal()));
    return new Gazetteer(roots, more);
  }

  static Gazetteer of(List<Entry> entries) {
    Node root = new Node();
    entries.forEach(e -> add(root, e, 0));
    return new Gazetteer(List.of(root));
  }

  /**
   * A gazetteer that also finds these entries, sharing this one's tries (no copy): the new entries
   * lose ties of length to the old ones.
   */
  Gazetteer with(List<Entry> more) {
    Node extra = new Node();
    more.forEach(e -> add(extra, e, 0));
    List<Node> all = new ArrayList<>(roots);
    all.add(extra);
    return new Gazetteer(all, hidden);
  }

  /**
   * A gazetteer that also finds these entries and prefers them: they win ties of length over this
   * one's. A document's own definition of an acronym ("Kenya Space Agency (KSA)") outranks the
   * reference data's reading of the same letters (Saudi Arabia) within that document.
   */
  Gazetteer preferring(List<Entry> more) {
    Node extra = new Node();
    more.forEach(e -> add(extra, e, 0));
    List<Node> all = new ArrayList<>();
    all.add(extra);
    all.addAll(roots);
    return new Gazetteer(all, hidden);
  }

  /**
   * Adds an entry to this gazetteer's first trie, in place, and returns what removes it again.
   * Within a node, entries keep the order (rank, IRI, form, surface), whatever order they came in.
   */
  Handle addInPlace(Entry entry, int rank) {
    if (!hidden.isEmpty()) {
      throw new IllegalStateException("a gazetteer that hides entries is read-only");
    }
    Terminal t = add(roots.get(0), entry, rank);
    return t == null ? null : new Handle(roots.get(0), t);
  }

  /** Removes an entry added with {@link #addInPlace}. */
  void remove(Handle handle) {
    Node node = handle.root;
    for (String token : handle.terminal.tokens) {
      node = node.children.get(token.toLowerCase(Locale.ROOT));
      if (node == null) {
        return;
      }
    }
    node.entries.remove(handle.terminal);
  }

  /** An entry's place in a trie, to remove it. */
  record Handle(Node root, Terminal terminal) {}

  /**
   * The kinds of a presidential order: one document's order is "the Executive Order" of its text
   * (an alternative label), but the words name no one order in another document.
   */
  private static final java.util.Set<String> KINDS =
      java.util.Set.of(
          "executive order",
          "national security presidential memorandum",
          "presidential memorandum");

  private static Terminal add(Node root, Entry entry, int rank) {
    if (KINDS.contains(entry.surface().toLowerCase(Locale.ROOT))) {
      return null;
    }
    List<String> tokens = tokens(entry.surface()).stream().map(t -> t.text).toList();
    if (tokens.isEmpty()) {
      return null;
    }
    Node node = root;
    for (String t : tokens) {
      node = node.children.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
    }
    Terminal terminal = new Terminal(entry, tokens, rank);
    int at = Collections.binarySearch(node.entries, terminal, Terminal.ORDER);
    node.entries.add(at < 0 ? -at - 1 : at + 1, terminal);
    return terminal;
  }

  /** The mentions in {@code text}, left to right, longest first, not overlapping. */
  List<Mention> find(String text) {
    List<Token> tokens = tokens(text);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Terminal best = null;
      int bestEnd = -1;
      for (Node root : roots) {
        Node node = root;
        for (int j = i; j < tokens.size(); j++) {
          node = node.children.get(tokens.get(j).text.toLowerCase(Locale.ROOT));
          if (node == null) {
            break;
          }
          for (Terminal t : node.entries) {
            if (j > bestEnd
                && caseMatches(t.tokens, tokens, i)
                && endsAtWordBoundary(tokens, j)
                && !hidden.contains(t)) {
              best = t;
              bestEnd = j;
              break;
            }
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

  /**
   * The names this gazetteer finds inside a longer name ("United Nations" in "United Nations
   * Open-Ended Working Group", "NASA" in "NASA Georgia Space Grant Consortium"): by name or
   * acronym, not by adjective, not in the acronym the name is given, and never the whole name.
   */
  List<Mention> inside(Mention name) {
    if (name.text().indexOf(' ') < 0) {
      return List.of();
    }
    // Not "KSA" in "Kenya Space Agency (KSA)": the acronym the name is given is its own.
    int paren = name.text().indexOf(" (");
    String text = paren > 0 ? name.text().substring(0, paren) : name.text();
    return find(text).stream()
        .filter(m -> m.form() == Form.NAME || m.form() == Form.ACRONYM)
        .filter(m -> !m.iri().equals(name.iri()) && m.end() - m.start() < name.text().length())
        .toList();
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
      // A typographic apostrophe is the apostrophe of the names: "People’s Republic of China".
      String t = m.group().equals("\u2019") ? "'" : m.group();
      tokens.add(new Token(t, m.start(), m.end()));
    }
    return tokens;
  }

  /** An entry at the node its tokens lead to; {@code rank} orders reference data first. */
  private record Terminal(Entry entry, List<String> tokens, int rank) {
    static final Comparator<Terminal> ORDER =
        Comparator.comparingInt(Terminal::rank)
            .thenComparing(t -> t.entry.iri())
            .thenComparing(t -> t.entry.form())
            .thenComparing(t -> t.entry.surface());
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Terminal> entries = new ArrayList<>();
  }
}
