package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.vocab.SPKG;

/**
 * An entity's links to other entities (or from them), grouped by relation under the property's
 * label, each other entity once (issue #16 item 3): a link the page shows already (a participation,
 * a participant) is left out, and so is a link by a property when a sub-property of it links the
 * same two ({@code prov:wasAttributedTo} beside {@code spkg:issuer}). The nodes a fact owns
 * (participations, evidence, passages, quantities) are linked only from pages of such nodes; on
 * others their facts are shown in sections of their own.
 */
final class EntityLinks {

  private final EntityTerms terms;
  private final EntityFacts facts;
  private final Graph d;
  private final Node entity;
  private final Set<Node> shown;

  EntityLinks(EntityTerms terms, EntityFacts facts, Graph d, Node entity) {
    this.terms = terms;
    this.facts = facts;
    this.d = d;
    this.entity = entity;
    this.shown = shownAsParticipation();
  }

  /** The things the entity takes part in and the agents that take part in it. */
  private Set<Node> shownAsParticipation() {
    Set<Node> nodes = new HashSet<>();
    for (Triple t : d.find(Node.ANY, SPKG.agent.asNode(), entity).toList()) {
      d.find(Node.ANY, SPKG.qualifiedParticipation.asNode(), t.getSubject())
          .forEachRemaining(q -> nodes.add(q.getSubject()));
    }
    for (Triple t : d.find(entity, SPKG.qualifiedParticipation.asNode(), Node.ANY).toList()) {
      nodes.addAll(terms.objects(t.getObject(), SPKG.agent.asNode()));
    }
    return nodes;
  }

  /** Links to other entities (or from them, if {@code incoming}), grouped by relation. */
  Optional<Html> render(boolean incoming, Set<Node> handled) {
    boolean owned = terms.isOwned(entity);
    List<Triple> triples =
        incoming
            ? d.find(Node.ANY, Node.ANY, entity).toList()
            : d.find(entity, Node.ANY, Node.ANY).toList();
    Map<Node, Set<Node>> linkedBy = new HashMap<>();
    for (Triple t : triples) {
      linkedBy
          .computeIfAbsent(incoming ? t.getSubject() : t.getObject(), k -> new HashSet<>())
          .add(t.getPredicate());
    }
    Map<String, List<Html>> byRelation = new TreeMap<>();
    for (Triple t : triples) {
      Node other = incoming ? t.getSubject() : t.getObject();
      Node p = t.getPredicate();
      if ((handled.contains(p) && !(owned && incoming))
          || !other.isURI()
          || other.equals(entity)
          || (terms.isOwned(other) && !owned)
          || shown.contains(other)
          || bySubProperty(linkedBy.get(other), p)) {
        continue;
      }
      String relation = terms.propertyLabel(p);
      String heading = incoming ? relation + ": " + terms.label(entity) : relation;
      byRelation
          .computeIfAbsent(EntityFacts.capitalised(heading), k -> new ArrayList<>())
          .add(
              facts.fact(
                  Html.join(Stream.of(terms.link(other), facts.when(other)), ""),
                  incoming ? other : null));
    }
    return facts
        .groups(byRelation)
        .map(
            g ->
                facts.section(
                    incoming ? "incoming" : "outgoing", incoming ? "Linked from" : "Links", -1, g));
  }

  /** Whether one of {@code properties} other than {@code p} is a sub-property of it. */
  private boolean bySubProperty(Set<Node> properties, Node p) {
    return properties.stream().anyMatch(q -> !q.equals(p) && terms.isSubProperty(q, p));
  }
}
