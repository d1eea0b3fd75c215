package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People and offices a document names, on sentences written for the test: people with their
 * initials, suffixes, titles and nations, signature lines in capitals, and offices named by a job
 * title, not the organisation they serve. The relevance gate is off (--topic all): these test the
 * rules, not the gate.
 */
class PersonFinderTest {

  @TempDir Path dir;

  @Test
  void personWithInitialsAndSuffix_isOnePerson_knownByTitleAndSurname() throws IOException {
    Graph g =
        ingest(
            "Yesterday President Franklin T. Morrow Jr. welcomed a lunar science delegation."
                + " President Morrow thanked the crew of the orbiting laboratory.");
    assertThat(
            ask(
                g,
                "?p a spkg:Person ; rdfs:label \"Franklin T. Morrow Jr.\"@en ;"
                    + " skos:altLabel \"President Morrow\"@en"))
        .isTrue();
    assertThat(ask(g, "?p a spkg:Person ; rdfs:label \"Franklin\"@en")).isFalse();
    assertThat(ask(g, "?p a spkg:Person ; rdfs:label \"Morrow\"@en")).isFalse();
  }

  @Test
  void foreignLeaderWithAUsTitle_holdsNoUsOffice_andHasTheNationOfTheContext() throws IOException {
    Graph g =
        ingest(
            "President Ortega of Mexico and the NASA Administrator discussed a joint Earth"
                + " observation satellite. The Japanese Prime Minister Tanaka Hiro welcomed the"
                + " plan for a lunar rover.");
    assertThat(ask(g, "?p rdfs:label \"Ortega\"@en ; spkg:nation nation:MX")).isTrue();
    assertThat(ask(g, "?p rdfs:label \"Ortega\"@en ; spkg:holdsOffice office:us-president"))
        .isFalse();
    assertThat(ask(g, "?p rdfs:label \"Tanaka Hiro\"@en ; spkg:nation nation:JP")).isTrue();
  }

  @Test
  void officeOfTheTitle_isTheAgencyThatServesTheOffice() throws IOException {
    Graph g =
        ingest(
            "The Office of the Special Coordinator for Lunar Commerce will support the space"
                + " council. The Special Coordinator for Lunar Commerce will chair its satellite"
                + " working group.");
    assertThat(
            ask(
                g,
                "?a a spkg:Agency ; rdfs:label"
                    + " \"Office of the Special Coordinator for Lunar Commerce\"@en"))
        .isTrue();
    assertThat(
            ask(g, "?o a spkg:Office ; rdfs:label \"Special Coordinator for Lunar Commerce\"@en"))
        .isTrue();
  }

  @Test
  void signatureLineInCapitals_namesThePersonWhoSigned() throws IOException {
    Graph g =
        ingest(
            "Sec. 2. The Secretary of Commerce shall report on lunar spectrum use within 90"
                + " days.\n\nMARGARET T. HOLLOWAY JR.\n\n"
                + "THE WHITE HOUSE,\n\nMarch 3, 2031.\n\nNATIONAL SPACE COUNCIL");
    assertThat(
            ask(
                g,
                "?p a spkg:Person ; rdfs:label \"Margaret T. Holloway Jr.\"@en ."
                    + " ?d spkg:mentions ?p"))
        .isTrue();
    assertThat(ask(g, "?p a spkg:Person ; rdfs:label \"National Space Council\"@en")).isFalse();
  }

  @Test
  void usLeader_keepsTheUsOffice() throws IOException {
    Graph g = ingest("President Whitfield announced a new satellite program for weather data.");
    assertThat(
            ask(
                g,
                "?p rdfs:label \"Whitfield\"@en ; spkg:holdsOffice office:us-president ;"
                    + " spkg:nation nation:US"))
        .isTrue();
  }

  @Test
  void assistantSecretary_doesNotHoldTheSecretarysOffice() throws IOException {
    Graph g =
        ingest(
            "Assistant Secretary of State Dana Whitlock and the Administrator of the National"
                + " Aeronautics and Space Administration met on lunar exploration.");
    assertThat(ask(g, "?p spkg:holdsOffice office:us-secretary-of-state")).isFalse();
    assertThat(ask(g, "?o a spkg:Office ; rdfs:label \"Assistant Secretary of State\"@en"))
        .isTrue();
    assertThat(ask(g, "?o rdfs:label ?l FILTER(STRENDS(STR(?l), \"National Aeronautics\"))"))
        .as("a known office the title pattern stops short of is no new office")
        .isFalse();
  }

  @Test
  void jobTitleOfAnOrganisation_isAnOffice_notTheOrganisation() throws IOException {
    Graph g =
        ingest(
            "The Chair of the Lunar Resources Board will brief the Assistant to the President"
                + " for Space Commerce on the mission.");
    assertThat(ask(g, "?o a spkg:Office ; rdfs:label \"Chair of the Lunar Resources Board\"@en"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?o a spkg:Office ; rdfs:label"
                    + " \"Assistant to the President for Space Commerce\"@en"))
        .isTrue();
    assertThat(ask(g, "?o a spkg:Agency ; rdfs:label ?l FILTER(STRSTARTS(STR(?l), \"Chair\"))"))
        .isFalse();
  }

  @Test
  void jobTitleRunsOverAnd_butNotIntoAKnownName_andKeepsItsAcronym() throws IOException {
    Graph g =
        ingest(
            "The Assistant to the President for Space and Technology (APST) will work with the"
                + " Director of Orbital Affairs and NASA on a lunar lander.");
    assertThat(
            ask(
                g,
                "?o a spkg:Office ; rdfs:label"
                    + " \"Assistant to the President for Space and Technology\"@en ;"
                    + " spkg:acronym \"APST\""))
        .isTrue();
    assertThat(ask(g, "?o a spkg:Office ; rdfs:label \"Director of Orbital Affairs\"@en")).isTrue();
  }

  @Test
  void aNameAfterDoctor_isAPerson() throws IOException {
    Graph g =
        ingest(
            "The Council's science adviser, Dr. Miriam Okafor, will lead the review of the lunar"
                + " lander program.");
    assertThat(ask(g, "?p a spkg:Person ; rdfs:label \"Miriam Okafor\"@en")).isTrue();
  }

  private Graph ingest(String body) throws IOException {
    return RuleFixture.ingest(
        dir, "entities.md", "Test fact sheet", body + "\n", IngestOptions.Topic.ALL);
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
