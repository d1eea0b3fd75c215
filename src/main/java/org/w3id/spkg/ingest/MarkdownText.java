package org.w3id.spkg.ingest;

import java.util.regex.Pattern;

/**
 * The plain-text form of a verbatim passage of Markdown, as a reader sees it: link and emphasis
 * text kept; URLs, emphasis marks, backslash escapes, HTML tags and comments, list and heading
 * marks gone; non-breaking and other white space collapsed to single spaces. It is what labels,
 * pages and search show; the verbatim quote stays as it is in the file.
 */
final class MarkdownText {

  // Each pattern stops at the character that would open another of its kind, so a construct left
  // unclosed costs one pass, not one pass per opening (quadratic on a long quote).
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]]*)\\]\\([^()]*\\)");
  private static final Pattern LINE_MARK =
      Pattern.compile("(?m)^[ \\t]*(?:[-*+][ \\t]+|\\d+[.)][ \\t]+|#{1,6}[ \\t]+|>[ \\t]?)");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\p{L}\\p{N}\\\\])[*_]+|[*_]+(?![\\p{L}\\p{N}])");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~\"'])");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private MarkdownText() {}

  /** The plain-text form of {@code markdown}. */
  static String plain(String markdown) {
    // Escaped characters are set aside first (as private-use characters), so that no later step
    // takes an escaped "\\_" or "\\*" for markup; they come back as themselves at the end.
    String s = ESCAPE.matcher(markdown).replaceAll(m -> String.valueOf(hide(m.group(1).charAt(0))));
    s = withoutComments(s);
    s = TAG.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1");
    s = LINE_MARK.matcher(s).replaceAll("");
    s = EMPHASIS.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder(s.length());
    s.chars()
        .forEach(c -> out.append(c >= HIDDEN && c < HIDDEN + 128 ? (char) (c - HIDDEN) : (char) c));
    return out.toString();
  }

  /** {@code text} with each HTML comment {@code <!-- … -->} replaced by a space. */
  private static String withoutComments(String text) {
    int open = text.indexOf("<!--");
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (open >= 0) {
      int close = text.indexOf("-->", open + 4);
      if (close < 0) {
        break;
      }
      out.append(text, at, open).append(' ');
      at = close + 3;
      open = text.indexOf("<!--", at);
    }
    return out.append(text, at, text.length()).toString();
  }

  /** The start of the private-use block escaped ASCII characters are set aside in. */
  private static final int HIDDEN = 0xE000;

  private static char hide(char c) {
    return (char) (HIDDEN + c);
  }
}
