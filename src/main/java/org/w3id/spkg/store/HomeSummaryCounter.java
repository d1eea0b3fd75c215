package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.SPKG;

/**
 * Counts a {@link HomeSummary} with lookups on the store's indexes, each by a fixed predicate (and
 * class), never a join over every document: the typed entities of each kind, the documents that
 * name each ({@code spkg:mentions}, or the entity typed in the document's own graph), the
 * participations ({@code spkg:qualifiedParticipation} with its agent and role, and a bare {@code
 * spkg:participant} that no qualified one states), and the dates of the events. The work grows with
 * what is counted, not with the product of documents and entities.
 */
public final class HomeSummaryCounter {

  /** The role of a bare {@code spkg:participant}. */
  static final Node PARTICIPANT_ROLE =
      NodeFactory.createURI(EntityIris.entity("role", "participant"));

  private static final Node TYPE = RDF.type.asNode();
  private static final List<String> THING_KINDS = List.of("partnership", "program");
  private static final List<String> AGENT_KINDS = List.of("nation", "region", "agency", "intorg");

  private final DatasetGraph dsg;

  /** The summary of the store as it is now. Read inside a transaction. */
  public static HomeSummary compute(DatasetGraph dsg) {
    return new HomeSummaryCounter(dsg).count();
  }

  /** Recomputes the summary into the meta graph. Call inside a write transaction. */
  public static void refresh(DatasetGraph dsg) {
    GraphWrites.replaceNamespace(dsg, NamedGraphs.META, HomeSummary.NS, compute(dsg).graph());
  }

  HomeSummaryCounter(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  HomeSummary count() {
    Map<Node, Set<Node>> named = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, SPKG.mentions.asNode(), Node.ANY)
        .forEachRemaining(
            q -> {
              if (isDocument(q.getGraph())) {
                named.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getGraph());
              }
            });
    Map<String, HomeSummary.Kind> kinds = new LinkedHashMap<>();
    Map<Node, String> kindOf = new HashMap<>();
    HomeSummary.KINDS.forEach(
        (key, cls) -> {
          Map<Node, Set<Node>> documents = new HashMap<>();
          dsg.find(Node.ANY, Node.ANY, TYPE, NodeFactory.createURI(cls))
              .forEachRemaining(
                  q -> {
                    if (!q.getSubject().isURI()) {
                      return;
                    }
                    Set<Node> docs =
                        documents.computeIfAbsent(
                            q.getSubject(), s -> new HashSet<>(named.getOrDefault(s, Set.of())));
                    if (isDocument(q.getGraph())) {
                      docs.add(q.getGraph());
                    }
                  });
          documents.values().removeIf(Set::isEmpty);
          List<Node> top =
              documents.entrySet().stream()
                  .sorted(
                      Comparator.comparing((Map.Entry<Node, Set<Node>> e) -> -e.getValue().size())
                          .thenComparing(e -> e.getKey().toString()))
                  .limit(HomeSummary.TOP_PER_KIND)
                  .map(Map.Entry::getKey)
                  .toList();
          kinds.put(key, new HomeSummary.Kind(documents.size(), top));
          // Every typed entity, named by a document or not, can take part in the network.
          dsg.find(Node.ANY, Node.ANY, TYPE, NodeFactory.createURI(cls))
              .forEachRemaining(
                  q -> {
                    if (q.getSubject().isURI()) {
                      kindOf.merge(q.getSubject(), key, HomeSummaryCounter::first);
                    }
                  });
        });
    Network network = network(kindOf);
    Timeline timeline = timeline();
    return new HomeSummary(
        kinds,
        network.shown(),
        network.nodes(),
        network.edges(),
        timeline.latest(),
        timeline.all());
  }

  /** Of two kinds of one entity, the one the page prefers: partnership, then the kinds' order. */
  private static String first(String a, String b) {
    List<String> order = new ArrayList<>(THING_KINDS);
    order.addAll(AGENT_KINDS);
    int ia = order.indexOf(a);
    int ib = order.indexOf(b);
    if (ia < 0) {
      return b;
    }
    return ib < 0 || ia <= ib ? a : b;
  }

  private record Network(List<HomeSummary.Edge> shown, long nodes, long edges) {}

  private Network network(Map<Node, String> kindOf) {
    Set<HomeSummary.Edge> edges = new LinkedHashSet<>();
    Set<List<Node>> qualified = new HashSet<>();
    Map<Node, List<Node>> agentsOf = objectsBySubject(SPKG.agent.asNode());
    Map<Node, List<Node>> rolesOf = objectsBySubject(SPKG.role.asNode());
    dsg.find(Node.ANY, Node.ANY, SPKG.qualifiedParticipation.asNode(), Node.ANY)
        .forEachRemaining(
            q -> {
              Node thing = q.getSubject();
              Node p = q.getObject();
              List<Node> agents = agentsOf.getOrDefault(p, List.of());
              agents.forEach(a -> qualified.add(List.of(thing, a)));
              if (!isThing(kindOf.get(thing))) {
                return;
              }
              List<Node> roles =
                  rolesOf.getOrDefault(p, List.of()).stream().filter(Node::isURI).toList();
              for (Node agent : agents) {
                if (isAgent(kindOf.get(agent))) {
                  for (Node role : roles.isEmpty() ? List.of(PARTICIPANT_ROLE) : roles) {
                    edges.add(
                        new HomeSummary.Edge(
                            thing, kindOf.get(thing), agent, kindOf.get(agent), role));
                  }
                }
              }
            });
    dsg.find(Node.ANY, Node.ANY, SPKG.participant.asNode(), Node.ANY)
        .forEachRemaining(
            q -> {
              Node thing = q.getSubject();
              Node agent = q.getObject();
              if (isThing(kindOf.get(thing))
                  && isAgent(kindOf.get(agent))
                  && !qualified.contains(List.of(thing, agent))) {
                edges.add(
                    new HomeSummary.Edge(
                        thing, kindOf.get(thing), agent, kindOf.get(agent), PARTICIPANT_ROLE));
              }
            });
    Map<Node, Integer> degree = new HashMap<>();
    for (HomeSummary.Edge e : edges) {
      degree.merge(e.thing(), 1, Integer::sum);
      degree.merge(e.agent(), 1, Integer::sum);
    }
    // Half the picture for the most connected partnerships and programs, half for the agents with
    // the most participations in them: the most connected nodes overall are all agents (a nation
    // takes part in thousands of things, a program has a few participants), which would leave no
    // edge between the nodes kept.
    Comparator<Map.Entry<Node, Integer>> byDegree =
        Comparator.comparing((Map.Entry<Node, Integer> e) -> -e.getValue())
            .thenComparing(e -> e.getKey().toString());
    Set<Node> things = new HashSet<>();
    edges.stream()
        .map(HomeSummary.Edge::thing)
        .distinct()
        .map(t -> Map.entry(t, degree.get(t)))
        .sorted(byDegree)
        .limit(HomeSummary.MAX_NODES / 2)
        .forEach(e -> things.add(e.getKey()));
    Map<Node, Integer> within = new HashMap<>();
    edges.stream()
        .filter(e -> things.contains(e.thing()))
        .forEach(e -> within.merge(e.agent(), 1, Integer::sum));
    Set<Node> kept = new HashSet<>(things);
    within.entrySet().stream()
        .sorted(byDegree)
        .limit(HomeSummary.MAX_NODES - things.size())
        .forEach(e -> kept.add(e.getKey()));
    List<HomeSummary.Edge> shown =
        edges.stream().filter(e -> kept.contains(e.thing()) && kept.contains(e.agent())).toList();
    return new Network(shown, degree.size(), edges.size());
  }

  private record Timeline(List<Node> latest, long all) {}

  /** The dated events ({@code spkg:date} or {@code spkg:plannedFor}), the latest first. */
  private Timeline timeline() {
    Map<Node, String> dated = new HashMap<>();
    for (Node p : List.of(SPKG.date.asNode(), SPKG.plannedFor.asNode())) {
      dsg.find(Node.ANY, Node.ANY, p, Node.ANY)
          .forEachRemaining(
              q -> {
                if (q.getObject().isLiteral()) {
                  dated.merge(
                      q.getSubject(),
                      q.getObject().getLiteralLexicalForm(),
                      HomeSummaryCounter::later);
                }
              });
    }
    Map<Node, String> latest = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, TYPE, SPKG.Event.asNode())
        .forEachRemaining(
            q -> {
              String date = dated.get(q.getSubject());
              if (date != null && q.getSubject().isURI()) {
                latest.put(q.getSubject(), date);
              }
            });
    List<Node> shown =
        latest.entrySet().stream()
            .sorted(
                Comparator.comparing(Map.Entry<Node, String>::getValue)
                    .reversed()
                    .thenComparing(e -> e.getKey().toString()))
            .limit(HomeSummary.LATEST_EVENTS)
            .map(Map.Entry::getKey)
            .toList();
    return new Timeline(shown, latest.size());
  }

  private static String later(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * The objects of {@code p} by subject, each once: one walk of the predicate's quads, where a
   * lookup per subject would cost a B+tree search each.
   */
  private Map<Node, List<Node>> objectsBySubject(Node p) {
    Map<Node, List<Node>> out = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, p, Node.ANY)
        .forEachRemaining(
            q -> {
              List<Node> objects = out.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(1));
              if (!objects.contains(q.getObject())) {
                objects.add(q.getObject());
              }
            });
    return out;
  }

  private static boolean isThing(String kind) {
    return kind != null && THING_KINDS.contains(kind);
  }

  private static boolean isAgent(String kind) {
    return kind != null && AGENT_KINDS.contains(kind);
  }

  /** A document's graph: ours, and none of the ontology, reference, inferred and meta graphs. */
  static boolean isDocument(Node graph) {
    return graph.isURI()
        && !Quad.isDefaultGraph(graph)
        && graph.getURI().startsWith(NamedGraphs.NS)
        && !GraphWrites.isReserved(graph.getURI());
  }
}
