package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.pages.EntityResource.HtmlRequest;
import org.w3id.spkg.store.EntityDescription;
import org.w3id.spkg.vocab.Prefixes;
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
  private final HtmlTemplates templates;
  private final String linksQuery;
  private final SignatoryChart signatoryChart;
  private final RoleUses uses;
  private final PartnerTable partners;

  /** Pages of the entities in {@code dataset}, which it reads for labels, classes and evidence. */
  public EntityPage(DatasetGraph dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.templates =
        HtmlTemplates.of(
            EntityPage.class, FOLDER, "page.html", "fragments.html", "entity-page.css");
    this.linksQuery = HtmlTemplates.resource(EntityPage.class, FOLDER + "links.rq");
    this.signatoryChart =
        new SignatoryChart(
            HtmlTemplates.resource(EntityPage.class, FOLDER + "signatory-totals.rq"));
    this.uses =
        new RoleUses(
            HtmlTemplates.resource(EntityPage.class, FOLDER + "uses.rq"),
            HtmlTemplates.resource(EntityPage.class, FOLDER + "uses-count.rq"));
    this.partners =
        new PartnerTable(HtmlTemplates.resource(EntityPage.class, FOLDER + "partners.rq"));
  }

  /**
   * The page.
   *
   * @throws PageNumber.Refused for a bad {@code ?page=} (400) or a page past the end of the page's
   *     list (404)
   */
  @Override
  public String render(HtmlRequest request) {
    return dataset.calculateRead(() -> new View(request, dataset.getUnionGraph()).page()).text();
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
    private final EntityFacts facts;
    private final EntityPaging paging;

    View(HtmlRequest r, Graph union) {
      this.r = r;
      this.terms = new EntityTerms(union, r, templates);
      this.d = r.description();
      this.entity = NodeFactory.createURI(r.iri());
      this.facts = new EntityFacts(terms, templates, d, entity);
      this.paging = EntityPaging.of(r.query());
    }

    Html page() {
      String title = terms.label(entity);
      List<Node> types = terms.specificTypes(entity);
      List<Html> sections = new ArrayList<>();
      cutNote().ifPresent(sections::add);
      if (types.contains(SPKG.Document.asNode())) {
        details().ifPresent(sections::add);
        sections.add(
            facts.section(
                "passages",
                "Passages",
                -1,
                new DocumentPassages(terms, entity, templates).render()));
      }
      facts.participations().ifPresent(sections::add);
      facts.participants().ifPresent(sections::add);
      partnersOverTime().ifPresent(sections::add);
      usesOfConcept().ifPresent(sections::add);
      signatoriesOverTime().ifPresent(sections::add);
      quantities().ifPresent(sections::add);
      EntityLinks links = new EntityLinks(terms, facts, d, entity);
      links.render(false, HANDLED).ifPresent(sections::add);
      links.render(true, HANDLED).ifPresent(sections::add);
      ownEvidence().ifPresent(sections::add);
      if (!types.contains(SPKG.Document.asNode())) {
        details().ifPresent(sections::add);
      }
      Html body =
          templates.render(
              "body",
              values(
                  "home", r.localBase(),
                  "ontology", terms.local(SPKG.ONTOLOGY_IRI),
                  "kind", types.isEmpty() ? "entity" : terms.label(types.get(0)),
                  "types", Html.join(types.stream().map(terms::link), " · "),
                  "title", title,
                  "acronym",
                      terms
                          .literal(entity, SPKG.acronym.asNode())
                          .filter(a -> !a.equals(title))
                          .map(a -> templates.render("acronym", values("acronym", a)))
                          .orElse(Html.EMPTY),
                  "iri", r.iri(),
                  "summary", summary(),
                  "queryHref", editorHref(r.localBase(), "DESCRIBE <" + r.iri() + ">"),
                  "sections", Html.join(sections.stream(), "\n")));
      return HtmlTemplates.page(
          values(
              "title",
              title + " · spkg",
              "head",
              templates.render("head", values("css", templates.render("entity-page.css"))),
              "body",
              body));
    }

    /**
     * For an entity with more links than the description holds ({@link
     * EntityDescription#LINKS_PER_PROPERTY} per property and direction): which kinds were cut
     * short, each with a link to all of its links in the query editor.
     */
    private Optional<Html> cutNote() {
      Set<Node> cut = new TreeSet<>(BY_IRI);
      cut.addAll(r.cutIncoming());
      cut.addAll(r.cutOutgoing());
      if (cut.isEmpty()) {
        return Optional.empty();
      }
      Html links =
          Html.join(
              cut.stream()
                  .map(
                      p -> {
                        ParameterizedSparqlString q = new ParameterizedSparqlString(linksQuery);
                        q.setIri("entity", r.iri());
                        q.setIri("property", p.getURI());
                        return templates.render(
                            "cut-link",
                            values(
                                "href",
                                editorHref(r.localBase(), q.toString()),
                                "text",
                                prefixed(p)));
                      }),
              " · ");
      return Optional.of(
          templates.render(
              "cut",
              values(
                  "label",
                  terms.label(entity),
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
    private Html summary() {
      List<Map<String, Object>> texts =
          Stream.of(SKOS.definition, DCTerms.description, RDFS.comment)
              .map(p -> terms.literal(entity, p.asNode()))
              .flatMap(Optional::stream)
              .distinct()
              .map(t -> values("text", QuoteHtml.of(t)))
              .toList();
      List<Map<String, Object>> chips = new ArrayList<>();
      Optional<String> acronym = terms.literal(entity, SPKG.acronym.asNode());
      d.find(entity, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
          .map(t -> t.getObject().getLiteralLexicalForm())
          .filter(a -> !acronym.equals(Optional.of(a)))
          .forEach(a -> chips.add(values("chip", terms.text(a))));
      d.find(entity, SAME_AS, Node.ANY)
          .forEachRemaining(
              t ->
                  chips.add(
                      values(
                          "chip",
                          templates.render(
                              "same-as",
                              values(
                                  "href",
                                  t.getObject().toString(),
                                  "text",
                                  sameAsName(t.getObject()))))));
      return templates.render(
          "summary", values("texts", texts, "hasChips", !chips.isEmpty(), "chips", chips));
    }

    private String sameAsName(Node n) {
      String iri = n.isURI() ? n.getURI() : n.toString();
      String wikidata = Prefixes.referenceData().getOrDefault("wd", "");
      return !wikidata.isEmpty() && iri.startsWith(wikidata)
          ? "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1)
          : iri;
    }

    /** The totals of signatories the documents state for this entity, as a chart over time. */
    private Optional<Html> signatoriesOverTime() {
      return signatoryChart
          .render(
              signatoryChart.points(terms.g, entity, terms), terms.label(entity), terms, templates)
          .map(c -> facts.section("signatories-over-time", "Signatories over time", -1, c));
    }

    private Optional<Html> quantities() {
      List<Html> items =
          d.find(entity, SPKG.quantity.asNode(), Node.ANY).toList().stream()
              .map(Triple::getObject)
              .map(q -> facts.fact(terms.quantity(q), q))
              .toList();
      return items.isEmpty()
          ? Optional.empty()
          : Optional.of(facts.section("quantities", "Quantities", items.size(), facts.list(items)));
    }

    /** A nation's or agency's partners, most shared first, over the years. */
    private Optional<Html> partnersOverTime() {
      List<Node> kinds = terms.objects(entity, TYPE);
      if (!kinds.contains(SPKG.Nation.asNode()) && !kinds.contains(SPKG.Agency.asNode())) {
        return Optional.empty();
      }
      Html body = partners.render(entity, paging, terms, templates);
      return body.isEmpty()
          ? Optional.empty()
          : Optional.of(facts.section("partners", "Partners over time", -1, body));
    }

    /**
     * What uses a concept (a role's participations), a scheme or an extraction rule (the evidence
     * it read), a page at a time.
     */
    private Optional<Html> usesOfConcept() {
      List<Node> kinds = terms.objects(entity, TYPE);
      if (!kinds.contains(SKOS.Concept.asNode())
          && !kinds.contains(SKOS.ConceptScheme.asNode())
          && !kinds.contains(SPKG.ExtractionRule.asNode())) {
        return Optional.empty();
      }
      Html body = uses.render(entity, paging, terms, templates);
      return body.isEmpty()
          ? Optional.empty()
          : Optional.of(facts.section("uses", "Uses", -1, body));
    }

    private Optional<Html> ownEvidence() {
      Html quotes = terms.evidenceHtml(List.of(entity));
      return quotes.isEmpty()
          ? Optional.empty()
          : Optional.of(facts.section("evidence", "Evidence", -1, quotes));
    }

    /** The entity's literal values not shown elsewhere: codes, dates, titles. */
    private Optional<Html> details() {
      Html rows =
          Html.join(
              d.find(entity, Node.ANY, Node.ANY).toList().stream()
                  .filter(t -> t.getObject().isLiteral() && !HANDLED.contains(t.getPredicate()))
                  .sorted(Comparator.comparing(t -> terms.propertyLabel(t.getPredicate())))
                  .map(
                      t ->
                          templates.render(
                              "row",
                              values(
                                  "name",
                                  EntityFacts.capitalised(terms.propertyLabel(t.getPredicate())),
                                  "value",
                                  terms.valueHtml(t.getPredicate(), t.getObject())))),
              "\n");
      return rows.isEmpty()
          ? Optional.empty()
          : Optional.of(
              facts.section(
                  "details", "Details", -1, templates.render("details", values("rows", rows))));
    }
  }
}
