package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Runs the extraction of one document: its structure, the entities it introduces, the mentions of
 * every sentence, the initiatives of its bold-led items, and the rules over each sentence.
 */
final class DocumentExtractor {

  /**
   * A title naming its undertaking with an acronym: "Combined Space Operations (CSpO) Initiative".
   */
  private static final Pattern NAMED_ACRONYM =
      Pattern.compile("^(\\p{Lu}[^()]*?)\\s+\\([\\p{Lu}][\\p{L}\\d-]*\\)(?:\\s+\\p{Lu}\\p{L}*)?$");

  private static final Pattern ANNOUNCES_LIST =
      Pattern.compile("\\b(?:announcing|announce|announces|announced) the following\\b");

  /**
   * The longest sentence (or table, or list run together) read for entities and facts, in
   * characters; longer ones are left out with a warning.
   */
  static final int LONGEST_SENTENCE = 5_000;

  private final Extraction x;
  private final ParsedDocument doc;
  private final FactWriter out;
  private final java.util.Set<String> initiativeSlugs = new java.util.HashSet<>();

  DocumentExtractor(Extraction x) {
    this.x = x;
    this.doc = x.doc;
    this.out = x.out;
  }

  void run() {
    writeDocument();
    List<TextUnit> units = units();
    x.readSentences = !units.isEmpty();
    Gazetteer base = x.known.gazetteer();
    // The entities it defines are found with the reference data only: the same whatever else is
    // known.
    KnownEntities own = x.known.definitions();
    EntityFinder finder = new EntityFinder(own.gazetteer(), own);
    // A mixed document defines things only in its blocks that state something about space.
    java.util.Set<Integer> spaceBlocks = new java.util.HashSet<>();
    x.relevance.statements().forEach(st -> spaceBlocks.add(st.block()));
    boolean mixed =
        x.topic != IngestOptions.Topic.ALL && x.relevance.label() == Relevance.Label.MIXED;
    List<NewEntity> found =
        finder.find(
            units,
            u -> !mixed || spaceBlocks.contains(u.block().index()),
            units.isEmpty() ? List.of() : contextUnits());
    List<Gazetteer.Entry> names = new ArrayList<>();
    for (FoundEntities.TaughtAcronym t : finder.taughtAcronyms()) {
      Node n = FactWriter.uri(t.iri());
      out.string(n, SPKG.acronym, t.acronym());
      out.add(
          n,
          SPKG.evidence,
          out.evidence(t.unit().text(), t.unit().block().section(), Rule.ACRONYM_DEFINITION));
      names.add(new Gazetteer.Entry(t.iri(), Gazetteer.Form.ACRONYM, t.acronym()));
    }
    for (NewEntity e : found) {
      writeEntity(e);
      if (e.type().equals(SPKG.Person)) {
        x.people.add(e);
        if (e.rule().equals("order-signature")) {
          x.mentioned.add(e.iri()); // a signature line is read by no rule
        }
      } else if (e.type().equals(SPKG.Meeting)) {
        // A meeting is mentioned where it is named; its name is left to the body it is of.
        x.mentioned.add(e.iri());
      } else {
        names.addAll(e.names());
      }
    }
    // The acronyms the document defines win over the reference data's reading of the same letters.
    List<Gazetteer.Entry> defined =
        names.stream().filter(n -> n.form() == Gazetteer.Form.ACRONYM).toList();
    List<Gazetteer.Entry> others =
        names.stream().filter(n -> n.form() != Gazetteer.Form.ACRONYM).toList();
    MentionFinder mentions =
        new MentionFinder(base.with(others).preferring(defined), x.known, x.people);
    TimeExpressions time = new TimeExpressions(doc.date().orElse(null));

    java.util.Set<String> defines = new java.util.HashSet<>();
    found.stream()
        .filter(e -> e.rule().equals("quoted-title") || e.rule().equals("acronym-definition"))
        .forEach(e -> defines.add(e.iri()));
    Map<Integer, List<Sentence>> byBlock = new LinkedHashMap<>();
    List<String> recent = new ArrayList<>();
    for (TextUnit unit : units) {
      List<Gazetteer.Mention> ms = mentions.find(unit.text().text(), x.lastPerson, recent);
      for (Gazetteer.Mention m : ms) {
        x.mentioned.add(m.iri());
        // A name of the reference data inside a name the document defines is mentioned too,
        // though no rule
        // reads it there; not inside a person's or an office's name ("Vice President Kamala
        // Harris", "Director of the Science Foundation": an office is no mention of its agency),
        // nor a place a name is made of ("Southern California", "Georgia Space Grant Consortium").
        if (defines.contains(m.iri())
            && !x.known.isA(m.iri(), SPKG.Person)
            && !x.known.isA(m.iri(), SPKG.Office)) {
          own.gazetteer().inside(m).stream()
              .filter(n -> !x.known.isA(n.iri(), SPKG.Place))
              .forEach(n -> x.mentioned.add(n.iri()));
        }
        if (x.known.isA(m.iri(), SPKG.Person)) {
          x.lastPerson = m.iri();
        } else if (m.form() != Gazetteer.Form.ADJECTIVE
            && (x.known.isA(m.iri(), SPKG.Program) || x.known.isA(m.iri(), SPKG.Partnership))) {
          recent.remove(m.iri());
          recent.add(m.iri());
        }
      }
      List<TimeExpressions.TimeValue> times = time.find(unit.text().text());
      byBlock
          .computeIfAbsent(unit.block().index(), k -> new ArrayList<>())
          .add(new Sentence(unit, ms, times, x.known));
    }
    for (List<Sentence> block : byBlock.values()) {
      initiative(block);
    }
    for (List<Sentence> block : byBlock.values()) {
      for (Sentence s : block) {
        MembershipRules.apply(s, x);
        CooperationRules.apply(s, x);
        ParticipationRules.apply(s, x);
        InitiativeLeadRules.initiativeLead(s, x);
        StatementRules.apply(s, x);
        CommitmentRules.apply(s, x);
        OrderRules.apply(s, x);
        QuantityRules.apply(s, x);
      }
      directives(block, byBlock);
    }
    CollectiveRules.composedOf(List.copyOf(byBlock.values()), x);
    announcements(byBlock);
    // Last: a time expression another rule dated a fact with is not dated again.
    byBlock.values().forEach(block -> block.forEach(s -> TimeRules.apply(s, x)));
    x.mentioned.forEach(iri -> out.add(out.document(), SPKG.mentions, FactWriter.uri(iri)));
  }

  /**
   * The sentences and item titles of the blocks the relevance gate admits, but those longer than
   * {@link #LONGEST_SENTENCE}, which neither the gate nor the rules read (warned of in every
   * block).
   */
  private List<TextUnit> units() {
    return units(true);
  }

  /** The sentences of the passages the document is not read in: context for acronyms. */
  private List<TextUnit> contextUnits() {
    // Only sentences that may define an acronym.
    return units(false).stream().filter(u -> u.text().text().indexOf('(') >= 0).toList();
  }

  private List<TextUnit> units(boolean read) {
    List<TextUnit> units = new ArrayList<>();
    for (ParsedDocument.Block b : doc.blocks()) {
      boolean admitted = x.relevance.admits(b.index(), x.topic) == read;
      List<PlainText> texts = new ArrayList<>();
      b.title().ifPresent(texts::add);
      for (int[] s : SentenceSplitter.split(b.body().text())) {
        texts.add(b.body().slice(s[0], s[1]));
      }
      for (int i = 0; i < texts.size(); i++) {
        PlainText text = texts.get(i);
        if (text.length() > LONGEST_SENTENCE) {
          if (read) {
            tooLong(text);
          }
        } else if (admitted) {
          units.add(new TextUnit(b, text, i == 0 && b.title().isPresent(), i));
        }
      }
    }
    return units;
  }

  /**
   * Leaves out a sentence too long to read: rules look back and around within their sentence, so
   * their work grows with the square of its length. No sentence of the briefing-room archive's
   * prose comes near the bound; what passes it is a table or a run-on list.
   */
  private void tooLong(PlainText sentence) {
    int start = sentence.sourceStart(0);
    x.warnings.add(
        doc.source().file()
            + ":"
            + doc.source().lineOf(start)
            + ": a sentence of "
            + sentence.length()
            + " characters (the bound is "
            + LONGEST_SENTENCE
            + ") was not read for relevance, entities or facts; end its sentences with a period,"
            + " or make the table a list");
  }

  private void writeDocument() {
    Node d = out.document();
    out.type(d, SPKG.Document);
    out.string(d, DCTerms.title, doc.title());
    out.label(d, doc.title());
    out.string(d, DCTerms.identifier, doc.key());
    out.string(d, DCTerms.format, "text/markdown");
    out.string(d, SPKG.sha256, doc.source().sha256());
    doc.sourceIdentifier().ifPresent(id -> out.string(d, SPKG.sourceIdentifier, id));
    doc.date()
        .ifPresent(
            date ->
                out.add(
                    d,
                    DCTerms.date,
                    NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate)));
    FrontMatter fm = doc.frontMatter();
    fm.published()
        .ifPresent(
            t ->
                out.add(
                    d, DCTerms.issued, NodeFactory.createLiteralDT(t, XSDDatatype.XSDdateTime)));
    fm.modified()
        .ifPresent(
            t ->
                out.add(
                    d, DCTerms.modified, NodeFactory.createLiteralDT(t, XSDDatatype.XSDdateTime)));
    fm.sourceUrl()
        .filter(u -> u.matches("https?://\\S+"))
        .ifPresent(u -> out.add(d, DCTerms.source, FactWriter.uri(u)));
    fm.tags().forEach(t -> out.string(d, SPKG.tag, t));
    Relevance.Result relevance = x.relevance;
    decision(d, relevance.label().key(), relevance.document());
    out.integer(d, SPKG.statementCount, relevance.statementCount());
    if (!relevance.readsAny(x.topic)) {
      return;
    }
    for (Relevance.Statement st : relevance.statements()) {
      Node ev =
          out.evidence(st.text(), doc.blocks().get(st.block()).section(), Rule.RELEVANCE_GATE);
      decision(ev, "space", st.decision());
      // The document's decision rests on its statements about space.
      out.add(d, SPKG.relevanceEvidence, ev);
    }
    for (ParsedDocument.Section s : doc.sections()) {
      Node n = out.section(s.index());
      Relevance.Decision sd = relevance.sections().get(s.index());
      decision(n, sd.space() ? "space" : "none", sd);
      out.type(n, SPKG.Section);
      out.label(n, s.heading().text());
      out.string(n, DCTerms.title, s.heading().text());
      out.integer(n, SPKG.level, s.level());
      out.integer(n, SPKG.position, s.index() + 1);
      out.add(n, DCTerms.isPartOf, s.parent() >= 0 ? out.section(s.parent()) : d);
    }
  }

  /** A relevance decision on {@code node}: its concept, score and cues. */
  private void decision(Node node, String concept, Relevance.Decision decision) {
    out.add(node, SPKG.relevance, FactWriter.uri(EntityIris.entity("relevance", concept)));
    out.add(
        node,
        SPKG.relevanceScore,
        NodeFactory.createLiteralDT(decimal(decision.score()), XSDDatatype.XSDdecimal));
    decision.cues().forEach(c -> out.string(node, SPKG.relevanceCue, c));
  }

  /** The canonical lexical form of an xsd:decimal ("3.0", "2.5"), as a store writes it back. */
  private static String decimal(double value) {
    java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
    return (d.scale() <= 0 ? d.setScale(1) : d).toPlainString();
  }

  private void writeEntity(NewEntity e) {
    Node n = FactWriter.uri(e.iri());
    out.type(n, e.type());
    out.label(n, e.label());
    e.altLabels().forEach(a -> out.add(n, SKOS.altLabel, NodeFactory.createLiteralLang(a, "en")));
    e.acronym().ifPresent(a -> out.string(n, SPKG.acronym, a));
    e.nation().ifPresent(c -> out.add(n, SPKG.nation, FactWriter.uri(c)));
    e.office().ifPresent(o -> out.add(n, SPKG.holdsOffice, FactWriter.uri(o)));
    e.title().ifPresent(t -> out.add(n, SPKG.title, NodeFactory.createLiteralLang(t, "en")));
    x.known.declare(e.iri(), e.type().getURI(), e.label(), e.nation().orElse(null));
    Rule rule = Rule.valueOf(e.rule().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    out.add(n, SPKG.evidence, out.evidence(e.unit().text(), e.unit().block().section(), rule));
  }

  /** A bold-led item is an initiative; its focus is the first program or partnership it names. */
  private void initiative(List<Sentence> block) {
    ParsedDocument.Block b = block.get(0).unit.block();
    Optional<String> focus =
        block.stream()
            .flatMap(s -> s.mentions.stream().filter(s::isThing))
            .map(Gazetteer.Mention::iri)
            .findFirst();
    focus.ifPresent(f -> x.focus.put(b.index(), f));
    if (b.title().isEmpty()) {
      return;
    }
    String title = b.title().get().text();
    Node i = out.local("initiative", uniqueSlug(title));
    x.initiatives.put(b.index(), i);
    out.type(i, SPKG.Initiative);
    out.label(i, title);
    NAMED_ACRONYM
        .matcher(title)
        .results()
        .forEach(m -> out.add(i, SKOS.altLabel, NodeFactory.createLiteralLang(m.group(1), "en")));
    out.string(i, DCTerms.description, b.body().text());
    out.add(i, SPKG.announcedIn, out.document());
    out.integer(i, SPKG.position, x.initiatives.size());
    if (b.section() >= 0) {
      out.add(i, SPKG.section, out.section(b.section()));
    }
    focus.ifPresent(f -> out.add(i, SPKG.concerns, FactWriter.uri(f)));
    Themes.of(title + " " + b.body().text(), x.known)
        .ifPresent(t -> out.add(i, SPKG.theme, FactWriter.uri(t)));
    int end = block.size() > 1 ? 1 : 0;
    PlainText first = block.get(end).unit.text();
    out.fact(
        i,
        out.evidence(
            b.title().get().sourceStart(0),
            first.sourceEnd(first.length()),
            b.section(),
            Rule.BOLD_LED_INITIATIVE));
  }

  private String uniqueSlug(String title) {
    String slug = EntityIris.slug(title);
    String candidate = slug;
    for (int n = 2; !initiativeSlugs.add(candidate); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }

  private void directives(List<Sentence> block, Map<Integer, List<Sentence>> byBlock) {
    ParsedDocument.Block b = block.get(0).unit.block();
    if (b.kind() != ParsedDocument.Kind.LIST_ITEM || b.isBoldLed() || b.leadIn() < 0) {
      return;
    }
    List<Sentence> leadIn = byBlock.get(b.leadIn());
    if (leadIn == null) {
      return;
    }
    Sentence last = leadIn.get(leadIn.size() - 1);
    StatementRules.directiveItem(block.get(0), last, x);
  }

  /** Who announces each initiative: the lead-in's actor, else the document's announcer. */
  private void announcements(Map<Integer, List<Sentence>> byBlock) {
    for (Map.Entry<Integer, Node> e : x.initiatives.entrySet()) {
      ParsedDocument.Block b = doc.blocks().get(e.getKey());
      Optional<String> by = Optional.empty();
      if (b.leadIn() >= 0 && byBlock.containsKey(b.leadIn())) {
        Sentence lead = byBlock.get(b.leadIn()).get(byBlock.get(b.leadIn()).size() - 1);
        java.util.regex.Matcher m = ANNOUNCES_LIST.matcher(lead.text());
        if (m.find()) {
          by =
              lead
                  .actorsEndingAt(
                      lead.text().lastIndexOf(" ", m.start()) < 0
                          ? m.start()
                          : verbStart(lead.text(), m.start()))
                  .stream()
                  .findFirst()
                  .map(Gazetteer.Mention::iri);
        }
      }
      Optional<String> announcer = by.or(() -> x.announcer);
      announcer.ifPresent(a -> out.add(e.getValue(), SPKG.announcedBy, FactWriter.uri(a)));
      x.meeting.ifPresent(m -> out.add(e.getValue(), SPKG.announcedAt, m));
    }
  }

  /** The start of "is announcing" / "will also announce" before the verb at {@code at}. */
  private static int verbStart(String text, int at) {
    String before = text.substring(0, at);
    java.util.regex.Matcher aux =
        Pattern.compile("\\s(?:is|will|has)(?: also)?\\s*$").matcher(before);
    return aux.find() ? aux.start() : at;
  }
}
