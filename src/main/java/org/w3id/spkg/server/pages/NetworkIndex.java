package org.w3id.spkg.server.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The partnership network as the network page filters it: every statement of a participation (who
 * takes part in what, in which role) with the year of the document that states it, read once by
 * {@code network-edges.rq}, with the labels of its nodes.
 */
record NetworkIndex(List<Statement> statements, Map<String, String> labels) {

  private static final String QUERY =
      HtmlTemplates.resource(NetworkIndex.class, "home/network-edges.rq");

  /** One statement: thing, its kind, agent, its kind, role, and the year (0 when undated). */
  record Statement(
      String thing, String thingKind, String agent, String agentKind, String role, int year) {
    Statement {
      Objects.requireNonNull(thing, "thing");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(role, "role");
    }
  }

  NetworkIndex {
    statements = List.copyOf(statements);
    labels = Map.copyOf(labels);
  }

  /** The network of {@code dsg}. Read inside a transaction. */
  static NetworkIndex read(DatasetGraph dsg) {
    List<Statement> statements = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    HomeLinks links = new HomeLinks(dsg, null);
    try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY).build()) {
      RowSet rows = qe.select();
      while (rows.hasNext()) {
        Binding b = rows.next();
        Node date = b.get("date");
        String lexical = date == null ? "" : date.getLiteralLexicalForm();
        Statement s =
            new Statement(
                b.get("thing").getURI(),
                b.get("thingKind").getLiteralLexicalForm(),
                b.get("agent").getURI(),
                b.get("agentKind").getLiteralLexicalForm(),
                b.get("role").getURI(),
                lexical.matches("\\d{4}.*") ? Integer.parseInt(lexical.substring(0, 4)) : 0);
        statements.add(s);
        for (Node n : List.of(b.get("thing"), b.get("agent"), b.get("role"))) {
          labels.computeIfAbsent(n.getURI(), iri -> links.label(n));
        }
      }
    }
    return new NetworkIndex(statements, labels);
  }

  String label(String iri) {
    return labels.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
  }
}
