package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The state of extracting one document that rules share: the writer, what is known about entities,
 * the document's people, its announcer and meeting, and each block's initiative and focus (the
 * program or partnership it is about).
 */
final class Extraction {

  private static final String UNITED_STATES = org.w3id.spkg.vocab.EntityIris.entity("nation", "US");

  final ParsedDocument doc;
  final FactWriter out;
  final KnownEntities known;
  final Relevance.Result relevance;
  final IngestOptions.Topic topic;
  final Map<Integer, Node> initiatives = new HashMap<>();
  final Map<Integer, String> focus = new HashMap<>();
  final List<NewEntity> people = new ArrayList<>();
  final Set<String> mentioned = new TreeSet<>();
  final List<Node> commitments = new ArrayList<>();

  /** "block addressee" for each directive: what the addressee then does in the block fulfils it. */
  final Set<String> directed = new java.util.HashSet<>();

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

  Optional<String> announcer = Optional.empty();
  Optional<Node> meeting = Optional.empty();
  String lastPerson;
  int directives;
  private final Map<String, Integer> counters = new HashMap<>();

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
    this.announcesCommitments = CommitmentRules.announcesCommitments(doc);
    this.isOrder = OrderRules.isOrder(doc);
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
   * about space).
   */
  boolean aboutSpace(Sentence s) {
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
   * The document's parties, for "we", "our two countries", "the leaders": the nations and
   * international organizations its title names, and the United States, whose White House publishes
   * it.
   */
  List<String> parties() {
    if (parties == null) {
      Set<String> found = new java.util.LinkedHashSet<>();
      found.add(UNITED_STATES);
      for (Gazetteer.Mention m : known.gazetteer().find(doc.title())) {
        if (m.form() != Gazetteer.Form.ADJECTIVE
            && (known.isA(m.iri(), org.w3id.spkg.vocab.SPKG.Nation)
                || known.isA(m.iri(), org.w3id.spkg.vocab.SPKG.InternationalOrganization))) {
          found.add(m.iri());
        }
      }
      parties = List.copyOf(found);
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

  /** A person of the document holding the office with this title. */
  Optional<NewEntity> personWithTitle(String title) {
    return people.stream().filter(p -> p.title().map(title::equals).orElse(false)).findFirst();
  }
}
