package org.w3id.spkg.ingest;

import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The title of a bold-led list item, {@code **Title:** text}, cleaned of its colon, and the text
 * after it. Fact sheets also write {@code **Title: ** text}, which CommonMark does not read as bold
 * (a closing {@code **} may not follow a space): that form is found in the text itself. A bold name
 * that runs on into its sentence ({@code **Acme Orbital** will offer …}) is the sentence's subject,
 * not a title.
 *
 * @param title the title, without the colon
 * @param body the rest of the item
 */
record BoldLead(PlainText title, PlainText body) {

  static Optional<BoldLead> split(Node item, PlainText all) {
    int[] span = boldSpan(item, all);
    return span == null || runsOn(all, span) ? Optional.empty() : make(all, span);
  }

  /**
   * The bold name that opens an item and runs on into its sentence ("**Acme Orbital** will offer
   * …"): the sentence's subject.
   */
  static Optional<PlainText> subject(Node item, PlainText all) {
    int[] span = boldSpan(item, all);
    return span != null && runsOn(all, span)
        ? Optional.of(all.slice(span[0], span[1]).strip(" "))
        : Optional.empty();
  }

  /** Where the opening bold text starts and ends, and where the text after it starts; or null. */
  private static int[] boldSpan(Node item, PlainText all) {
    Node first = item.getFirstChild();
    if (first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis strong) {
      int length = Math.min(plainLength(strong), all.length());
      return new int[] {0, length, length};
    }
    String text = all.text();
    if (text.startsWith("**")) {
      int close = text.indexOf("**", 2);
      if (close > 2) {
        return new int[] {2, close, close + 2};
      }
    }
    return null;
  }

  /** A bold name without colon or full stop, followed by a word in lower case. */
  private static boolean runsOn(PlainText all, int[] span) {
    String raw = all.text().substring(span[0], span[1]).strip();
    String after = all.text().substring(span[2]).stripLeading();
    return !raw.endsWith(":")
        && !raw.endsWith(".")
        && !after.isEmpty()
        && Character.isLowerCase(after.charAt(0));
  }

  private static Optional<BoldLead> make(PlainText all, int[] span) {
    int start = span[0];
    int end = span[1];
    int bodyStart = span[2];
    PlainText title = all.slice(start, end).strip(":");
    PlainText body = all.slice(bodyStart, all.length());
    int skip = 0;
    while (skip < body.length()
        && (body.text().charAt(skip) == ':' || body.text().charAt(skip) == ' ')) {
      skip++;
    }
    body = body.slice(skip, body.length());
    if (title.isEmpty() || body.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BoldLead(title, body));
  }

  /** The length of a node's text once whitespace runs are collapsed, as PlainText builds it. */
  private static int plainLength(Node node) {
    StringBuilder sb = new StringBuilder();
    collect(node, sb);
    return sb.toString().replaceAll("\\s+", " ").length();
  }

  private static void collect(Node node, StringBuilder sb) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n.getFirstChild() == null) {
        sb.append(' ');
      } else {
        collect(n, sb);
      }
    }
  }
}
