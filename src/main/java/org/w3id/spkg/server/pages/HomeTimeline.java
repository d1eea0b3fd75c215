package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.store.HomeSummary;
import org.w3id.spkg.vocab.SPKG;

/** The home page's timeline: dated events and planned milestones, latest first in date order. */
final class HomeTimeline {

  private final DatasetGraph dsg;
  private final HtmlTemplates templates;
  private final HomeLinks links;
  private final String timelineText;

  HomeTimeline(DatasetGraph dsg, HtmlTemplates templates, HomeLinks links, String timelineText) {
    this.dsg = dsg;
    this.templates = templates;
    this.links = links;
    this.timelineText = timelineText;
  }

  /**
   * The timeline of the summary's events, as {@code timeline.rq} gives it: one entry per event,
   * date and what it is a milestone of, in date order. Read with a few lookups per event (at most
   * {@link HomeSummary#LATEST_EVENTS} events), not a query each.
   */
  Html html(String base, HomeSummary summary) {
    List<Milestone> rows = new ArrayList<>();
    for (Node event : summary.events()) {
      List<Node> of = objects(event, SPKG.milestoneOf.asNode());
      for (Node p : List.of(SPKG.plannedFor.asNode(), SPKG.date.asNode())) {
        for (Node date : objects(event, p)) {
          for (Node o : of.isEmpty() ? Collections.<Node>singletonList(null) : of) {
            if (date.isLiteral()) {
              rows.add(
                  new Milestone(
                      event, date.getLiteralLexicalForm(), o, p.equals(SPKG.plannedFor.asNode())));
            }
          }
        }
      }
    }
    rows.sort(Comparator.comparing(Milestone::date).thenComparing(m -> m.event().getURI()));
    List<Html> out = new ArrayList<>();
    for (Milestone m : rows) {
      String event = m.event().getURI();
      Html of =
          m.of() != null && m.of().isURI()
              ? templates.render(
                  "of", values("of", links.link(base, m.of().getURI(), links.label(m.of()))))
              : Html.EMPTY;
      out.add(
          templates.render(
              "milestone",
              values(
                  "planned", m.planned() ? "planned" : "done",
                  "date", m.date(),
                  "qualifier", conceptLabel(m.event(), SPKG.dateQualifier.asNode()),
                  "precision", conceptLabel(m.event(), SPKG.datePrecision.asNode()),
                  "dateText", literal(m.event(), SPKG.dateText.asNode()),
                  "event", links.link(base, event, links.label(m.event())),
                  "of", of)));
    }
    return out.isEmpty() ? templates.render("no-timeline") : Html.join(out.stream(), "\n");
  }

  /** One entry of the timeline: an event on a date, as a milestone of {@code of} (or null). */
  private record Milestone(Node event, String date, Node of, boolean planned) {}

  private List<Node> objects(Node s, Node p) {
    return dsg.getUnionGraph().find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
        .distinct()
        .sorted(Comparator.comparing(Node::toString))
        .toList();
  }

  /** The first literal value of {@code p}, or "". */
  private String literal(Node s, Node p) {
    return objects(s, p).stream()
        .filter(Node::isLiteral)
        .map(Node::getLiteralLexicalForm)
        .findFirst()
        .orElse("");
  }

  /** The label of the concept {@code p} names (a precision, a qualifier), or "". */
  private String conceptLabel(Node s, Node p) {
    return objects(s, p).stream().filter(Node::isURI).map(links::label).findFirst().orElse("");
  }

  Html note(String base, HomeSummary summary) {
    if (summary.allEvents() <= summary.events().size()) {
      return Html.EMPTY;
    }
    return templates.render(
        "timeline-more",
        values(
            "shown", Integer.toString(summary.events().size()),
            "events", Long.toString(summary.allEvents()),
            "href", EntityPage.editorHref(base, timelineText)));
  }
}
