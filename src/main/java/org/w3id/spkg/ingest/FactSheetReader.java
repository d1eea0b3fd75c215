package org.w3id.spkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a fact sheet's structure with the CommonMark parser: sections from headings (Markdown
 * headings, and paragraphs that are nothing but bold-italic or italic text, as fact sheets write
 * them), paragraphs, list items, and bold-led items ({@code **Title:** text}). Every text keeps its
 * offsets into the file.
 */
final class FactSheetReader {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(Set.of(YamlFrontMatterExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private FactSheetReader() {}

  static ParsedDocument read(SourceText source, String key, Optional<LocalDate> dateOption) {
    return read(source, FrontMatter.parse(source), key, dateOption);
  }

  /**
   * The text with every line of only spaces, tabs and non-breaking spaces made of plain spaces, of
   * the same length (offsets into the file stay true). The archive separates paragraphs with lines
   * holding a non-breaking space, which CommonMark does not read as blank: without this, the
   * numbered paragraphs of a joint statement ran together into one block, and the relevance gate,
   * which admits blocks, let a paragraph on trade in with one on space.
   */
  static String blankLinesOfSpaces(String text) {
    if (text.indexOf('\u00a0') < 0) {
      return text;
    }
    char[] out = text.toCharArray();
    int lineStart = 0;
    boolean onlySpaces = true;
    boolean nbsp = false;
    for (int i = 0; i <= out.length; i++) {
      char c = i < out.length ? out[i] : '\n';
      if (c == '\n' || c == '\r') {
        if (onlySpaces && nbsp) {
          for (int j = lineStart; j < i; j++) {
            out[j] = ' ';
          }
        }
        lineStart = i + 1;
        onlySpaces = true;
        nbsp = false;
      } else if (c == '\u00a0') {
        nbsp = true;
      } else if (c != ' ' && c != '\t') {
        onlySpaces = false;
      }
    }
    return new String(out);
  }

  /** Reads {@code source}, whose front matter {@code front} was parsed already. */
  static ParsedDocument read(
      SourceText source, FrontMatter front, String key, Optional<LocalDate> dateOption) {
    List<String> warnings = new ArrayList<>(front.warnings());
    MarkdownLimits.checkLineRuns(source);
    String text = blankLinesOfSpaces(source.text());
    Node parsed = PARSER.parse(text);
    MarkdownLimits.checkDepth(source, parsed);
    Walker walker = new Walker(text);
    walker.walk(parsed);

    Optional<String> title = front.title();
    List<ParsedDocument.Section> sections = walker.sections;
    if (title.isEmpty() && !sections.isEmpty() && walker.firstHeadingIsTitle) {
      title = Optional.of(sections.get(0).heading().text());
      sections = walker.renumberWithoutTitle();
    }
    boolean hasTitle = title.isPresent();
    if (title.isEmpty()) {
      title = walker.blocks.stream().findFirst().map(b -> firstLine(b.body().text()));
      warnings.add(source.file() + ": no title in front matter or heading; using the first line");
    }
    Optional<LocalDate> date = front.date().or(() -> dateOption);
    if (date.isEmpty()) {
      warnings.add(
          source.file()
              + ": no date (front matter 'date:' or --date); relative dates are left unresolved");
    }
    return new ParsedDocument(
        source,
        key,
        front,
        title.orElse(key),
        date,
        sections,
        walker.blocks,
        warnings,
        Optional.empty(),
        hasTitle);
  }

  private static String firstLine(String text) {
    return text.length() > 120 ? text.substring(0, 120) : text;
  }

  /** Walks the block structure, collecting sections and blocks. */
  private static final class Walker {
    private final String text;
    final List<ParsedDocument.Section> sections = new ArrayList<>();
    final List<ParsedDocument.Block> blocks = new ArrayList<>();
    boolean firstHeadingIsTitle;
    private int lists;
    private int lastList = -1;
    private int lastParagraph = -1;
    private int[] openSection = {-1, -1, -1};

    Walker(String text) {
      this.text = text;
    }

    void walk(Node document) {
      boolean afterList = false;
      int listLeadIn = -1;
      for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--")) {
          // Converters put "<!-- -->" between the items of one list: it is still one list.
          continue;
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
          listLeadIn = afterList ? listLeadIn : lastParagraph;
          lastList = afterList ? lastList : lists++;
          walkList(n, listLeadIn, lastList);
          afterList = true;
          continue;
        }
        afterList = false;
        if (n instanceof Heading h) {
          if (sections.isEmpty() && blocks.isEmpty() && h.getLevel() == 1) {
            firstHeadingIsTitle = true;
          }
          addSection(h.getLevel(), inline(h));
        } else if (n instanceof Paragraph p) {
          int level = emphasisHeadingLevel(p);
          if (level > 0) {
            addSection(firstHeadingIsTitle ? level + 1 : level, inline(p));
          } else {
            PlainText body = inline(p);
            if (hasWords(body)) {
              lastParagraph = blocks.size();
              addBlock(ParsedDocument.Kind.PARAGRAPH, -1, -1, Optional.empty(), body);
            }
          }
        }
      }
    }

    /** Whether a text has a letter or digit: "###", a release's end mark, is no paragraph. */
    private static boolean hasWords(PlainText text) {
      return text.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private void walkList(Node list, int leadIn, int listIndex) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        PlainText.Builder b = new PlainText.Builder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof Paragraph) {
            if (b.lastSourceIndex() >= 0) {
              b.append(' ', b.lastSourceIndex() + 1);
            }
            appendInline(child, b);
          } else if (child instanceof BulletList || child instanceof OrderedList) {
            walkList(child, leadIn, lists++);
          }
        }
        PlainText all = b.build();
        if (!hasWords(all)) {
          continue;
        }
        Optional<PlainText> boldSubject = BoldLead.subject(item, all);
        BoldLead.split(item, all)
            .ifPresentOrElse(
                lead ->
                    addBlock(
                        ParsedDocument.Kind.LIST_ITEM,
                        listIndex,
                        leadIn,
                        Optional.of(lead.title()),
                        lead.body(),
                        Optional.empty()),
                () ->
                    addBlock(
                        ParsedDocument.Kind.LIST_ITEM,
                        listIndex,
                        leadIn,
                        Optional.empty(),
                        all,
                        boldSubject));
      }
      lastParagraph = -1;
    }

    private void addBlock(
        ParsedDocument.Kind kind, int list, int leadIn, Optional<PlainText> title, PlainText body) {
      addBlock(kind, list, leadIn, title, body, Optional.empty());
    }

    private void addBlock(
        ParsedDocument.Kind kind,
        int list,
        int leadIn,
        Optional<PlainText> title,
        PlainText body,
        Optional<PlainText> boldSubject) {
      int section = sections.isEmpty() ? -1 : sections.size() - 1;
      blocks.add(
          new ParsedDocument.Block(
              blocks.size(), kind, section, list, leadIn, title, body, boldSubject));
    }

    private void addSection(int level, PlainText heading) {
      if (heading.isEmpty()) {
        return;
      }
      int clamped = Math.max(1, Math.min(level, 2));
      int parent = clamped > 1 ? openSection[clamped - 1] : -1;
      sections.add(new ParsedDocument.Section(sections.size(), clamped, parent, heading));
      openSection[clamped] = sections.size() - 1;
      if (clamped == 1) {
        openSection[2] = -1;
      }
      lastParagraph = -1;
    }

    List<ParsedDocument.Section> renumberWithoutTitle() {
      List<ParsedDocument.Section> result = new ArrayList<>();
      for (ParsedDocument.Section s : sections.subList(1, sections.size())) {
        int parent = s.parent() > 0 ? s.parent() - 1 : -1;
        result.add(new ParsedDocument.Section(s.index() - 1, s.level(), parent, s.heading()));
      }
      // Blocks point at sections by index: shift them too.
      blocks.replaceAll(
          b ->
              new ParsedDocument.Block(
                  b.index(),
                  b.kind(),
                  b.section() - 1,
                  b.list(),
                  b.leadIn(),
                  b.title(),
                  b.body(),
                  b.boldSubject()));
      return result;
    }

    /** 1 for a paragraph that is all bold-italic (or bold), 2 for all italic, else 0. */
    private static int emphasisHeadingLevel(Paragraph p) {
      Node only = null;
      for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
        boolean blank =
            n instanceof Text t && t.getLiteral().isBlank()
                || n instanceof SoftLineBreak
                || n instanceof HardLineBreak;
        if (blank) {
          continue;
        }
        if (only != null) {
          return 0;
        }
        only = n;
      }
      if (only == null) {
        return 0;
      }
      if (only instanceof StrongEmphasis) {
        return 1;
      }
      if (only instanceof Emphasis) {
        Node inner = only.getFirstChild();
        return inner instanceof StrongEmphasis && inner.getNext() == null ? 1 : 2;
      }
      return 0;
    }

    private PlainText inline(Node block) {
      PlainText.Builder b = new PlainText.Builder();
      appendInline(block, b);
      return b.build();
    }

    private void appendInline(Node parent, PlainText.Builder b) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Text t) {
          appendLiteral(t.getLiteral(), n, b);
        } else if (n instanceof Code c) {
          appendLiteral(c.getLiteral(), n, b);
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
          b.append(' ', Math.max(0, b.lastSourceIndex() + 1));
        } else {
          appendInline(n, b);
        }
      }
    }

    /** Maps a literal onto the source: one to one where it stands there verbatim. */
    private void appendLiteral(String literal, Node node, PlainText.Builder b) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        b.append(literal, Math.max(0, b.lastSourceIndex() + 1));
        return;
      }
      int start = spans.get(0).getInputIndex();
      SourceSpan last = spans.get(spans.size() - 1);
      int end = last.getInputIndex() + last.getLength();
      int at = text.indexOf(literal, start);
      if (at >= 0 && at + literal.length() <= end) {
        b.append(literal, at);
        return;
      }
      for (int i = 0; i < literal.length(); i++) {
        b.append(literal.charAt(i), Math.min(start + i, end - 1));
      }
    }
  }
}
