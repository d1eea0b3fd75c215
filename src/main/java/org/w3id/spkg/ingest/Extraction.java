package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * The state of extracting one document that rules share: the writer, what is known about entities,
 * the document's people, its announcer and meeting, and each block's initiative and focus (the
 * program or partnership it is about).
 */
final class Extraction {

  final ParsedDocument doc;
  final FactWriter out;
  final KnownEntities known;
  final Relevance.Result relevance;
  final IngestOptions.Topic topic;
  final Map<Integer, Node> initiatives = new HashMap<>();
  final Map<Integer, String> focus = new HashMap<>();

  /** Per block, the first undertaking a role verb named there without a node before it. */
  final Map<Integer, String> named = new HashMap<>();

  final List<NewEntity> people = new ArrayList<>();
  final Set<String> mentioned = new TreeSet<>();
  final List<Node> commitments = new ArrayList<>();

  /** "block addressee" for each directive: what the addressee then does in the block fulfils it. */
  final Set<String> directed = new java.util.HashSet<>();

  /** The actors that open each block's first sentence, for "The agencies will …" after it. */
  final Map<Integer, List<String>> openers = new HashMap<>();

  /** The actor a bold-led item's title names, by block, when the title is that name alone. */
  final Map<Integer, String> titleActors = new HashMap<>();

  /** The programs, partnerships and policies each block's sentences name, for "The Lab will …". */
  final Map<Integer, List<String>> things = new HashMap<>();

  /** The program or body the document named last with each head word ("coalition"). */
  final Map<String, String> lastByHead = new HashMap<>();

  /**
   * The actors that signed an arrangement or agreement, by block: what each will do is a pledge.
   */
  final Map<Integer, Set<String>> signers = new HashMap<>();

  /** The short names an item gives its actor, by block and name: "Acme Foundation’s (Acme)". */
  final Map<String, String> itemNames = new HashMap<>();

  /** "block issuers" for each commitment: one undertaking per issuer and block. */
  final Set<String> undertaken = new java.util.HashSet<>();

  /** What the extraction left out and why, for the document's warnings. */
  final List<String> warnings = new ArrayList<>();

  /** Whether the document announces commitments: what its actors undertake are pledges. */
  final boolean announcesCommitments;

  /** Whether the document is an order (executive order, memorandum, proclamation). */
  final boolean isOrder;

  /** In an order, the addressee of "it shall:" whose enumerated items follow. */
  String pendingShall;

  /** In an order, the addressee of the last "… shall" (for "it shall"). */
  String lastAddressee;

  /** The short names the document defines ("Council"), by {@link OrderRules}. */
  Map<String, String> shortNames;

  /** A coalition the document names in plain words: its node, head word and block. */
  String collective;

  String collectiveHead;
  int collectiveBlock = -1;

  Optional<String> announcer = Optional.empty();
  Optional<Node> meeting = Optional.empty();
  String lastPerson;
  int directives;

  /**
   * Whether any sentence was read for entities and facts: only then does the extraction consult
   * what other documents define (the entities are found with the reference data alone).
   */
  boolean readSentences;

  private final Map<String, Integer> counters = new HashMap<>();
  private Set<Integer> cuedStatements;
  private Set<Integer> cuedBlocks;
  private final Set<String> quantities = new java.util.HashSet<>();
  private final Set<String> countedValues = new java.util.HashSet<>();
  private int sentences;
  private int commitmentsSeen;
  private String referent;
  private int referentAt = -10;

  Extraction(
      ParsedDocument doc,
      FactWriter out,
      KnownEntities known,
      Relevance.Result relevance,
      IngestOptions.Topic topic) {
    this.doc = doc;
    this.out = out;
    this.known = known;
    this.relevance = relevance;
    this.topic = topic;
    this.announcesCommitments = DocumentKinds.announcesCommitments(doc);
    this.isOrder = DocumentKinds.isOrder(doc);
  }

  /**
   * Who issues what the document's order directs: the last person it names (an order ends with its
   * signer; a fact sheet names the President who signed), else the office of the President.
   */
  Optional<String> signer() {
    if (lastPerson != null) {
      return Optional.of(lastPerson);
    }
    String president = org.w3id.spkg.vocab.EntityIris.entity("office", "us-president");
    return known.isKnown(president) ? Optional.of(president) : Optional.empty();
  }

  private Set<Integer> spaceStatements;
  private List<String> parties;

  /**
   * Whether the relevance gate reads the sentence, or the title of its bold-led item, as a
   * statement about space, or the sentence is a list item the gate reads (its section or lead-in is
   * about space): what commitments and directives are read from. Looser than {@link #aboutSpace} in
   * a document about space in part (a list item under a space lead-in need hold no cue).
   */
  boolean gateReads(Sentence s) {
    if (s.unit.block().kind() == ParsedDocument.Kind.LIST_ITEM) {
      return true;
    }
    if (spaceStatements == null) {
      spaceStatements = new java.util.HashSet<>();
      relevance.statements().forEach(st -> spaceStatements.add(st.text().sourceStart(0)));
    }
    if (spaceStatements.contains(s.unit.text().sourceStart(0))) {
      return true;
    }
    return s.unit
        .block()
        .title()
        .map(t -> spaceStatements.contains(t.sourceStart(0)))
        .orElse(false);
  }

  /**
   * The document's parties, for "we", "our two countries", "the leaders" (see {@link Parties#of}).
   */
  List<String> parties() {
    if (parties == null) {
      parties = Parties.of(doc.title(), known);
    }
    return parties;
  }

  /** The next number in a per-document series ("milestone", "quantity", …), from 1. */
  int next(String series) {
    return counters.merge(series, 1, Integer::sum);
  }

  /** The evidence node for a whole unit, read by {@code rule}. */
  Node evidence(Sentence s, Rule rule) {
    return out.evidence(s.unit.text(), s.unit.block().section(), rule);
  }

  /** The initiative of the block a sentence stands in, if it is a bold-led item. */
  Optional<Node> initiativeOf(Sentence s) {
    return Optional.ofNullable(initiatives.get(s.unit.block().index()));
  }

  /** The program or partnership the block is about, if any. */
  Optional<String> focusOf(Sentence s) {
    return Optional.ofNullable(focus.get(s.unit.block().index()));
  }

  /**
   * Whether a sentence is about space: every sentence read of a document about space as a whole (a
   * speech's sentence may name no space word yet continue its subject); in a document about space
   * in part, a sentence holding a cue of the relevance gate (one that only stands near a passage
   * about space may be about trade, health or investment). Dates and quantities are read only from
   * these: a number in a paragraph on investment is not a fact about a space partnership. Under
   * {@code --topic all} every sentence is.
   */
  boolean aboutSpace(Sentence s) {
    if (topic == IngestOptions.Topic.ALL || relevance.label() == Relevance.Label.SPACE) {
      return true;
    }
    return cued(s);
  }

  /**
   * Whether a sentence states something about space: it holds a cue of the relevance gate, or, in a
   * document about space as a whole, its paragraph or item does. Stricter than {@link #aboutSpace}:
   * a number in a speech's story of a life or a paragraph on the economy is not a fact about a
   * space partnership, though the speech is about space. Under {@code --topic all} every sentence
   * is.
   */
  boolean statesSpace(Sentence s) {
    if (topic == IngestOptions.Topic.ALL || cued(s)) {
      return true;
    }
    int block = s.unit.block().index();
    // A speech's paragraph goes on with the one before: "… the Artemis Accords." then "Since
    // then, 12 more nations have signed on." Not across a heading: a section on energy after an
    // opening paragraph about space does not go on with it.
    return relevance.label() == Relevance.Label.SPACE
        && (cuedBlocks.contains(block)
            || (cuedBlocks.contains(block - 1) && sameSection(block - 1, s.unit.block())));
  }

  /**
   * Whether block {@code index} (its position in the document) lies under {@code block}'s heading.
   */
  private boolean sameSection(int index, ParsedDocument.Block block) {
    return index >= 0
        && index < doc.blocks().size()
        && doc.blocks().get(index).section() == block.section();
  }

  private boolean cued(Sentence s) {
    if (cuedStatements == null) {
      cuedStatements = new java.util.HashSet<>();
      cuedBlocks = new java.util.HashSet<>();
      for (Relevance.Statement st : relevance.statements()) {
        if (!st.decision().cues().isEmpty()) {
          cuedStatements.add(st.text().sourceStart(0));
          cuedBlocks.add(st.block());
        }
      }
    }
    return cuedStatements.contains(s.unit.text().sourceStart(0));
  }

  /**
   * Whether the document states this quantity for the first time: a count or sum restated with the
   * same value and unit ("1,000 launches" in the summary and again in a bullet) is one fact.
   */
  boolean firstStated(String kind, java.math.BigDecimal value, String unit) {
    countedValues.add(value.stripTrailingZeros().toPlainString());
    return quantities.add(
        kind + " " + value.stripTrailingZeros().toPlainString() + " " + unit.toLowerCase());
  }

  /**
   * Notes what a sentence (read in document order) names last: the commitment a rule made of it,
   * else the last program, partnership or policy it mentions. "12 more nations have signed on"
   * signed what the sentence before named.
   */
  void saw(Sentence s) {
    sentences++;
    if (commitments.size() > commitmentsSeen) {
      commitmentsSeen = commitments.size();
      referent = commitments.get(commitments.size() - 1).getURI();
      referentAt = sentences;
    } else {
      s.lastThingBefore(s.text().length())
          .ifPresent(
              m -> {
                referent = m.iri();
                referentAt = sentences;
              });
    }
  }

  /** What the last sentence or the one before it named ({@link #saw}), if any. */
  Optional<String> referent() {
    return sentences - referentAt <= 2 ? Optional.ofNullable(referent) : Optional.empty();
  }

  /** The label of a thing: in the document's graph, else in the reference data. */
  String labelOf(String iri) {
    var found =
        out.graph()
            .find(
                FactWriter.uri(iri),
                org.apache.jena.vocabulary.RDFS.label.asNode(),
                org.apache.jena.graph.Node.ANY);
    if (found.hasNext()) {
      return found.next().getObject().getLiteralLexicalForm();
    }
    return known.label(iri);
  }

  /** Whether a number was counted before in the document ("the 30 companies" after "30 …"). */
  boolean countedBefore(java.math.BigDecimal value) {
    return countedValues.contains(value.stripTrailingZeros().toPlainString());
  }

  /** A person of the document holding the office with this title. */
  Optional<NewEntity> personWithTitle(String title) {
    return people.stream().filter(p -> p.title().map(title::equals).orElse(false)).findFirst();
  }

  /**
   * A description the item's focus answers to: "a historic implementing arrangement" for the Lunar
   * Surface Exploration Implementing Arrangement. Group 1: the lowercase words, the last of which
   * is the head.
   */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\s*(?:an?|the|its|their|this|that)\\s+((?:[a-z][a-z-]*+\\s+){0,5}?[a-z][a-z-]*+)"
              + "(?=\\s+(?:for|on|of|to|with|that|which|in|between|at|by)\\b|\\s*[,.;:(]|$)");

  /**
   * The item's focus, when the words at {@code at} describe it by its head word ("a historic
   * implementing arrangement" for the … Implementing Arrangement).
   */
  Optional<String> describedFocus(Sentence s, int at) {
    Optional<String> focus = focusOf(s);
    if (focus.isEmpty()) {
      return Optional.empty();
    }
    Matcher d = DESCRIPTION.matcher(s.text()).region(at, s.text().length());
    if (!d.lookingAt()) {
      return Optional.empty();
    }
    String words = d.group(1);
    String head = words.substring(words.lastIndexOf(' ') + 1);
    String label = known.label(focus.get());
    if (label == null || head.length() < 4) {
      return Optional.empty();
    }
    String last = label.substring(label.lastIndexOf(' ') + 1);
    return last.equalsIgnoreCase(head) ? focus : Optional.empty();
  }

  /**
   * The document's parties when the words just before {@code pos} stand for them ("we", "the two
   * leaders", "our two nations"), else none.
   */
  List<String> partiesBefore(Sentence s, int pos) {
    return Parties.before(s, doc.title(), parties(), pos);
  }

  /** The actor an item's short name stands for ("Acme" after "Acme Space Foundation (Acme)"). */
  String itemName(Sentence s, String name) {
    return itemNames.get(s.unit.block().index() + " " + name);
  }
}
