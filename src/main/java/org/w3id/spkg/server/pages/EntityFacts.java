package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.vocab.SPKG;

/**
 * The facts of an entity page as HTML: participations in both directions, grouped by role, with
 * dates and contributions, and the section, group and fact frames every section of the page uses.
 */
final class EntityFacts {

  private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

  private final EntityTerms terms;
  private final HtmlTemplates templates;
  private final Graph d;
  private final Node entity;

  EntityFacts(EntityTerms terms, HtmlTemplates templates, Graph d, Node entity) {
    this.terms = terms;
    this.templates = templates;
    this.d = d;
    this.entity = entity;
  }

  /** Where this entity is the agent of a participation: "member of CSpO since 2023-12". */
  Optional<Html> participations() {
    Map<String, Map<Node, List<Node>>> byRole = new TreeMap<>();
    for (Triple t : d.find(Node.ANY, SPKG.agent.asNode(), entity).toList()) {
      Node p = t.getSubject();
      String role = terms.object(p, SPKG.role.asNode()).map(terms::label).orElse("participant");
      String preposition = role.startsWith("partner") || role.equals("participant") ? "in" : "of";
      for (Triple q : d.find(Node.ANY, SPKG.qualifiedParticipation.asNode(), p).toList()) {
        byRole
            .computeIfAbsent(capitalised(role) + " " + preposition, k -> new TreeMap<>(BY_IRI))
            .computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
            .add(p);
      }
    }
    Map<String, List<Html>> facts = new TreeMap<>();
    byRole.forEach(
        (role, things) ->
            things.forEach(
                (thing, ps) ->
                    facts
                        .computeIfAbsent(role, k -> new ArrayList<>())
                        .add(
                            fact(
                                Html.join(
                                    Stream.concat(
                                        Stream.of(terms.link(thing)),
                                        Stream.of(
                                            Html.join(
                                                ps.stream().map(this::when).distinct(), ";"))),
                                    ""),
                                ps))));
    return groups(facts).map(g -> section("participations", "Takes part in", -1, g));
  }

  /**
   * The participations qualified on this entity: its members, leads, partners; agents with the same
   * role, dates and evidence share one entry.
   */
  Optional<Html> participants() {
    Map<String, Map<String, List<Node>>> byRole = new TreeMap<>();
    for (Triple t : d.find(entity, SPKG.qualifiedParticipation.asNode(), Node.ANY).toList()) {
      Node p = t.getObject();
      String role = terms.object(p, SPKG.role.asNode()).map(terms::label).orElse("participant");
      String sameFact =
          when(p).text()
              + terms.objects(p, SPKG.evidence.asNode()).stream()
                  .map(Node::toString)
                  .sorted()
                  .toList();
      byRole
          .computeIfAbsent(capitalised(plural(role)), k -> new TreeMap<>())
          .computeIfAbsent(sameFact, k -> new ArrayList<>())
          .add(p);
    }
    Map<String, List<Html>> facts = new TreeMap<>();
    byRole.forEach(
        (role, same) ->
            same.values()
                .forEach(
                    ps ->
                        facts
                            .computeIfAbsent(role, k -> new ArrayList<>())
                            .add(
                                fact(
                                    Html.join(
                                        Stream.of(
                                            Html.join(
                                                ps.stream()
                                                    .flatMap(
                                                        p ->
                                                            terms
                                                                .objects(p, SPKG.agent.asNode())
                                                                .stream())
                                                    .distinct()
                                                    .sorted(Comparator.comparing(terms::label))
                                                    .map(terms::link),
                                                ", "),
                                            when(ps.get(0))),
                                        ""),
                                    List.of(ps.get(0))))));
    return groups(facts).map(g -> section("participants", "Participants", -1, g));
  }

  /** Date, date text and contributions of a participation or dated thing. */
  Html when(Node n) {
    StringBuilder b = new StringBuilder();
    terms.literal(n, SPKG.since.asNode()).ifPresent(s -> b.append(" since ").append(s));
    terms.literal(n, SPKG.until.asNode()).ifPresent(s -> b.append(" until ").append(s));
    terms.literal(n, SPKG.date.asNode()).ifPresent(s -> b.append(" on ").append(s));
    terms.literal(n, SPKG.plannedFor.asNode()).ifPresent(s -> b.append(" planned for ").append(s));
    terms.literal(n, SPKG.dateText.asNode()).ifPresent(s -> b.append(" (").append(s).append(")"));
    return templates.render(
        "when",
        values(
            "dates",
            b.toString().strip(),
            "contributions",
            Html.join(
                terms.objects(n, SPKG.contribution.asNode()).stream().map(terms::valueHtml),
                ", ")));
  }

  /** A fact: its claim, and the evidence of {@code supported} if not null. */
  Html fact(Html claim, Node supported) {
    return fact(claim, supported == null ? List.of() : List.of(supported));
  }

  /** A fact: its claim, and the evidence of the nodes it rests on. */
  Html fact(Html claim, List<Node> supported) {
    return templates.render(
        "fact", values("claim", claim, "evidence", terms.evidenceHtml(supported)));
  }

  Optional<Html> groups(Map<String, List<Html>> groups) {
    return groups(groups, Map.of());
  }

  /** Groups of facts under headings, counted by {@code counts} or else by their entries. */
  Optional<Html> groups(Map<String, List<Html>> groups, Map<String, Integer> counts) {
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Html.join(
            groups.entrySet().stream()
                .map(
                    e ->
                        templates.render(
                            "group",
                            values(
                                "heading",
                                e.getKey(),
                                "count",
                                String.valueOf(
                                    counts.getOrDefault(e.getKey(), e.getValue().size())),
                                "items",
                                Html.join(
                                    e.getValue().stream().sorted(Comparator.comparing(Html::text)),
                                    "\n")))),
            "\n"));
  }

  Html list(List<Html> items) {
    return templates.render("facts", values("items", Html.join(items.stream(), "\n")));
  }

  Html section(String id, String heading, int count, Html body) {
    return templates.render(
        "section",
        values(
            "id",
            id,
            "heading",
            heading,
            "count",
            count < 0 ? "" : String.valueOf(count),
            "body",
            body));
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String plural(String role) {
    return role.endsWith("s") || role.contains(" ") ? role : role + "s";
  }
}
