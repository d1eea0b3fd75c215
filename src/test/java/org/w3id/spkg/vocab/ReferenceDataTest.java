package org.w3id.spkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.validate.ShapesValidator;
import org.w3id.spkg.validate.ValidationOutcome;

/** The reference vocabularies: complete, unambiguous, linked, and conforming to the shapes. */
class ReferenceDataTest {

  private static final String PREFIXES =
      """
      PREFIX spkg: <https://w3id.org/spkg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX org: <http://www.w3.org/ns/org#>
      """;

  private static final OntologyFiles FILES = OntologyFiles.at(TestFiles.ONTOLOGY);
  private static final Model REFERENCE = FILES.reference();

  private static List<QuerySolution> select(String query) {
    try (QueryExecution qe = QueryExecution.model(REFERENCE).query(PREFIXES + query).build()) {
      List<QuerySolution> rows = new ArrayList<>();
      qe.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }

  @Test
  void countries_coverExactlyTheJdkIso3166List_withTheJdkAlpha3Codes() {
    Map<String, String> inData = new TreeMap<>();
    for (QuerySolution row :
        select("SELECT ?a2 ?a3 { ?c a spkg:Country ; spkg:isoAlpha2 ?a2 ; spkg:isoAlpha3 ?a3 }")) {
      inData.put(row.getLiteral("a2").getString(), row.getLiteral("a3").getString());
    }
    // Nation and Territory are typed directly; spkg:Country only by inference, so query both.
    for (QuerySolution row :
        select(
            "SELECT ?a2 ?a3 { VALUES ?t { spkg:Nation spkg:Territory } ?c a ?t ;"
                + " spkg:isoAlpha2 ?a2 ; spkg:isoAlpha3 ?a3 }")) {
      inData.put(row.getLiteral("a2").getString(), row.getLiteral("a3").getString());
    }
    Map<String, String> jdk = new TreeMap<>();
    for (String code : Locale.getISOCountries()) {
      jdk.put(code, new Locale("", code).getISO3Country());
    }
    assertThat(inData).isEqualTo(jdk);
  }

  @Test
  void nations_areTheUnMemberAndObserverStates() {
    List<QuerySolution> rows = select("SELECT (COUNT(?n) AS ?count) { ?n a spkg:Nation }");
    assertThat(rows.get(0).getLiteral("count").getInt()).isEqualTo(195);
  }

  @Test
  void nationsTheSeedNames_haveWikidataItems() {
    List<String> missing = new ArrayList<>();
    for (String code :
        List.of("US", "JP", "IT", "NO", "AU", "CA", "FR", "DE", "NZ", "GB", "ZA", "CL")) {
      List<QuerySolution> rows =
          select(
              "SELECT ?wd { ?n spkg:isoAlpha2 \""
                  + code
                  + "\" ; owl:sameAs ?wd ."
                  + " FILTER STRSTARTS(STR(?wd), \"http://www.wikidata.org/entity/Q\") }");
      if (rows.isEmpty()) {
        missing.add(code);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void noName_pointsToTwoEntities() {
    Map<String, Set<String>> owners = new HashMap<>();
    for (QuerySolution row :
        select(
            "SELECT ?e ?name { VALUES ?p { rdfs:label skos:prefLabel skos:altLabel"
                + " skos:hiddenLabel spkg:acronym spkg:adjective }"
                + " ?e ?p ?name . FILTER NOT EXISTS { ?e a skos:Concept }"
                + " FILTER NOT EXISTS { ?e a skos:ConceptScheme } }")) {
      String key = row.getLiteral("name").getString().toLowerCase(Locale.ROOT);
      owners.computeIfAbsent(key, k -> new TreeSet<>()).add(row.getResource("e").getURI());
    }
    Map<String, Set<String>> shared = new TreeMap<>();
    owners.forEach(
        (name, entities) -> {
          if (entities.size() > 1) {
            shared.put(name, entities);
          }
        });
    assertThat(owners).hasSizeGreaterThan(1000);
    assertThat(shared).as("names used by more than one entity").isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" names {1}")
  @CsvSource({
    "U.S., nation/US",
    "United States of America, nation/US",
    "UK, nation/GB",
    "Britain, nation/GB",
    "Japanese, nation/JP",
    "Norwegian, nation/NO",
    "Italian, nation/IT",
    "State Department, agency/state",
    "DOD, agency/dod",
    "DoD, agency/dod",
    "USSF, agency/ussf",
    "NASA, agency/nasa",
    "ESA, organization/esa",
    "ITU, organization/itu",
    "Europe, region/europe",
    "southern Africa, region/southern-africa",
  })
  void textVariants_resolveToOneEntity(String text, String key) {
    List<QuerySolution> rows =
        select(
            "SELECT DISTINCT ?e { VALUES ?p { rdfs:label skos:altLabel spkg:acronym spkg:adjective }"
                + " ?e ?p ?name . FILTER (STR(?name) = \""
                + text
                + "\") }");
    assertThat(rows)
        .extracting(r -> r.getResource("e").getURI())
        .containsExactly("https://w3id.org/spkg/id/" + key);
  }

  @Test
  void spaceForce_isPartOfTheDepartmentOfDefense() {
    List<QuerySolution> rows =
        select("SELECT ?x { <https://w3id.org/spkg/id/agency/ussf> org:subOrganizationOf+ ?x }");
    assertThat(rows)
        .extracting(r -> r.getResource("x").getURI())
        .contains("https://w3id.org/spkg/id/agency/dod");
  }

  @Test
  void everyAgency_hasAHomeNation() {
    assertThat(select("SELECT ?a { ?a a spkg:Agency FILTER NOT EXISTS { ?a spkg:nation ?n } }"))
        .isEmpty();
  }

  @Test
  void referenceData_conformsToTheShapes() {
    ShapesValidator validator = ShapesValidator.withBackground(FILES);
    ValidationOutcome outcome = validator.validate(ModelFactory.createDefaultModel().getGraph());
    assertThat(outcome.results()).isEmpty();
    assertThat(outcome.conforms()).isTrue();
  }
}
