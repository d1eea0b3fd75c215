package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The partners of a nation or agency over time, on its page (issue #16, archive scale): each actor
 * it shares a program, agreement or partnership with, how many it shares and the years the
 * documents state them, most shared first, as {@code entity-page/partners.rq} finds them; the top
 * {@link EntityPaging#SIZE} on the page, the rest on further pages ({@code ?page=2}).
 */
final class PartnerTable {

  /** One partner: how many things it shares with the entity, and in which years. */
  record Partner(Node partner, long shared, List<String> years) {
    Partner {
      years = List.copyOf(years);
    }
  }

  private final String query;

  PartnerTable(String query) {
    this.query = query;
  }

  /** The partners of {@code entity}, most shared first. */
  List<Partner> partners(Node entity, EntityTerms terms) {
    List<Partner> partners = new ArrayList<>();
    try (QueryExec exec =
        QueryExec.graph(terms.g).query(query).substitution("entity", entity).build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        Binding b = rows.next();
        String years = b.get("years") == null ? "" : b.get("years").getLiteralLexicalForm();
        partners.add(
            new Partner(
                b.get("partner"),
                Long.parseLong(b.get("shared").getLiteralLexicalForm()),
                Arrays.stream(years.split(" ")).filter(y -> !y.isBlank()).sorted().toList()));
      }
    }
    return partners;
  }

  /** The section's body for this page of partners; empty if there are none. */
  Html render(Node entity, EntityPaging paging, EntityTerms terms, HtmlTemplates templates) {
    List<Partner> all = partners(entity, terms);
    if (all.isEmpty()) {
      return Html.EMPTY;
    }
    String label = terms.label(entity);
    paging.within(all.size(), "the partners of " + label);
    List<Html> rows =
        all
            .subList(paging.offset(), Math.min(all.size(), paging.offset() + EntityPaging.SIZE))
            .stream()
            .map(
                p ->
                    templates.render(
                        "partner-row",
                        values(
                            "partner", terms.link(p.partner()),
                            "count", String.valueOf(p.shared()),
                            "years", years(p.years()))))
            .toList();
    return templates.render(
        "partners",
        values(
            "label", label,
            "rows", Html.join(rows.stream(), "\n"),
            "pager", paging.pager(templates, all.size(), "Partners")));
  }

  /** "2019–2021, 2023": runs of consecutive years joined. */
  static String years(List<String> years) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && isNext(years.get(j), years.get(j + 1))) {
        j++;
      }
      out.add(i == j ? years.get(i) : years.get(i) + "–" + years.get(j));
      i = j + 1;
    }
    return String.join(", ", out);
  }

  private static boolean isNext(String a, String b) {
    try {
      return Integer.parseInt(b) == Integer.parseInt(a) + 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
