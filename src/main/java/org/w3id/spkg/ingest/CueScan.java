package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the patterned cues of {@link SpaceCues} in a text as one alternation of them all, {@code
 * \b(?:(c1)\b|(c2)\b|…)}, finds them — leftmost first, at one place the first cue of the list — but
 * tries at each place only the cues that can start with the character there, in their order. One
 * alternation tries every cue at every word (most of the relevance gate's time on the real archive,
 * where nearly every document is read and found off-topic).
 *
 * <p>Which cues can start with a character is worked out once per character, exactly: a cue that,
 * tried on that character alone (after a word character, and after a space), neither matches nor
 * reads past it cannot match any text at a place holding that character. A cue that looks behind is
 * always tried. When a cue can match the empty text, every place is tried with every cue, as the
 * one alternation would. Safe for use by many threads.
 */
final class CueScan {

  /**
   * A cue found.
   *
   * @param cue its index in the list of cues
   * @param start where the match starts
   * @param end where it ends
   * @param text the text it matched
   */
  record Found(int cue, int start, int end, String text) {}

  /** Cues tried at a place: their alternation and, for its groups in order, their indexes. */
  private record Subset(Pattern pattern, int[] cues) {}

  private static final Subset NONE = new Subset(null, new int[0]);

  private final int flags;
  private final List<String> patterns;
  private final Subset all;
  private final Pattern[] alone;
  private final boolean[] looksBehind;
  private final boolean everywhere;

  /** By character: the cues that can start there (filled as characters are met). */
  private final Subset[] byChar = new Subset[Character.MAX_VALUE + 1];

  /** The subsets made so far, by their cue indexes: characters with the same cues share one. */
  private final Map<String, Subset> subsets = new ConcurrentHashMap<>();

  /**
   * @param patterns the cues, regular expressions without capturing groups, in order of rank
   * @param flags the flags they are compiled with
   */
  CueScan(List<String> patterns, int flags) {
    this.flags = flags;
    this.patterns = List.copyOf(patterns);
    int n = patterns.size();
    int[] every = new int[n];
    this.alone = new Pattern[n];
    this.looksBehind = new boolean[n];
    boolean empty = false;
    for (int k = 0; k < n; k++) {
      every[k] = k;
      alone[k] = Pattern.compile("\\b(?:" + patterns.get(k) + ")\\b", flags);
      looksBehind[k] = patterns.get(k).contains("(?<");
      empty |= Pattern.compile("(?:" + patterns.get(k) + ")", flags).matcher("").matches();
    }
    this.all = n == 0 ? NONE : subset(every);
    this.everywhere = empty;
  }

  /** A scan of {@code text}: its cues one after another. */
  Scan in(String text) {
    return new Scan(text);
  }

  /** The cues of one text, found from a place on. Not safe for use by many threads. */
  final class Scan {
    private final String text;
    private final Map<Subset, Matcher> matchers = new IdentityHashMap<>();

    private Scan(String text) {
      this.text = text;
    }

    /** The first cue that matches at {@code from} or after, or null if none does. */
    Found next(int from) {
      if (all == NONE) {
        return null;
      }
      if (everywhere) {
        Matcher m = matcher(all);
        return m.find(from) ? found(m, all) : null;
      }
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (i > 0 && isWord(c) && isWord(text.charAt(i - 1))) {
          continue; // inside a word: no cue's leading \b holds
        }
        Subset s = candidates(c);
        if (s == NONE) {
          continue;
        }
        Matcher m = matcher(s);
        m.region(i, text.length());
        if (m.lookingAt()) {
          return found(m, s);
        }
      }
      return null;
    }

    private Matcher matcher(Subset s) {
      return matchers.computeIfAbsent(
          s, k -> k.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
    }
  }

  private static Found found(Matcher m, Subset s) {
    for (int g = 1; g <= s.cues().length; g++) {
      if (m.start(g) >= 0) {
        return new Found(s.cues()[g - 1], m.start(), m.end(), m.group(g));
      }
    }
    throw new IllegalStateException("a match of no cue: " + m);
  }

  /** The cues that can start where the text holds {@code c}. */
  private Subset candidates(char c) {
    if (Character.isSurrogate(c)) {
      return all;
    }
    Subset s = byChar[c];
    if (s == null) {
      List<Integer> cues = new ArrayList<>();
      for (int k = 0; k < patterns.size(); k++) {
        if (looksBehind[k] || mayStartWith(alone[k], c)) {
          cues.add(k);
        }
      }
      s = cues.isEmpty() ? NONE : subset(cues.stream().mapToInt(Integer::intValue).toArray());
      byChar[c] = s; // a race only works the same subset out twice
    }
    return s;
  }

  /** Whether {@code cue} can match a text at a place holding {@code c}, whatever comes before. */
  private static boolean mayStartWith(Pattern cue, char c) {
    for (char before : new char[] {' ', 'x'}) {
      Matcher m =
          cue.matcher(new String(new char[] {before, c}))
              .region(1, 2)
              .useTransparentBounds(true)
              .useAnchoringBounds(false);
      if (m.lookingAt() || m.hitEnd()) {
        return true;
      }
    }
    return false;
  }

  private Subset subset(int[] cues) {
    StringBuilder key = new StringBuilder();
    for (int k : cues) {
      key.append(k).append(',');
    }
    return subsets.computeIfAbsent(
        key.toString(),
        k -> {
          StringBuilder alternation = new StringBuilder();
          for (int cue : cues) {
            alternation
                .append(alternation.length() == 0 ? "" : "|")
                .append('(')
                .append(patterns.get(cue))
                .append(")\\b");
          }
          return new Subset(Pattern.compile("\\b(?:" + alternation + ")", flags), cues);
        });
  }

  /** A word character as {@code \b} of {@link Pattern} sees it. */
  static boolean isWord(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
