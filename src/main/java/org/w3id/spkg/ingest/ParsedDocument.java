package org.w3id.spkg.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document as it is written: its metadata, its sections and its text blocks in order.
 *
 * @param source the decoded file
 * @param key the document key (from the file name)
 * @param frontMatter the front matter (or {@link FrontMatter#none()})
 * @param title the title: from the front matter, else the first heading or line
 * @param date the document date: from the front matter, else from the options, else empty
 * @param sections the sections, in order
 * @param blocks paragraphs and list items, in order, headings excluded
 * @param warnings what could not be used
 * @param sourceIdentifier what identifies the document among all others ({@link DocumentKeys})
 * @param hasTitle whether the title is the document's own (front matter or first heading), not its
 *     first line standing in for one
 */
record ParsedDocument(
    SourceText source,
    String key,
    FrontMatter frontMatter,
    String title,
    Optional<LocalDate> date,
    List<Section> sections,
    List<Block> blocks,
    List<String> warnings,
    Optional<String> sourceIdentifier,
    boolean hasTitle) {

  ParsedDocument {
    sections = List.copyOf(sections);
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }

  /** The same document, identified by {@code identifier}. */
  ParsedDocument withSourceIdentifier(String identifier) {
    return new ParsedDocument(
        source,
        key,
        frontMatter,
        title,
        date,
        sections,
        blocks,
        warnings,
        Optional.of(identifier),
        hasTitle);
  }

  /**
   * A titled section.
   *
   * @param index position among the sections, from 0
   * @param level 1 for a top-level heading, 2 for a sub-heading
   * @param parent the index of the enclosing section, or -1
   * @param heading the heading's text
   */
  record Section(int index, int level, int parent, PlainText heading) {}

  /** What a block is. */
  enum Kind {
    PARAGRAPH,
    LIST_ITEM
  }

  /**
   * A paragraph or a list item.
   *
   * @param index position among the blocks, from 0
   * @param kind paragraph or list item
   * @param section the index of the section it stands in, or -1 before the first heading
   * @param list for a list item, the index of its list among the document's lists; else -1
   * @param leadIn for a list item, the index of the paragraph just before its list, or -1
   * @param title for a bold-led list item ({@code **Title:** text}), the title without colon
   * @param body the text after the title (all of it when there is no title)
   * @param boldSubject for a list item that opens with a bold name running on into its sentence
   *     ({@code **Acme Orbital** will offer …}), that name: the sentence's subject, not a title
   */
  record Block(
      int index,
      Kind kind,
      int section,
      int list,
      int leadIn,
      Optional<PlainText> title,
      PlainText body,
      Optional<PlainText> boldSubject) {

    boolean isBoldLed() {
      return title.isPresent();
    }
  }
}
