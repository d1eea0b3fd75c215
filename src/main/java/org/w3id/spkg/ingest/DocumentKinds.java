package org.w3id.spkg.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of document it is, as its title and opening paragraphs say: an order (its sentences are
 * read as directives) or an announcement of commitments (its undertakings are read beyond the
 * relevance gate's statements).
 */
final class DocumentKinds {

  /**
   * A document that is an order: its title names the kind, or it invokes the signer's authority.
   */
  private static final Pattern ORDER_TITLE =
      Pattern.compile(
          "^(?:Executive Order|Presidential Memorandum|Memorandum|National Security Memorandum"
              + "|A Proclamation|Proclamation)\\b|authority vested in me",
          Pattern.CASE_INSENSITIVE);

  /** A document that announces commitments: each undertaking it states is a pledge. */
  private static final Pattern ANNOUNCES_COMMITMENTS =
      Pattern.compile(
          "\\b(?:announc(?:e|es|ed|ing)|the following) (?:\\S+ ){0,3}commitments\\b",
          Pattern.CASE_INSENSITIVE);

  private DocumentKinds() {}

  static boolean isOrder(ParsedDocument doc) {
    if (ORDER_TITLE.matcher(doc.title()).find()) {
      return true;
    }
    List<ParsedDocument.Block> blocks = doc.blocks();
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      if (blocks.get(i).body().text().contains("authority vested in me")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the document announces commitments (its title or its opening paragraphs say so). */
  static boolean announcesCommitments(ParsedDocument doc) {
    if (ANNOUNCES_COMMITMENTS.matcher(doc.title()).find()) {
      return true;
    }
    List<ParsedDocument.Block> blocks = doc.blocks();
    for (int i = 0; i < Math.min(3, blocks.size()); i++) {
      if (ANNOUNCES_COMMITMENTS.matcher(blocks.get(i).body().text()).find()) {
        return true;
      }
    }
    return false;
  }
}
