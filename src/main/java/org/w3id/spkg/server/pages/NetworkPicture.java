package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The partnership network as an SVG picture, laid out without randomness: the actors (nations,
 * regions, agencies, organizations) in a column on the left, the partnerships and programs they
 * take part in on the right, one curve per participation coloured by its role, and a legend of the
 * roles. The partnerships and programs are ordered by how many take part in them, the actors by the
 * mean row of what they take part in, which keeps most curves short and few crossing. Each node
 * links to its page and has a tooltip.
 *
 * <p>With more than {@code maxNodes} nodes, only the most connected are drawn, and {@link
 * Picture#note()} says so.
 */
final class NetworkPicture {

  /** The colours of the roles we know; other roles take the {@link #SPARE} colours in turn. */
  private static final Map<String, String> ROLE_COLOURS =
      Map.ofEntries(
          Map.entry("member", "#1f77b4"),
          Map.entry("lead", "#d62728"),
          Map.entry("partner", "#2ca02c"),
          Map.entry("contributor", "#ff7f0e"),
          Map.entry("builder", "#9467bd"),
          Map.entry("host", "#8c564b"),
          Map.entry("owner", "#e377c2"),
          Map.entry("signatory", "#17becf"),
          Map.entry("flag-state", "#a6a21c"),
          Map.entry("participant", "#7f7f7f"));

  private static final List<String> SPARE = List.of("#393b79", "#637939", "#8c6d31", "#843c39");

  private static final Map<String, String> KIND_COLOURS =
      Map.of(
          "nation", "#0b6e4f",
          "region", "#2a9d8f",
          "agency", "#264653",
          "intorg", "#6a4c93",
          "partnership", "#b5651d",
          "program", "#e76f51");

  private static final Map<String, String> KIND_LABELS =
      Map.of("intorg", "international organization");

  private static final int ROW = 24;
  private static final int TOP = 70;
  private static final int WIDTH = 1100;
  private static final int LEFT_X = 330;
  private static final int RIGHT_X = WIDTH - 330;

  /** One participation: {@code agent} takes part in {@code thing} in {@code role}. */
  record Edge(Node thing, Node agent, String role, String roleLabel) {
    Edge {
      Objects.requireNonNull(thing, "thing");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(roleLabel, "roleLabel");
    }
  }

  /** A node: its IRI, label, kind key and the local page it links to (null for none). */
  record Node(String iri, String label, String kind, String href) {
    Node {
      Objects.requireNonNull(iri, "iri");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** The drawing and a sentence on what it leaves out (empty when nothing). */
  record Picture(Html svg, String note, int nodes, int edges) {}

  private static final HtmlTemplates TEMPLATES =
      HtmlTemplates.of(NetworkPicture.class, "home/", "network.svg");

  private NetworkPicture() {}

  /** Draws {@code edges}, at most {@code maxNodes} nodes of them. */
  static Picture draw(List<Edge> edges, int maxNodes) {
    Map<String, Edge> unique = new LinkedHashMap<>();
    for (Edge e : edges) {
      unique.putIfAbsent(e.thing().iri() + ' ' + e.agent().iri() + ' ' + e.role(), e);
    }
    List<Edge> all = new ArrayList<>(unique.values());
    Map<String, Integer> degree = new HashMap<>();
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Edge e : all) {
      for (Node n : List.of(e.thing(), e.agent())) {
        degree.merge(n.iri(), 1, Integer::sum);
        nodes.putIfAbsent(n.iri(), n);
      }
    }
    String note = "";
    if (nodes.size() > maxNodes) {
      Set<String> kept = new LinkedHashSet<>();
      nodes.values().stream()
          .sorted(byDegreeThenLabel(degree))
          .limit(maxNodes)
          .forEach(n -> kept.add(n.iri()));
      all.removeIf(e -> !kept.contains(e.thing().iri()) || !kept.contains(e.agent().iri()));
      note =
          "Showing the %d most connected of %d nodes."
              .formatted(
                  all.stream()
                      .flatMap(e -> List.of(e.thing().iri(), e.agent().iri()).stream())
                      .distinct()
                      .count(),
                  nodes.size());
    }
    List<Node> things =
        all.stream().map(Edge::thing).distinct().sorted(byDegreeThenLabel(degree)).toList();
    Map<String, Integer> thingRow = rows(things);
    Map<String, Double> meanRow = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (Edge e : all) {
      meanRow.merge(e.agent().iri(), (double) thingRow.get(e.thing().iri()), Double::sum);
      count.merge(e.agent().iri(), 1, Integer::sum);
    }
    List<Node> agents =
        all.stream()
            .map(Edge::agent)
            .distinct()
            .sorted(
                Comparator.comparingDouble((Node n) -> meanRow.get(n.iri()) / count.get(n.iri()))
                    .thenComparing(Node::label, String.CASE_INSENSITIVE_ORDER))
            .toList();
    Map<String, Integer> agentRow = rows(agents);
    int rowsHigh = Math.max(things.size(), agents.size());
    double thingOffset = (rowsHigh - things.size()) * ROW / 2.0;
    double agentOffset = (rowsHigh - agents.size()) * ROW / 2.0;
    int height = TOP + rowsHigh * ROW + 20;

    Map<String, String> roleColours = new LinkedHashMap<>();
    Map<String, String> roleLabels = new LinkedHashMap<>();
    all.stream()
        .sorted(Comparator.comparing(Edge::role))
        .forEach(
            e -> {
              roleLabels.putIfAbsent(e.role(), e.roleLabel());
              roleColours.computeIfAbsent(
                  e.role(),
                  r ->
                      ROLE_COLOURS.getOrDefault(
                          localName(r), SPARE.get(roleColours.size() % SPARE.size())));
            });

    Set<String> kinds = new LinkedHashSet<>();
    agents.forEach(n -> kinds.add(n.kind()));
    things.forEach(n -> kinds.add(n.kind()));
    List<Map<String, Object>> edgeValues = new ArrayList<>();
    for (Edge e : all) {
      double y1 = TOP + agentOffset + agentRow.get(e.agent().iri()) * ROW;
      double y2 = TOP + thingOffset + thingRow.get(e.thing().iri()) * ROW;
      double mid = (LEFT_X + RIGHT_X) / 2.0;
      edgeValues.add(
          values(
              "d",
              "M%d %.1f C%.1f %.1f %.1f %.1f %d %.1f"
                  .formatted(LEFT_X, y1, mid, y1, mid, y2, RIGHT_X, y2),
              "colour",
              roleColours.get(e.role()),
              "agent",
              e.agent().label(),
              "role",
              e.roleLabel(),
              "thing",
              e.thing().label()));
    }
    List<Map<String, Object>> nodeValues = new ArrayList<>();
    for (Node n : agents) {
      nodeValues.add(
          node(n, LEFT_X, TOP + agentOffset + agentRow.get(n.iri()) * ROW, true, degree));
    }
    for (Node n : things) {
      nodeValues.add(
          node(n, RIGHT_X, TOP + thingOffset + thingRow.get(n.iri()) * ROW, false, degree));
    }
    Map<String, Object> v = legend(roleColours, roleLabels, kinds);
    v.putAll(
        values(
            "width", String.valueOf(WIDTH),
            "height", String.valueOf(height),
            "agents", String.valueOf(agents.size()),
            "things", String.valueOf(things.size()),
            "participations", String.valueOf(all.size()),
            "leftX", String.valueOf(LEFT_X - 12),
            "rightX", String.valueOf(RIGHT_X + 12),
            "columnY", String.valueOf(TOP - 18),
            "edges", edgeValues,
            "nodes", nodeValues));
    Set<String> drawn = new LinkedHashSet<>();
    agents.forEach(n -> drawn.add(n.iri()));
    things.forEach(n -> drawn.add(n.iri()));
    return new Picture(TEMPLATES.render("network.svg", v), note, drawn.size(), all.size());
  }

  /** The legend: a line per role and a dot per kind of node, left to right. */
  private static Map<String, Object> legend(
      Map<String, String> colours, Map<String, String> labels, Set<String> kinds) {
    List<Map<String, Object>> roles = new ArrayList<>();
    int x = 10;
    for (Map.Entry<String, String> c : colours.entrySet()) {
      String label = labels.get(c.getKey());
      roles.add(
          values(
              "x", String.valueOf(x),
              "x2", String.valueOf(x + 22),
              "colour", c.getValue(),
              "textX", String.valueOf(x + 28),
              "label", label));
      x += 40 + label.length() * 8;
    }
    x += 30;
    List<Map<String, Object>> kindValues = new ArrayList<>();
    for (String kind : kinds) {
      String label = KIND_LABELS.getOrDefault(kind, kind);
      kindValues.add(
          values(
              "x", String.valueOf(x),
              "colour", KIND_COLOURS.getOrDefault(kind, "#555"),
              "textX", String.valueOf(x + 10),
              "label", label));
      x += 30 + label.length() * 8;
    }
    return values("roles", roles, "kinds", kindValues);
  }

  private static Map<String, Object> node(
      Node n, int x, double y, boolean left, Map<String, Integer> degree) {
    String label = n.label().length() > 40 ? n.label().substring(0, 39) + "…" : n.label();
    int links = degree.get(n.iri());
    return values(
        "href", n.href(),
        "title", "%s (%s, %d link%s)".formatted(n.label(), n.kind(), links, links == 1 ? "" : "s"),
        "x", String.valueOf(x),
        "y", "%.1f".formatted(y),
        "colour", KIND_COLOURS.getOrDefault(n.kind(), "#555"),
        "textX", String.valueOf(left ? x - 12 : x + 12),
        "textY", "%.1f".formatted(y + 4),
        "end", left,
        "label", label);
  }

  private static Comparator<Node> byDegreeThenLabel(Map<String, Integer> degree) {
    return Comparator.comparing((Node n) -> -degree.get(n.iri()))
        .thenComparing(Node::label, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Node::iri);
  }

  private static Map<String, Integer> rows(List<Node> column) {
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < column.size(); i++) {
      rows.put(column.get(i).iri(), i);
    }
    return rows;
  }

  private static String localName(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
