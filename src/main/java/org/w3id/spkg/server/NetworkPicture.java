package org.w3id.spkg.server;

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
  record Picture(String svg, String note, int nodes, int edges) {}

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

    StringBuilder svg = new StringBuilder();
    svg.append(
        ("<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"network-title\">\n"
                + "<title id=\"network-title\">Partnership network: %d actors, %d partnerships"
                + " and programs, %d participations</title>\n")
            .formatted(WIDTH, height, WIDTH, height, agents.size(), things.size(), all.size()));
    Set<String> kinds = new LinkedHashSet<>();
    agents.forEach(n -> kinds.add(n.kind()));
    things.forEach(n -> kinds.add(n.kind()));
    legend(svg, roleColours, roleLabels, kinds);
    svg.append(
        "<text class=\"column\" x=\"%d\" y=\"%d\" text-anchor=\"end\">Nations and agencies</text>\n"
            .formatted(LEFT_X - 12, TOP - 18));
    svg.append(
        "<text class=\"column\" x=\"%d\" y=\"%d\">Partnerships and programs</text>\n"
            .formatted(RIGHT_X + 12, TOP - 18));
    svg.append("<g class=\"edges\" fill=\"none\" stroke-width=\"2\" stroke-opacity=\"0.75\">\n");
    for (Edge e : all) {
      double y1 = TOP + agentOffset + agentRow.get(e.agent().iri()) * ROW;
      double y2 = TOP + thingOffset + thingRow.get(e.thing().iri()) * ROW;
      double mid = (LEFT_X + RIGHT_X) / 2.0;
      svg.append(
          ("<path d=\"M%d %.1f C%.1f %.1f %.1f %.1f %d %.1f\" stroke=\"%s\">"
                  + "<title>%s — %s — %s</title></path>\n")
              .formatted(
                  LEFT_X,
                  y1,
                  mid,
                  y1,
                  mid,
                  y2,
                  RIGHT_X,
                  y2,
                  roleColours.get(e.role()),
                  HtmlTemplates.html(e.agent().label()),
                  HtmlTemplates.html(e.roleLabel()),
                  HtmlTemplates.html(e.thing().label())));
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (Node n : agents) {
      node(svg, n, LEFT_X, TOP + agentOffset + agentRow.get(n.iri()) * ROW, true, degree);
    }
    for (Node n : things) {
      node(svg, n, RIGHT_X, TOP + thingOffset + thingRow.get(n.iri()) * ROW, false, degree);
    }
    svg.append("</g>\n</svg>\n");
    Set<String> drawn = new LinkedHashSet<>();
    agents.forEach(n -> drawn.add(n.iri()));
    things.forEach(n -> drawn.add(n.iri()));
    return new Picture(svg.toString(), note, drawn.size(), all.size());
  }

  private static void legend(
      StringBuilder svg,
      Map<String, String> colours,
      Map<String, String> labels,
      Set<String> kinds) {
    svg.append("<g class=\"legend\" aria-label=\"Roles\">\n");
    int x = 10;
    for (Map.Entry<String, String> c : colours.entrySet()) {
      String label = labels.get(c.getKey());
      svg.append(
          ("<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" stroke=\"%s\" stroke-width=\"4\"/>"
                  + "<text x=\"%d\" y=\"18\">%s</text>\n")
              .formatted(x, x + 22, c.getValue(), x + 28, HtmlTemplates.html(label)));
      x += 40 + label.length() * 8;
    }
    x += 30;
    for (String kind : kinds) {
      String label = KIND_LABELS.getOrDefault(kind, kind);
      svg.append(
          ("<circle class=\"kind\" cx=\"%d\" cy=\"14\" r=\"6\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"18\">%s</text>\n")
              .formatted(
                  x, KIND_COLOURS.getOrDefault(kind, "#555"), x + 10, HtmlTemplates.html(label)));
      x += 30 + label.length() * 8;
    }
    svg.append("</g>\n");
  }

  private static void node(
      StringBuilder svg, Node n, int x, double y, boolean left, Map<String, Integer> degree) {
    String label = n.label().length() > 40 ? n.label().substring(0, 39) + "…" : n.label();
    int links = degree.get(n.iri());
    String body =
        ("<title>%s (%s, %d link%s)</title><circle cx=\"%d\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%.1f\"%s>%s</text>")
            .formatted(
                HtmlTemplates.html(n.label()),
                HtmlTemplates.html(n.kind()),
                links,
                links == 1 ? "" : "s",
                x,
                y,
                KIND_COLOURS.getOrDefault(n.kind(), "#555"),
                left ? x - 12 : x + 12,
                y + 4,
                left ? " text-anchor=\"end\"" : "",
                HtmlTemplates.html(label));
    if (n.href() == null) {
      svg.append("<g>").append(body).append("</g>\n");
    } else {
      svg.append("<a href=\"")
          .append(HtmlTemplates.html(n.href()))
          .append("\">")
          .append(body)
          .append("</a>\n");
    }
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
