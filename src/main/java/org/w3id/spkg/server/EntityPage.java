package org.w3id.spkg.server;

import static org.w3id.spkg.server.HtmlTemplates.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.spkg.server.EntityResource.HtmlRequest;
import org.w3id.spkg.store.EntityDescription;
import org.w3id.spkg.vocab.SPKG;

/**
 * The HTML page of an entity: its label, types, acronym and definition; its participations in both
 * directions, grouped by role, with dates and contributions; its other links in both directions,
 * grouped by relation; the quantities it states, and the totals of signatories the documents state
 * as a chart over time ({@link SignatoryChart}); each fact with the quote it was extracted from,
 * linked to that passage on the document's page; {@code owl:sameAs} links out and a link that opens
 * the query editor with a {@code DESCRIBE}. A document's page shows the passages its facts rest on,
 * with the quoted spans marked ({@link DocumentPassages}).
 *
 * <p>Every text from the store is escaped. Pages are built from the files under {@code
 * entity-page/} and read the store inside one read transaction.
 *
 * <pre>{@code
 * builder.addServlet(EntityResource.PATH_SPEC,
 *     new EntityResource(dsg, publicBase, new EntityPage(dsg)));
 * }</pre>
 */
public final class EntityPage implements EntityResource.HtmlRenderer {

  /** The query editor, relative to the local base; it accepts {@code ?query=}. */
  public static final String EDITOR_PATH = "editor/";

  private static final String FOLDER = "entity-page/";
  private static final Node SAME_AS = OWL.sameAs.asNode();
  private static final Node TYPE = RDF.type.asNode();
  private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

  /** Shown in the header, or in their own sections: not repeated as plain links or details. */
  private static final Set<Node> HANDLED =
      Set.of(
          TYPE,
          RDFS.label.asNode(),
          SKOS.prefLabel.asNode(),
          SKOS.altLabel.asNode(),
          SKOS.definition.asNode(),
          DCTerms.description.asNode(),
          RDFS.comment.asNode(),
          SAME_AS,
          SPKG.acronym.asNode(),
          SPKG.qualifiedParticipation.asNode(),
          SPKG.participant.asNode(),
          SPKG.quantity.asNode(),
          SPKG.evidence.asNode());

  private final DatasetGraph dataset;
  private final String page;
  private final String css;
  private final Map<String, String> fragments;
  private final String linksQuery;
  private final SignatoryChart signatoryChart;

  /** Pages of the entities in {@code dataset}, which it reads for labels, classes and evidence. */
  public EntityPage(DatasetGraph dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.page = HtmlTemplates.resource(EntityPage.class, FOLDER + "page.html");
    this.css = HtmlTemplates.resource(EntityPage.class, FOLDER + "entity-page.css");
    this.linksQuery = HtmlTemplates.resource(EntityPage.class, FOLDER + "links.rq");
    this.signatoryChart =
        new SignatoryChart(
            HtmlTemplates.resource(EntityPage.class, FOLDER + "signatory-totals.rq"));
    this.fragments =
        HtmlTemplates.fragments(
            HtmlTemplates.resource(EntityPage.class, FOLDER + "fragments.html"));
  }

  @Override
  public String render(HtmlRequest request) {
    return dataset.calculateRead(() -> new View(request, dataset.getUnionGraph()).page());
  }

  String fragment(String name, Map<String, String> values) {
    String f = fragments.get(name);
    if (f == null) {
      throw new IllegalStateException("No fragment '" + name + "' in " + FOLDER + "fragments.html");
    }
    return HtmlTemplates.fill(f, values);
  }

  /** The link that opens the query editor with {@code query}. */
  static String editorHref(String localBase, String query) {
    return localBase + EDITOR_PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** One page being built: the request, the store's union graph and the entity. */
  final class View {
    private final HtmlRequest r;
    final EntityTerms terms;
    private final Graph d;
    private final Node entity;

    View(HtmlRequest r, Graph union) {
      this.r = r;
      this.terms = new EntityTerms(union, r);
      this.d = r.description();
      this.entity = NodeFactory.createURI(r.iri());
    }

    String page() {
      String title = terms.label(entity);
      List<Node> types = terms.specificTypes(entity);
      List<String> sections = new ArrayList<>();
      cutNote().ifPresent(sections::add);
      if (types.contains(SPKG.Document.asNode())) {
        details().ifPresent(sections::add);
        sections.add(
            section(
                "passages",
                "Passages",
                -1,
                new DocumentPassages(terms, entity).render(EntityPage.this)));
      }
      participations().ifPresent(sections::add);
      participants().ifPresent(sections::add);
      signatoriesOverTime().ifPresent(sections::add);
      quantities().ifPresent(sections::add);
      links(false).ifPresent(sections::add);
      links(true).ifPresent(sections::add);
      ownEvidence().ifPresent(sections::add);
      if (!types.contains(SPKG.Document.asNode())) {
        details().ifPresent(sections::add);
      }
      Map<String, String> v = new LinkedHashMap<>();
      v.put("title", html(title));
      v.put("css", css);
      v.put("home", html(r.localBase()));
      v.put("ontology", html(terms.local(SPKG.ONTOLOGY_IRI)));
      v.put("kind", types.isEmpty() ? "entity" : html(terms.label(types.get(0))));
      v.put(
          "types",
          types.stream()
              .map(
                  t -> "<a href=\"%s\">%s</a>".formatted(html(terms.href(t)), html(terms.label(t))))
              .collect(Collectors.joining(" · ")));
      v.put(
          "acronym",
          terms
              .literal(entity, SPKG.acronym.asNode())
              .filter(a -> !a.equals(title))
              .map(a -> " <span class=\"acronym\">(" + html(a) + ")</span>")
              .orElse(""));
      v.put("iri", html(r.iri()));
      v.put("summary", summary());
      v.put("queryHref", html(editorHref(r.localBase(), "DESCRIBE <" + r.iri() + ">")));
      v.put("sections", String.join("\n", sections));
      return HtmlTemplates.fill(page, v);
    }

    /**
     * For an entity with more links than the description holds ({@link
     * EntityDescription#LINKS_PER_PROPERTY} per property and direction): which kinds were cut
     * short, each with a link to all of its links in the query editor.
     */
    private Optional<String> cutNote() {
      Set<Node> cut = new TreeSet<>(BY_IRI);
      cut.addAll(r.cutIncoming());
      cut.addAll(r.cutOutgoing());
      if (cut.isEmpty()) {
        return Optional.empty();
      }
      String links =
          cut.stream()
              .map(
                  p -> {
                    ParameterizedSparqlString q = new ParameterizedSparqlString(linksQuery);
                    q.setIri("entity", r.iri());
                    q.setIri("property", p.getURI());
                    return fragment(
                        "cut-link",
                        Map.of(
                            "href",
                            html(editorHref(r.localBase(), q.toString())),
                            "text",
                            html(prefixed(p))));
                  })
              .collect(Collectors.joining(" · "));
      return Optional.of(
          fragment(
              "cut",
              Map.of(
                  "label",
                  html(terms.label(entity)),
                  "limit",
                  String.valueOf(EntityDescription.LINKS_PER_PROPERTY),
                  "links",
                  links)));
    }

    /** The property as a prefixed name ({@code prov:agent}), else its IRI. */
    private String prefixed(Node p) {
      for (Map.Entry<String, String> e : r.base().prefixes(d).entrySet()) {
        if (p.getURI().startsWith(e.getValue()) && p.getURI().length() > e.getValue().length()) {
          return e.getKey() + ":" + p.getURI().substring(e.getValue().length());
        }
      }
      return p.getURI();
    }

    /** Definition or description, other names, and links out. */
    private String summary() {
      StringBuilder b = new StringBuilder();
      Stream.of(SKOS.definition, DCTerms.description, RDFS.comment)
          .map(p -> terms.literal(entity, p.asNode()))
          .flatMap(Optional::stream)
          .distinct()
          .forEach(t -> b.append("<p class=\"summary\">").append(html(t)).append("</p>\n"));
      List<String> chips = new ArrayList<>();
      Optional<String> acronym = terms.literal(entity, SPKG.acronym.asNode());
      d.find(entity, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
          .map(t -> t.getObject().getLiteralLexicalForm())
          .filter(a -> !acronym.equals(Optional.of(a)))
          .forEach(a -> chips.add(html(a)));
      d.find(entity, SAME_AS, Node.ANY)
          .forEachRemaining(
              t ->
                  chips.add(
                      "same as <a rel=\"external\" href=\"%s\">%s</a>"
                          .formatted(
                              html(t.getObject().toString()), html(sameAsName(t.getObject())))));
      if (!chips.isEmpty()) {
        b.append("<ul class=\"chips\">");
        chips.forEach(c -> b.append("<li>").append(c).append("</li>"));
        b.append("</ul>");
      }
      return b.toString();
    }

    private String sameAsName(Node n) {
      String iri = n.isURI() ? n.getURI() : n.toString();
      return iri.startsWith("http://www.wikidata.org/entity/")
          ? "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1)
          : iri;
    }

    /** Where this entity is the agent of a participation: "member of CSpO since 2023-12". */
    private Optional<String> participations() {
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
      Map<String, List<String>> facts = new TreeMap<>();
      byRole.forEach(
          (role, things) ->
              things.forEach(
                  (thing, ps) ->
                      facts
                          .computeIfAbsent(role, k -> new ArrayList<>())
                          .add(
                              fact(
                                  terms.link(thing)
                                      + ps.stream()
                                          .map(this::when)
                                          .distinct()
                                          .collect(Collectors.joining(";")),
                                  ps))));
      return groups(facts).map(g -> section("participations", "Takes part in", -1, g));
    }

    /**
     * The participations qualified on this entity: its members, leads, partners; agents with the
     * same role, dates and evidence share one entry.
     */
    private Optional<String> participants() {
      Map<String, Map<String, List<Node>>> byRole = new TreeMap<>();
      for (Triple t : d.find(entity, SPKG.qualifiedParticipation.asNode(), Node.ANY).toList()) {
        Node p = t.getObject();
        String role = terms.object(p, SPKG.role.asNode()).map(terms::label).orElse("participant");
        String sameFact =
            when(p)
                + terms.objects(p, SPKG.evidence.asNode()).stream()
                    .map(Node::toString)
                    .sorted()
                    .toList();
        byRole
            .computeIfAbsent(capitalised(plural(role)), k -> new TreeMap<>())
            .computeIfAbsent(sameFact, k -> new ArrayList<>())
            .add(p);
      }
      Map<String, List<String>> facts = new TreeMap<>();
      byRole.forEach(
          (role, same) ->
              same.values()
                  .forEach(
                      ps ->
                          facts
                              .computeIfAbsent(role, k -> new ArrayList<>())
                              .add(
                                  fact(
                                      ps.stream()
                                              .flatMap(
                                                  p ->
                                                      terms
                                                          .objects(p, SPKG.agent.asNode())
                                                          .stream())
                                              .distinct()
                                              .sorted(Comparator.comparing(terms::label))
                                              .map(terms::link)
                                              .collect(Collectors.joining(", "))
                                          + when(ps.get(0)),
                                      List.of(ps.get(0))))));
      Map<String, Integer> agents = new TreeMap<>();
      byRole.forEach(
          (role, same) ->
              agents.put(
                  role,
                  (int)
                      same.values().stream()
                          .flatMap(List::stream)
                          .flatMap(p -> terms.objects(p, SPKG.agent.asNode()).stream())
                          .distinct()
                          .count()));
      return groups(facts, agents).map(g -> section("participants", "Participants", -1, g));
    }

    /** Date, date text and contributions of a participation or dated thing. */
    private String when(Node n) {
      StringBuilder b = new StringBuilder();
      terms.literal(n, SPKG.since.asNode()).ifPresent(s -> b.append(" since ").append(html(s)));
      terms.literal(n, SPKG.until.asNode()).ifPresent(s -> b.append(" until ").append(html(s)));
      terms.literal(n, SPKG.date.asNode()).ifPresent(s -> b.append(" on ").append(html(s)));
      terms
          .literal(n, SPKG.plannedFor.asNode())
          .ifPresent(s -> b.append(" planned for ").append(html(s)));
      terms
          .literal(n, SPKG.dateText.asNode())
          .ifPresent(s -> b.append(" (").append(html(s)).append(")"));
      String dates = b.isEmpty() ? "" : " <span class=\"when\">" + b.toString().strip() + "</span>";
      String contributions =
          terms.objects(n, SPKG.contribution.asNode()).stream()
              .map(terms::valueHtml)
              .collect(Collectors.joining(", "));
      return dates
          + (contributions.isEmpty()
              ? ""
              : " <span class=\"extra\">contributes " + contributions + "</span>");
    }

    /** The totals of signatories the documents state for this entity, as a chart over time. */
    private Optional<String> signatoriesOverTime() {
      return signatoryChart
          .render(
              signatoryChart.points(terms.g, entity, terms),
              terms.label(entity),
              terms,
              EntityPage.this)
          .map(c -> section("signatories-over-time", "Signatories over time", -1, c));
    }

    private Optional<String> quantities() {
      List<String> items =
          d.find(entity, SPKG.quantity.asNode(), Node.ANY).toList().stream()
              .map(Triple::getObject)
              .map(q -> fact(terms.quantity(q), q))
              .toList();
      return items.isEmpty()
          ? Optional.empty()
          : Optional.of(section("quantities", "Quantities", items.size(), list(items)));
    }

    /** Links to other entities (or from them, if {@code incoming}), grouped by relation. */
    private Optional<String> links(boolean incoming) {
      Map<String, List<String>> byRelation = new TreeMap<>();
      List<Triple> triples =
          incoming
              ? d.find(Node.ANY, Node.ANY, entity).toList()
              : d.find(entity, Node.ANY, Node.ANY).toList();
      for (Triple t : triples) {
        Node other = incoming ? t.getSubject() : t.getObject();
        if (HANDLED.contains(t.getPredicate())
            || !other.isURI()
            || terms.isOwned(other)
            || other.equals(entity)) {
          continue;
        }
        String relation = terms.label(t.getPredicate());
        String heading = incoming ? relation + ": " + terms.label(entity) : relation;
        byRelation
            .computeIfAbsent(capitalised(heading), k -> new ArrayList<>())
            .add(fact(terms.link(other) + when(other), incoming ? other : null));
      }
      return groups(byRelation)
          .map(
              g ->
                  section(
                      incoming ? "incoming" : "outgoing",
                      incoming ? "Linked from" : "Links",
                      -1,
                      g));
    }

    private Optional<String> ownEvidence() {
      String quotes = terms.evidenceHtml(List.of(entity), EntityPage.this);
      return quotes.isEmpty()
          ? Optional.empty()
          : Optional.of(section("evidence", "Evidence", -1, quotes));
    }

    /** The entity's literal values not shown elsewhere: codes, dates, titles. */
    private Optional<String> details() {
      String rows =
          d.find(entity, Node.ANY, Node.ANY).toList().stream()
              .filter(t -> t.getObject().isLiteral() && !HANDLED.contains(t.getPredicate()))
              .sorted(Comparator.comparing(t -> terms.label(t.getPredicate())))
              .map(
                  t ->
                      fragment(
                          "row",
                          Map.of(
                              "name", html(terms.label(t.getPredicate())),
                              "value", terms.valueHtml(t.getObject()))))
              .collect(Collectors.joining());
      return rows.isEmpty()
          ? Optional.empty()
          : Optional.of(
              section("details", "Details", -1, fragment("details", Map.of("rows", rows))));
    }

    /** A fact: its claim, and the evidence of {@code supported} if not null. */
    private String fact(String claim, Node supported) {
      return fact(claim, supported == null ? List.of() : List.of(supported));
    }

    /** A fact: its claim, and the evidence of the nodes it rests on. */
    private String fact(String claim, List<Node> supported) {
      return fragment(
          "fact",
          Map.of("claim", claim, "evidence", terms.evidenceHtml(supported, EntityPage.this)));
    }

    private Optional<String> groups(Map<String, List<String>> groups) {
      return groups(groups, Map.of());
    }

    /** Groups of facts under headings, counted by {@code counts} or else by their entries. */
    private Optional<String> groups(Map<String, List<String>> groups, Map<String, Integer> counts) {
      if (groups.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          groups.entrySet().stream()
              .map(
                  e ->
                      fragment(
                          "group",
                          Map.of(
                              "heading",
                              html(e.getKey()),
                              "count",
                              String.valueOf(counts.getOrDefault(e.getKey(), e.getValue().size())),
                              "items",
                              String.join("\n", e.getValue().stream().sorted().toList()))))
              .collect(Collectors.joining("\n")));
    }

    private String list(List<String> items) {
      return "<ul class=\"facts\">\n" + String.join("\n", items) + "\n</ul>";
    }

    private String section(String id, String heading, int count, String body) {
      return fragment(
          "section",
          Map.of(
              "id",
              id,
              "heading",
              html(heading),
              "count",
              count < 0 ? "" : String.valueOf(count),
              "body",
              body));
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String plural(String role) {
    return role.endsWith("s") || role.contains(" ") ? role : role + "s";
  }
}
