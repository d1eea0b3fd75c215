package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The uses of a role or other concept, or of a scheme, on its page (issue #16 item 3): the
 * participations with that role (who, in what, the document that states it), the evidence with that
 * relevance, the concepts of the scheme; {@link EntityPaging#SIZE} a page, as {@code
 * entity-page/uses.rq} lists them.
 */
final class RoleUses {

  private final String usesQuery;
  private final String countQuery;

  RoleUses(String usesQuery, String countQuery) {
    this.usesQuery = usesQuery;
    this.countQuery = countQuery;
  }

  /** The section's body for this page of uses of {@code entity}; empty if nothing uses it. */
  Html render(Node entity, EntityPaging paging, EntityTerms terms, HtmlTemplates templates) {
    long total;
    try (QueryExec exec =
        QueryExec.graph(terms.g).query(countQuery).substitution("entity", entity).build()) {
      RowSet rows = exec.select();
      total = rows.hasNext() ? Long.parseLong(rows.next().get("total").getLiteralLexicalForm()) : 0;
    }
    if (total == 0) {
      return Html.EMPTY;
    }
    String label = terms.label(entity);
    paging.within(total, "the uses of " + label);
    Query q = QueryFactory.create(usesQuery);
    q.setLimit(EntityPaging.SIZE);
    q.setOffset(paging.offset());
    List<Html> rows = new ArrayList<>();
    try (QueryExec exec =
        QueryExec.graph(terms.g).query(q).substitution("entity", entity).build()) {
      RowSet found = exec.select();
      while (found.hasNext()) {
        Binding b = found.next();
        Node use = b.get("use");
        Node agent = b.get("agent");
        Node owner = b.get("owner");
        Node document = b.get("document");
        rows.add(
            templates.render(
                "use-row",
                values(
                    "who", agent == null ? terms.link(use) : terms.link(agent),
                    "what", owner == null ? Html.EMPTY : terms.link(owner),
                    "how", terms.propertyLabel(b.get("property")),
                    "document", document == null ? Html.EMPTY : terms.link(document))));
      }
    }
    return templates.render(
        "uses",
        values(
            "label", label,
            "size", String.valueOf(EntityPaging.SIZE),
            "rows", Html.join(rows.stream(), "\n"),
            "pager", paging.pager(templates, total, "Uses")));
  }
}
