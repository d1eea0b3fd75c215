package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.ingest.RuleFixture.ask;
import static org.w3id.spkg.ingest.RuleFixture.factSheet;
import static org.w3id.spkg.ingest.RuleFixture.item;
import static org.w3id.spkg.ingest.RuleFixture.part;
import static org.w3id.spkg.ingest.RuleFixture.titled;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the actors opening an item take part and in what role, on sentences written for the test:
 * the undertaking the sentence names as its object rather than the item's title, one actor as the
 * lead and several as partners, announcers as participants, experts as participants, actors in
 * coordination with the lead, and no participation in a title that describes an action.
 */
class InitiativeLeadRulesTest {

  @TempDir Path dir;

  @Test
  void theOpeningActorLeadsTheProgramItsSentenceNames_notTheActionTitle() throws IOException {
    Graph g =
        factSheet(
            dir,
            "object.md",
            item(
                "Widening Access to Moon Imagery",
                "NASA will open the Artemis Accords archive of lunar images to students in"
                    + " partner nations."));
    assertThat(ask(g, "program:artemis-accords " + part("agency:nasa", "lead"))).isTrue();
    assertThat(
            ask(
                g,
                "?i a spkg:Initiative ; spkg:ledBy agency:nasa ;"
                    + " rdfs:label \"Widening Access to Moon Imagery\"@en"))
        .as("the initiative keeps its lead")
        .isTrue();
    assertThat(ask(g, "?i a spkg:Initiative ; spkg:qualifiedParticipation ?p"))
        .as("no participation in an action's title")
        .isFalse();
  }

  @Test
  void severalOpeningActorsArePartners_andAnnouncersParticipate() throws IOException {
    Graph g =
        factSheet(
            dir,
            "several.md",
            item(
                "Gateway Science Campaign",
                "NASA and NOAA will plan a joint science campaign aboard the lunar Gateway."),
            item(
                "Landsat Data Portal",
                "The Department of the Interior and NOAA announced that the Landsat mission will"
                    + " publish its archive through a new portal in 2026."));
    String gateway = "?i rdfs:label \"Gateway Science Campaign\"@en ; ";
    assertThat(ask(g, gateway + part("agency:nasa", "partner"))).isTrue();
    assertThat(ask(g, gateway + part("agency:noaa", "partner"))).isTrue();
    assertThat(ask(g, "?x " + part("agency:nasa", "lead"))).isFalse();
    assertThat(ask(g, "program:gateway spkg:participant ?x"))
        .as("aboard the Gateway is a place, not the object")
        .isFalse();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "participant"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:doi", "participant"))).isTrue();
  }

  @Test
  void aTitleInSentenceCaseIsATopic_notAnUndertakingItsActorsTakePartIn() throws IOException {
    Graph g =
        factSheet(
            dir,
            "topic.md",
            item(
                "Ocean mapping",
                "NOAA and NASA signed a letter of intent on the study of coastal sea levels."),
            item(
                "Coastal Change Observatory",
                "NOAA and NASA signed a letter of intent on the study of coastal sea levels."));
    assertThat(
            ask(
                g,
                "?i rdfs:label ?l ; spkg:qualifiedParticipation ?p FILTER(STRSTARTS(?l, \"Ocean\"))"))
        .as("a topic in sentence case names no undertaking")
        .isFalse();
    String named = "?i rdfs:label \"Coastal Change Observatory\"@en ; ";
    assertThat(ask(g, named + part("agency:noaa", "partner")))
        .as("a title capitalised word by word still does")
        .isTrue();
  }

  @Test
  void oneActorWorkingWithUnnamedPartnersLeads() throws IOException {
    Graph g =
        factSheet(
            dir,
            "unnamed.md",
            "NOAA is working with international partners to extend the Landsat record of"
                + " coastal change.\n");
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "partner"))).isFalse();
  }

  @Test
  void aCompoundModifierIsNotTheSubject() throws IOException {
    Graph g =
        factSheet(
            dir,
            "modifier.md",
            item(
                "Arctic Relay Payloads",
                "U.S.-Canada cooperation made possible the hosting of two relay payloads on"
                    + " Canadian satellites."));
    assertThat(ask(g, "?i spkg:ledBy ?x")).isFalse();
    assertThat(ask(g, "?i spkg:participant nation:CA")).isFalse();
  }

  @Test
  void aTitleNamingAnAcronymIsAlsoCalledByTheNameAlone() throws IOException {
    Graph g =
        factSheet(
            dir,
            "acronym-title.md",
            item(
                "Orbital Debris Tracking (ODT) Initiative",
                "NOAA will share tracking data with allied operators."));
    assertThat(
            ask(
                g,
                "?i a spkg:Initiative ; skos:altLabel \"Orbital Debris Tracking\"@en ;"
                    + " spkg:qualifiedParticipation [ spkg:agent agency:noaa ; spkg:role"
                    + " role:lead ]"))
        .isTrue();
  }

  @Test
  void theActorsWhoseExpertsOpenAnItemTakePartInIt_noneLeads() throws IOException {
    Graph g =
        factSheet(
            dir,
            "delegates.md",
            item(
                "Lunar Space Weather Dialogue",
                "Experts from the National Oceanic and Atmospheric Administration, the"
                    + " Department of Energy, and NASA, together with their Japanese"
                    + " counterparts, will hold a yearly dialogue on space weather at the Moon."));
    String initiative = "?i rdfs:label \"Lunar Space Weather Dialogue\"@en ; ";
    assertThat(ask(g, initiative + part("agency:noaa", "participant"))).isTrue();
    assertThat(ask(g, initiative + part("agency:doe", "participant"))).isTrue();
    assertThat(ask(g, initiative + part("agency:nasa", "participant"))).isTrue();
    assertThat(ask(g, "?i spkg:ledBy ?x")).as("experts' agencies do not lead").isFalse();
    assertThat(ask(g, "?i spkg:qualifiedParticipation [ spkg:role role:lead ]")).isFalse();
  }

  @Test
  void actorsNamedInCoordinationWithTheOpeningActorTakePartInItsUndertaking() throws IOException {
    Graph g =
        factSheet(
            dir,
            "coordination.md",
            item(
                "Lunar Data Lessons",
                "NASA, in coordination with NOAA and the Department of Energy, will add lunar"
                    + " data lessons to the Artemis Accords outreach in 2026."));
    String accords = "program:artemis-accords ";
    assertThat(ask(g, accords + part("agency:nasa", "lead"))).isTrue();
    assertThat(ask(g, accords + part("agency:noaa", "participant"))).isTrue();
    assertThat(ask(g, accords + part("agency:doe", "participant"))).isTrue();
    assertThat(ask(g, accords + part("agency:noaa", "partner"))).isFalse();
  }

  @Test
  void actorsListedAsSubjectOfAnUndertakingNoRuleReadsParticipate() throws IOException {
    Graph g =
        titled(
            dir,
            "generic.md",
            "Fact Sheet: Earth Observation",
            "NASA and the Department of the Interior will publish the Landsat archive for"
                + " schools.\n\n"
                + "NOAA and the Department of Energy released an update of the Artemis Accords"
                + " guidance.\n");
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "participant"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:doi", "participant"))).isTrue();
    assertThat(
            ask(
                g,
                "program:landsat spkg:qualifiedParticipation/spkg:evidence/spkg:confidence ?c ."
                    + " FILTER(?c < 0.5)"))
        .as("a low confidence")
        .isTrue();
    assertThat(ask(g, "program:artemis-accords spkg:participant ?x"))
        .as("what an update is of is no object of the verb")
        .isFalse();
  }

  @Test
  void aTitleThatActsOnAProgramGivesItsActorsTheirPartInIt() throws IOException {
    Graph g =
        factSheet(
            dir,
            "action-title.md",
            item(
                "Coordinating via Landsat",
                "NASA and NOAA published a new version of the Landsat archive website for"
                    + " teachers."));
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "partner"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "partner"))).isTrue();
  }

  @Test
  void theOpeningActorOfAFundingItemFundsIt() throws IOException {
    Graph g =
        factSheet(
            dir,
            "funding.md",
            item(
                "Research Grants for Lunar Geology",
                "NOAA is accepting proposals from university teams to study lunar samples."));
    String grants = "?i rdfs:label \"Research Grants for Lunar Geology\"@en ; ";
    assertThat(ask(g, grants + part("agency:noaa", "funder"))).isTrue();
    assertThat(ask(g, grants + part("agency:noaa", "lead"))).isFalse();
  }

  @Test
  void aRoleVerbsCapitalisedObjectWithoutNodeBecomesTheUndertaking() throws IOException {
    Graph g =
        factSheet(
            dir,
            "named.md",
            item(
                "Tidewater Sky Days",
                "NOAA is launching Tidewater Sky Days to engage coastal students in satellite"
                    + " science."),
            item(
                "Garden Kits for Classrooms",
                "NASA will kick off its Lunar Garden Kit project for 3,000 students."),
            item(
                "Meeting of Coastal Scientists",
                "NOAA, in partnership with NASA, will host the Coastal Orbit Summit in May."),
            item(
                "Rover Outreach",
                "NASA is launching the Moon rover in October. NOAA will host Secretary Jane Roe"
                    + " at the station."));
    assertThat(
            ask(
                g,
                "?u a spkg:Event ; rdfs:label \"Tidewater Sky Days\"@en ; "
                    + part("agency:noaa", "lead")))
        .isTrue();
    assertThat(
            ask(
                g,
                "?u a spkg:Program ; rdfs:label \"Lunar Garden Kit project\"@en ; "
                    + part("agency:nasa", "lead")))
        .isTrue();
    String summit = "?u rdfs:label \"Coastal Orbit Summit\"@en ; ";
    assertThat(ask(g, summit + part("agency:noaa", "host"))).isTrue();
    assertThat(ask(g, summit + part("agency:nasa", "partner"))).isTrue();
    assertThat(
            ask(
                g,
                "?u spkg:qualifiedParticipation ?p ; rdfs:label ?l . FILTER(CONTAINS(STR(?l), \"Moon\"))"))
        .as("one capitalised word and no head noun is no name")
        .isFalse();
    assertThat(
            ask(
                g,
                "?u "
                    + part("agency:noaa", "host")
                    + " FILTER NOT EXISTS { ?u rdfs:label \"Coastal Orbit Summit\"@en }"))
        .as("a person is not an undertaking")
        .isFalse();
  }
}
