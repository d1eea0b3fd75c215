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

  /** What the extraction left out and why, for the document's warnings. */
  final List<String> warnings = new ArrayList<>();

  /** The nations a joint statement is from (its title names them), else none. */
  List<String> parties = List.of();

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
