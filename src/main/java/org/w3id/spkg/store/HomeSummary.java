package org.w3id.spkg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.SPKG;

/**
 * What the home page shows, bounded whatever the size of the store: per kind of entity (nation,
 * agency, program, …) how many the documents name and the {@link #TOP_PER_KIND} named by the most
 * documents; the partnership network reduced to its {@link #MAX_NODES} most connected nodes, with
 * the totals; the {@link #LATEST_EVENTS} latest dated events, with their total. Counted from the
 * store's indexes ({@code HomeSummaryCounter}) after each ingest and kept in the {@code meta} graph
 * under {@link #NS}, next to the VoID description, so that the page reads a few hundred triples
 * instead of querying every document.
 *
 * <pre>{@code
 * HomeSummary s = dsg.calculateRead(() -> HomeSummary.stored(dsg).orElseGet(() -> HomeSummaryCounter.compute(dsg)));
 * s.kinds().get("nation").entities();
 * }</pre>
 *
 * @param kinds per kind key (in {@link #KINDS} order), the count and the entities shown
 * @param edges the participations among the nodes shown in the network picture
 * @param nodes the nodes of the whole network (agents, partnerships and programs)
 * @param allEdges the distinct participations (thing, agent, role) of the whole network
 * @param events the latest dated events, at most {@link #LATEST_EVENTS}
 * @param allEvents the dated events of the whole store
 */
public record HomeSummary(
    Map<String, Kind> kinds,
    List<Edge> edges,
    long nodes,
    long allEdges,
    List<Node> events,
    long allEvents) {

  /** The namespace of the summary's nodes in the meta graph. */
  public static final String NS = "https://w3id.org/spkg/home#";

  /** The entities shown per kind: those that the most documents name. */
  public static final int TOP_PER_KIND = 40;

  /** The most nodes the network picture draws: the most connected. */
  public static final int MAX_NODES = 60;

  /** The dated events the timeline shows: the latest. */
  public static final int LATEST_EVENTS = 50;

  /** The kinds of entity, by key, with the class of each. */
  public static final Map<String, String> KINDS = kindClasses();

  private static final Node META = NodeFactory.createURI(NamedGraphs.META);
  private static final Node NETWORK = term("network");
  private static final Node TIMELINE = term("timeline");
  private static final Node KEY = term("key");
  private static final Node ENTITIES = term("entities");
  private static final Node SHOWS = term("shows");
  private static final Node NODES = term("nodes");
  private static final Node EDGES = term("edges");
  private static final Node THING = term("thing");
  private static final Node THING_KIND = term("thingKind");
  private static final Node AGENT = term("agent");
  private static final Node AGENT_KIND = term("agentKind");
  private static final Node ROLE = term("role");
  private static final Node EDGE = term("edge");
  private static final Node EVENTS = term("events");

  /** A kind of entity: how many the documents name, and those shown (at most TOP_PER_KIND). */
  public record Kind(long entities, List<Node> shown) {
    public Kind {
      shown = List.copyOf(shown);
    }
  }

  /** One participation of the network: {@code agent} in {@code thing} as {@code role}. */
  public record Edge(Node thing, String thingKind, Node agent, String agentKind, Node role) {
    public Edge {
      Objects.requireNonNull(thing, "thing");
      Objects.requireNonNull(thingKind, "thingKind");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(agentKind, "agentKind");
      Objects.requireNonNull(role, "role");
    }
  }

  public HomeSummary {
    kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    edges = List.copyOf(edges);
    events = List.copyOf(events);
  }

  /**
   * The summary the last ingest kept in the meta graph; empty when there is none (a store written
   * before spkg kept one). Read inside a transaction.
   */
  public static Optional<HomeSummary> stored(DatasetGraph dsg) {
    Graph meta = dsg.getGraph(META);
    if (!meta.contains(NETWORK, NODES, Node.ANY)) {
      return Optional.empty();
    }
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (String key : KINDS.keySet()) {
      Node k = term("kind-" + key);
      kinds.put(key, new Kind(number(meta, k, ENTITIES), sorted(refs(meta, k, SHOWS))));
    }
    List<Edge> edges = new ArrayList<>();
    for (Node e : objects(meta, NETWORK, EDGE)) {
      edges.add(
          new Edge(
              iri(object(meta, e, THING)),
              object(meta, e, THING_KIND).getLiteralLexicalForm(),
              iri(object(meta, e, AGENT)),
              object(meta, e, AGENT_KIND).getLiteralLexicalForm(),
              iri(object(meta, e, ROLE))));
    }
    edges.sort(Comparator.comparing((Edge e) -> e.thing().getURI() + " " + e.agent().getURI()));
    return Optional.of(
        new HomeSummary(
            kinds,
            edges,
            number(meta, NETWORK, NODES),
            number(meta, NETWORK, EDGES),
            sorted(refs(meta, TIMELINE, SHOWS)),
            number(meta, TIMELINE, EVENTS)));
  }

  /** The summary as triples, as {@link #refresh} keeps them. */
  Graph graph() {
    Graph g = GraphFactory.createDefaultGraph();
    kinds.forEach(
        (key, kind) -> {
          Node k = term("kind-" + key);
          g.add(k, KEY, NodeFactory.createLiteralString(key));
          g.add(k, ENTITIES, count(kind.entities()));
          kind.shown().forEach(e -> g.add(k, SHOWS, ref(e)));
        });
    g.add(NETWORK, NODES, count(nodes));
    g.add(NETWORK, EDGES, count(allEdges));
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      Node n = term("edge-" + (i + 1));
      g.add(NETWORK, EDGE, n);
      g.add(n, THING, ref(e.thing()));
      g.add(n, THING_KIND, NodeFactory.createLiteralString(e.thingKind()));
      g.add(n, AGENT, ref(e.agent()));
      g.add(n, AGENT_KIND, NodeFactory.createLiteralString(e.agentKind()));
      g.add(n, ROLE, ref(e.role()));
    }
    g.add(TIMELINE, EVENTS, count(allEvents));
    events.forEach(e -> g.add(TIMELINE, SHOWS, ref(e)));
    return g;
  }

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }

  /**
   * An entity named by the summary, as an {@code xsd:anyURI} literal: the summary is about the
   * entities, not a link between them, so entity pages and queries over links do not see it.
   */
  private static Node ref(Node iri) {
    return NodeFactory.createLiteralDT(iri.getURI(), XSDDatatype.XSDanyURI);
  }

  private static Node iri(Node ref) {
    return NodeFactory.createURI(ref.getLiteralLexicalForm());
  }

  private static List<Node> refs(Graph g, Node s, Node p) {
    return objects(g, s, p).stream().map(HomeSummary::iri).toList();
  }

  private static Node count(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static List<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private static Node object(Graph g, Node s, Node p) {
    List<Node> found = objects(g, s, p);
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "The home summary in the meta graph is incomplete: "
              + s
              + " has no "
              + p
              + "; run 'spkg ingest' again to recount it");
    }
    return found.get(0);
  }

  private static long number(Graph g, Node s, Node p) {
    return Long.parseLong(object(g, s, p).getLiteralLexicalForm());
  }

  private static List<Node> sorted(List<Node> nodes) {
    List<Node> copy = new ArrayList<>(nodes);
    copy.sort(Comparator.comparing(Node::toString));
    return copy;
  }

  private static Map<String, String> kindClasses() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("nation", SPKG.Nation.getURI());
    kinds.put("region", SPKG.Region.getURI());
    kinds.put("agency", SPKG.Agency.getURI());
    kinds.put("intorg", SPKG.InternationalOrganization.getURI());
    kinds.put("partnership", SPKG.Partnership.getURI());
    kinds.put("program", SPKG.Program.getURI());
    kinds.put("initiative", SPKG.Initiative.getURI());
    kinds.put("document", SPKG.Document.getURI());
    return Collections.unmodifiableMap(kinds);
  }
}
