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
    Node first = item.getFirstChild();
    if (first instanceof Paragraph && first.getFirstChild() instanceof StrongEmphasis strong) {
      int length = plainLength(strong);
      return make(all, 0, Math.min(length, all.length()), Math.min(length, all.length()));
    }
    String text = all.text();
    if (text.startsWith("**")) {
      int close = text.indexOf("**", 2);
      if (close > 2) {
        return make(all, 2, close, close + 2);
      }
    }
    return Optional.empty();
  }

  private static Optional<BoldLead> make(PlainText all, int start, int end, int bodyStart) {
    String raw = all.text().substring(start, end).strip();
    String after = all.text().substring(bodyStart).stripLeading();
    if (!raw.endsWith(":")
        && !raw.endsWith(".")
        && !after.isEmpty()
        && Character.isLowerCase(after.charAt(0))) {
      // "**Acme Orbital** will offer …": the bold name is the sentence's subject, not a title
      return Optional.empty();
    }
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
