package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.w3id.spkg.server.http.Html;

/**
 * A verbatim evidence quote (a sentence of the source Markdown) as a page shows it: text with its
 * links and emphasis, everything else escaped. Only inline Markdown counts: links to {@code http}
 * or {@code https} become {@code <a href>}, any other link or image becomes its text; emphasis
 * becomes {@code <em>} and {@code <strong>} (a mark whose other half lies outside the quote is
 * dropped), code {@code <code>}; raw HTML in the source is shown as text, never passed through;
 * heading and block-quote marks are dropped, and there are no block elements (paragraphs are joined
 * by a space). List marks stay as they are written, so a numbered paragraph of a treaty keeps its
 * number. The quote's offsets point into the Markdown source; this is only its display.
 *
 * <p>Built on commonmark (a dependency already, for reading fact sheets): a CommonMark parser
 * resolves unmatched {@code [} or {@code *} and nested or escaped marks the way the source's
 * authors saw them, which a pattern-based converter of ours would only approximate. Its renderer
 * escapes text and raw HTML ({@code escapeHtml}) and keeps only web URLs ({@code sanitizeUrls});
 * links that are not to the web are unwrapped before rendering, so none reaches the renderer.
 *
 * <pre>{@code
 * Html quote = QuoteHtml.of("The [ESA](https://www.esa.int) **signed** it.");
 * }</pre>
 */
final class QuoteHtml {

  private static final List<String> WEB = List.of("http", "https");

  /**
   * An emphasis mark the parser left as text, because its other half is outside the quote: a run of
   * {@code *} or {@code _} with white space (or an opening bracket or quote before it, punctuation
   * after it, or the text's end) on one side only ({@code "fees**."}, {@code
   * "LEADERSHIP:**\u00a0Today"}). A run between letters ({@code snake_case}) or between spaces
   * ({@code 5 * 3}) is not a mark. White space includes the no-break space.
   */
  private static final Pattern LOOSE_MARK =
      Pattern.compile(
          "(?U)(?<=^|\\s|[(\\[{\"'“‘])[*_]++(?=[^\\s\\p{P}])"
              + "|(?<=[^\\s*_])[*_]++(?=\\s|[\\p{P}&&[^*_]]|$)"
              + "|(?<=\u00a0)[*_]{2,}+(?=\\s|$)"
              + "|^[*_]{2,}+(?=\\s|\\p{P}|$)|(?<=\\s|\\p{P})[*_]{2,}+$");

  /**
   * A presentational tag without attributes ({@code <u>}, {@code </s>}, {@code <br/>}), which the
   * source uses for underline or strike-through: dropped, its text kept. Any other raw HTML is
   * shown as text.
   */
  private static final Pattern PLAIN_TAG =
      Pattern.compile("</?(?:u|s|sub|sup|span|br|small)\\s*/?>", Pattern.CASE_INSENSITIVE);

  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(Set.of(Heading.class, BlockQuote.class, ThematicBreak.class))
          .build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(WEB))
          .softbreak(" ")
          .attributeProviderFactory(
              context ->
                  (node, tag, attributes) -> {
                    if (node instanceof Link) {
                      attributes.put("rel", "external nofollow");
                    }
                  })
          .build();

  private QuoteHtml() {}

  /**
   * The quote as HTML. White space at either end is kept as one space, so that pieces of one
   * passage rendered one after the other keep the spaces between them.
   */
  static Html of(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Node> all = new ArrayList<>();
    collect(document, all);
    all.forEach(QuoteHtml::simplify);
    all.forEach(QuoteHtml::dropLooseMarks);
    List<String> blocks = new ArrayList<>();
    for (Node n : all) {
      if (n instanceof Paragraph || n instanceof Heading) {
        StringBuilder b = new StringBuilder();
        for (Node inline = n.getFirstChild(); inline != null; inline = inline.getNext()) {
          b.append(RENDERER.render(inline));
        }
        blocks.add(b.toString());
      }
    }
    String body = String.join(" ", blocks);
    if (body.isEmpty()) {
      return markdown.isEmpty() ? Html.EMPTY : new Html(" ");
    }
    String before = !markdown.isEmpty() && Character.isWhitespace(markdown.charAt(0)) ? " " : "";
    String after =
        !markdown.isEmpty() && Character.isWhitespace(markdown.charAt(markdown.length() - 1))
            ? " "
            : "";
    return new Html(before + body + after);
  }

  /** {@code node} and everything under it, parents first. */
  private static void collect(Node node, List<Node> into) {
    into.add(node);
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, into);
    }
  }

  /**
   * Links off the web and images become their text; a presentational tag is dropped; a hard line
   * break becomes a space.
   */
  private static void simplify(Node n) {
    if (n instanceof Link link && !isWeb(link.getDestination()) || n instanceof Image) {
      List<Node> children = new ArrayList<>();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        children.add(c);
      }
      children.forEach(n::insertBefore);
      n.unlink();
    } else if (n instanceof HtmlInline html && PLAIN_TAG.matcher(html.getLiteral()).matches()) {
      n.unlink();
    } else if (n instanceof HardLineBreak) {
      n.insertBefore(new Text(" "));
      n.unlink();
    }
  }

  /**
   * A text node joined with the text nodes after it (the parser leaves each unmatched mark a node
   * of its own), then without its loose emphasis marks.
   */
  private static void dropLooseMarks(Node n) {
    if (!(n instanceof Text t) || t.getParent() == null) {
      return;
    }
    StringBuilder joined = new StringBuilder(t.getLiteral());
    while (t.getNext() instanceof Text next) {
      joined.append(next.getLiteral());
      next.unlink();
    }
    t.setLiteral(LOOSE_MARK.matcher(joined).replaceAll(""));
  }

  private static boolean isWeb(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return WEB.stream().anyMatch(scheme -> u.startsWith(scheme + "://"));
  }
}
