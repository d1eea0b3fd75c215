package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that relate actors to what they do together, each on sentences written for the test:
 * several leads in one list, a partner in a participle clause, partners of a program named after
 * "including", and a directive reported as done. The relevance gate is off (--topic all): these
 * test the rules, not the gate.
 */
class RelationRulesTest {

  @TempDir Path dir;

  @Test
  void leadsListedWithTheDepartmentsOfXAndY_areAllLeads() throws IOException {
    Graph g =
        ingest(
            "leads.md",
            item(
                "Space Weather Readiness",
                "NOAA and the Departments of Energy and Transportation will publish a space"
                    + " weather readiness guide for power grids and airlines."),
            item(
                "Launch Range Modernization",
                "The Department of Transportation and the U.S. Space Force are modernizing"
                    + " launch ranges on both coasts."));
    assertThat(leadsOf(g, "Space Weather Readiness"))
        .containsExactlyInAnyOrder("agency/noaa", "agency/doe", "agency/dot");
    assertThat(leadsOf(g, "Launch Range Modernization"))
        .containsExactlyInAnyOrder("agency/dot", "agency/ussf");
    assertThat(
            ask(g, "?a a spkg:Agency ; rdfs:label ?l . FILTER(CONTAINS(STR(?l), \" and the \"))"))
        .as("no agency named after a list of two")
        .isFalse();
  }

  @Test
  void partnerInAParticipleClause_joinsTheInitiative_andTheLeadKeepsItsRole() throws IOException {
    Graph g =
        ingest(
            "working-with.md",
            item(
                "Ocean Color Data",
                "NOAA, working with the Indian Space Research Organisation, will share ocean"
                    + " color data with fisheries agencies across the Indian Ocean."),
            item(
                "Lunar Dust Studies",
                "NASA will study lunar dust, working with international partners at the"
                    + " United Nations."));
    String ocean = "?i rdfs:label \"Ocean Color Data\"@en ; spkg:qualifiedParticipation ";
    assertThat(ask(g, ocean + "[ spkg:agent agency:isro ; spkg:role role:partner ]")).isTrue();
    assertThat(ask(g, ocean + "[ spkg:agent agency:noaa ; spkg:role role:lead ]")).isTrue();
    assertThat(ask(g, ocean + "[ spkg:agent agency:noaa ; spkg:role role:partner ]")).isFalse();
    assertThat(
            ask(
                g,
                "?i rdfs:label \"Lunar Dust Studies\"@en ; spkg:participant ?x ."
                    + " FILTER(?x != agency:nasa)"))
        .as("no actor before the clause, so no partner")
        .isFalse();
  }

  @Test
  void collaboratorsOnAnAreaIncludingAProgram_arePartnersOfTheProgram() throws IOException {
    Graph g =
        ingest(
            "including.md",
            item(
                "Polar Science",
                "Canada, Norway and the United States intend to collaborate on polar research,"
                    + " including the Arctic Ice Radar Mission (AIRM), which will launch in"
                    + " 2027."));
    for (String nation : List.of("CA", "NO", "US")) {
      assertThat(
              ask(
                  g,
                  "?p spkg:acronym \"AIRM\" ; spkg:qualifiedParticipation [ spkg:agent nation:"
                      + nation
                      + " ; spkg:role role:partner ]"))
          .as(nation)
          .isTrue();
    }
  }

  @Test
  void actionTakenAtTheDirectionOfAnActor_isADatedDirective_andAnEventFulfillingIt()
      throws IOException {
    Graph g =
        ingest(
            "direction.md",
            "At the direction of the National Space Council in March 2024, NASA released a plan"
                + " for lunar communications and navigation.\n");
    assertThat(
            ask(
                g,
                "?d a spkg:Directive ; spkg:issuer agency:nspc ; spkg:addressee agency:nasa ;"
                    + " spkg:date \"2024-03\"^^xsd:gYearMonth ; rdfs:label ?l ."
                    + " FILTER(STRSTARTS(STR(?l), \"Release a plan for lunar"
                    + " communications\"))"))
        .as("the directive is labelled by the instruction")
        .isTrue();
    assertThat(
            ask(
                g,
                "?e a spkg:Event ; spkg:fulfils ?d ; rdfs:label ?l . ?d a spkg:Directive ."
                    + " FILTER(STRSTARTS(STR(?l), \"NASA released a plan for lunar\"))"))
        .as("what NASA did is an event that fulfils it")
        .isTrue();
  }

  private static String item(String title, String text) {
    return "-   **" + title + ":** " + text + "\n";
  }

  private Graph ingest(String name, String... body) throws IOException {
    return RuleFixture.ingest(
        dir,
        name,
        "Test fact sheet",
        "The Vice President is announcing the following initiatives:\n\n" + String.join("", body),
        IngestOptions.Topic.ALL);
  }

  private static List<String> leadsOf(Graph g, String title) {
    List<String> leads = new ArrayList<>();
    String q =
        RuleFixture.PREFIXES + "SELECT ?x { ?i rdfs:label \"" + title + "\"@en ; spkg:ledBy ?x }";
    try (QueryExecution qe =
        QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
      qe.execSelect()
          .forEachRemaining(
              s ->
                  leads.add(
                      s.getResource("x").getURI().substring("https://w3id.org/spkg/id/".length())));
    }
    return leads;
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
