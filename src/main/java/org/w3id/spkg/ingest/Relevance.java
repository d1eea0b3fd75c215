package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The relevance gate: whether a document, each of its sections and each of its statements is about
 * space activities, with a score and the cues that decided. Facts are extracted only from the
 * blocks it lets through ({@link #admits}).
 *
 * <p>A statement (a sentence, a bold-led item's title) scores the summed weights of the distinct
 * {@link SpaceCues} it holds and is about space at {@value #STATEMENT}. Headings and the title
 * score the bare word "space" too. Then, in order:
 *
 * <ol>
 *   <li>a title about space (scoring {@value #TITLE}) makes the whole document about space: every
 *       block is read;
 *   <li>a section is about space if its heading is, if its parent section is, or if at least two of
 *       its blocks and at least half of them are;
 *   <li>a block is read if it holds a statement about space, stands in a section about space, or is
 *       a list item whose lead-in is about space;
 *   <li>a run of consecutive statements with cues (one without may stand between) whose cues weigh
 *       {@value #DOCUMENT} together is a passage about space, and its statements are about space;
 *       so is an exchange of a briefing (a question "Q …" and the answers up to the next one) whose
 *       cues weigh as much, and all its blocks are read;
 *   <li>the document is {@code SPACE} if its title is about space, or if at least half its blocks
 *       are read and its statements about space score {@value #DOCUMENT} together; {@code MIXED} if
 *       some blocks are read and a section or a passage is about space; else {@code NONE}, and
 *       nothing of it is read: one passing phrase ("the space industry" in a list of sectors) does
 *       not make a document about space.
 * </ol>
 */
final class Relevance {

  /** A statement scoring this much is about space. */
  static final double STATEMENT = 3;

  /**
   * A title scoring this much makes the document about space: a title names the subject, so one
   * name of a space thing ("Satellite", "NASA") is enough.
   */
  static final double TITLE = 2;

  /**
   * A passage of consecutive statements whose cues weigh this much together is about space, and
   * makes a document about space in part.
   */
  static final double DOCUMENT = 5;

  private static final Pattern BARE_SPACE =
      Pattern.compile("\\bspace\\b", Pattern.CASE_INSENSITIVE);

  /** What a document is, as a whole. */
  enum Label {
    SPACE,
    MIXED,
    NONE;

    /** The key of the label's concept ({@code relevance/space}, …). */
    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A decision on one piece of text.
   *
   * @param space whether it is about space
   * @param score the summed weights of its cues
   * @param cues the cues that decided, each once, in order of appearance
   */
  record Decision(boolean space, double score, List<String> cues) {
    Decision {
      cues = List.copyOf(cues);
    }
  }

  /**
   * A statement about space: where it is and why.
   *
   * @param block the index of its block
   * @param text its text, mapped to the source
   * @param decision its decision
   */
  record Statement(int block, PlainText text, Decision decision) {}

  /**
   * The decisions on one document.
   *
   * @param label the document as a whole
   * @param document the document's decision: its score is the sum over its statements about space,
   *     its cues theirs and its title's, the most weighty first
   * @param sections each section's decision, by index
   * @param read for each block, whether facts are extracted from it
   * @param statements the statements about space, in document order
   * @param statementCount how many statements the document has
   */
  record Result(
      Label label,
      Decision document,
      Map<Integer, Decision> sections,
      boolean[] read,
      List<Statement> statements,
      int statementCount) {

    /** Whether facts are read from the document at all under {@code topic}. */
    boolean readsAny(IngestOptions.Topic topic) {
      return topic == IngestOptions.Topic.ALL || label != Label.NONE;
    }

    /** Whether facts are extracted from block {@code index} under {@code topic}. */
    boolean admits(int index, IngestOptions.Topic topic) {
      return topic == IngestOptions.Topic.ALL || (label != Label.NONE && read[index]);
    }
  }

  private final SpaceCues cues;

  Relevance(SpaceCues cues) {
    this.cues = cues;
  }

  Result decide(ParsedDocument doc) {
    Decision titled = decide(doc.title(), true);
    // A first line standing in for a missing title is a statement, not a title.
    Decision title =
        new Decision(doc.hasTitle() && titled.score() >= TITLE, titled.score(), titled.cues());
    List<ParsedDocument.Block> blocks = doc.blocks();
    boolean[] own = new boolean[blocks.size()];
    List<Statement> statements = new ArrayList<>();
    Map<String, Double> documentCues = new LinkedHashMap<>();
    title.cues().forEach(c -> documentCues.putIfAbsent(c, 0.0));
    List<Statement> all = new ArrayList<>();
    for (ParsedDocument.Block b : blocks) {
      b.title().ifPresent(t -> all.add(new Statement(b.index(), t, decideBounded(t))));
      for (int[] s : SentenceSplitter.split(b.body().text())) {
        PlainText unit = b.body().slice(s[0], s[1]);
        all.add(new Statement(b.index(), unit, decideBounded(unit)));
      }
    }
    boolean[] inPassage = passages(all);
    int[] exchange = exchanges(blocks);
    boolean[] exchangeRead = exchangesAboutSpace(all, exchange, inPassage);
    boolean passage = false;
    double total = 0;
    for (int i = 0; i < all.size(); i++) {
      Statement st = all.get(i);
      passage |= inPassage[i];
      if (st.decision().space() || inPassage[i]) {
        Decision d = new Decision(true, st.decision().score(), st.decision().cues());
        own[st.block()] = true;
        statements.add(new Statement(st.block(), st.text(), d));
        total += d.score();
        d.cues().forEach(c -> documentCues.merge(c, 1.0, Double::sum));
      }
    }
    int count = all.size();
    for (ParsedDocument.Block b : blocks) {
      if (exchange[b.index()] >= 0 && exchangeRead[exchange[b.index()]]) {
        // An answer is about what its question asked, whether or not it repeats the words.
        own[b.index()] = true;
        passage = true;
      }
    }

    int n = doc.sections().size();
    Map<Integer, Decision> sections = new LinkedHashMap<>();
    boolean[] sectionSpace = new boolean[n];
    int[] blocksIn = new int[n];
    int[] spaceBlocksIn = new int[n];
    for (ParsedDocument.Block b : blocks) {
      if (b.section() >= 0) {
        blocksIn[b.section()]++;
        spaceBlocksIn[b.section()] += own[b.index()] ? 1 : 0;
      }
    }
    for (ParsedDocument.Section s : doc.sections()) {
      Decision heading = decide(s.heading().text(), true);
      boolean byBlocks =
          spaceBlocksIn[s.index()] >= 2 && 2 * spaceBlocksIn[s.index()] >= blocksIn[s.index()];
      boolean byParent = s.parent() >= 0 && sectionSpace[s.parent()];
      sectionSpace[s.index()] = heading.space() || byParent || byBlocks;
      double score = heading.score();
      List<String> why = new ArrayList<>(heading.cues());
      for (Statement st : statements) {
        if (blocks.get(st.block()).section() == s.index()) {
          score += st.decision().score();
          st.decision().cues().stream().filter(c -> !why.contains(c)).forEach(why::add);
        }
      }
      sections.put(s.index(), new Decision(sectionSpace[s.index()], score, why));
    }

    boolean[] read = new boolean[blocks.size()];
    int readCount = 0;
    for (ParsedDocument.Block b : blocks) {
      boolean inSection = b.section() >= 0 && sectionSpace[b.section()];
      boolean byLeadIn = b.leadIn() >= 0 && own[b.leadIn()];
      read[b.index()] = title.space() || own[b.index()] || inSection || byLeadIn;
      readCount += read[b.index()] ? 1 : 0;
    }
    boolean anySection = false;
    for (boolean s : sectionSpace) {
      anySection |= s;
    }
    Label label;
    if (title.space() || (total >= DOCUMENT && 2 * readCount >= blocks.size())) {
      label = Label.SPACE;
    } else if (readCount > 0 && (anySection || passage)) {
      label = Label.MIXED;
    } else {
      label = Label.NONE;
    }
    List<String> why = new ArrayList<>(documentCues.keySet());
    why.sort((a, b) -> Double.compare(documentCues.get(b), documentCues.get(a)));
    return new Result(
        label,
        new Decision(label != Label.NONE, total + title.score(), why),
        sections,
        read,
        List.copyOf(statements),
        count);
  }

  /**
   * Which statements stand in a passage about space: a run of consecutive statements holding cues
   * (one statement without any may stand between two that have) whose cues weigh {@value #DOCUMENT}
   * together. Cues cluster where a text is about space; a lone one in passing does not.
   */
  private static boolean[] passages(List<Statement> all) {
    boolean[] in = new boolean[all.size()];
    int i = 0;
    while (i < all.size()) {
      if (all.get(i).decision().score() == 0) {
        i++;
        continue;
      }
      int end = i;
      double sum = 0;
      int j = i;
      while (j < all.size()) {
        double score = all.get(j).decision().score();
        if (score > 0) {
          sum += score;
          end = j;
        } else if (j + 1 >= all.size() || all.get(j + 1).decision().score() == 0) {
          break;
        }
        j++;
      }
      if (sum >= DOCUMENT) {
        for (int k = i; k <= end; k++) {
          in[k] = all.get(k).decision().score() > 0;
        }
      }
      i = end + 1;
    }
    return in;
  }

  /** A paragraph that asks a question in a transcript: "Q", then the question. */
  private static final Pattern QUESTION = Pattern.compile("^Q(?:[:.]|\\s)\\s*\\S");

  /**
   * The exchange of a briefing each block belongs to: a question ("Q …") and the answers after it,
   * up to the next question; -1 before the first and in documents with fewer than two questions.
   */
  private static int[] exchanges(List<ParsedDocument.Block> blocks) {
    int[] exchange = new int[blocks.size()];
    java.util.Arrays.fill(exchange, -1);
    long questions = blocks.stream().filter(b -> QUESTION.matcher(b.body().text()).find()).count();
    if (questions < 2) {
      return exchange;
    }
    int current = -1;
    for (ParsedDocument.Block b : blocks) {
      if (b.title().isEmpty() && QUESTION.matcher(b.body().text()).find()) {
        current++;
      }
      exchange[b.index()] = current;
    }
    return exchange;
  }

  /**
   * Which exchanges of a briefing are about space: those whose statements' cues weigh {@value
   * #DOCUMENT} together; their statements with cues join {@code inPassage}.
   */
  private static boolean[] exchangesAboutSpace(
      List<Statement> all, int[] exchange, boolean[] inPassage) {
    int n = java.util.Arrays.stream(exchange).max().orElse(-1) + 1;
    double[] weight = new double[n];
    for (Statement st : all) {
      int e = exchange[st.block()];
      if (e >= 0) {
        weight[e] += st.decision().score();
      }
    }
    boolean[] space = new boolean[n];
    for (int e = 0; e < n; e++) {
      space[e] = weight[e] >= DOCUMENT;
    }
    for (int i = 0; i < all.size(); i++) {
      int e = exchange[all.get(i).block()];
      if (e >= 0 && space[e] && all.get(i).decision().score() > 0) {
        inPassage[i] = true;
      }
    }
    return space;
  }

  /**
   * A statement's decision, but none for one longer than {@link DocumentExtractor#LONGEST_SENTENCE}
   * (a table or a list run together, left out with a warning): reading it for cues costs more than
   * the rest of the document.
   */
  private Decision decideBounded(PlainText statement) {
    return statement.length() > DocumentExtractor.LONGEST_SENTENCE
        ? new Decision(false, 0, List.of())
        : decide(statement.text(), false);
  }

  /**
   * A statement's decision; a heading or title counts the bare word "space" too. Each cue counts
   * once; a cue that is one short item of an enumeration ("AI, quantum, the space industry, and
   * biotechnology") counts half: naming a field is not stating an activity in it.
   */
  Decision decide(String text, boolean heading) {
    Map<Integer, Double> weights = new LinkedHashMap<>();
    Map<Integer, String> names = new LinkedHashMap<>();
    boolean enumeration = isEnumeration(text);
    for (SpaceCues.Hit h : cues.find(text)) {
      double w = enumeration && inShortItem(text, h) ? h.weight() / 2 : h.weight();
      if (w > weights.getOrDefault(h.key(), 0.0)) {
        weights.put(h.key(), w);
        names.putIfAbsent(h.key(), h.cue());
      }
    }
    if (heading && weights.isEmpty() && BARE_SPACE.matcher(cues.mask(text)).find()) {
      weights.put(-1, STATEMENT);
      names.put(-1, "space");
    }
    double score = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    return new Decision(score >= STATEMENT, score, new ArrayList<>(names.values()));
  }

  /**
   * Three items or more: "a, b, and c", "a, b, c" — two commas with text between them. Counted in
   * one pass: a regular expression here took time quadratic in a long statement without commas.
   */
  private static boolean isEnumeration(String text) {
    int commas = 0;
    boolean textSince = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        if (commas == 0 || textSince) {
          commas++;
        }
        textSince = false;
        if (commas == 2) {
          return true;
        }
      } else if (c == ';') {
        commas = 0;
        textSince = false;
      } else if (!Character.isWhitespace(c)) {
        textSince = true;
      }
    }
    return false;
  }

  /** Whether the hit stands in a comma-separated item of at most four words. */
  private static boolean inShortItem(String text, SpaceCues.Hit h) {
    int from = Math.max(text.lastIndexOf(',', h.start()), text.lastIndexOf(';', h.start())) + 1;
    int comma = text.indexOf(',', h.end());
    int to = comma < 0 ? text.length() : comma;
    String item = text.substring(from, to).replaceFirst("^\\s*(?:and|or)\\s+", "").strip();
    boolean bounded = from > 0 || comma >= 0;
    return bounded && item.split("\\s+").length <= 4;
  }
}
