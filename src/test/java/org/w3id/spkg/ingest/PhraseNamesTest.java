package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names the capitalised-name rule cannot see, on sentences written for the test: counted and dated
 * meetings of a body, orders and laws by number or by purpose, parts of regions, companies listed
 * with known ones, and the known names inside a name the document defines.
 */
class PhraseNamesTest {

  @TempDir Path dir;

  @Test
  void countedMeetingOfAKnownBody_isAMeeting() throws IOException {
    Graph g =
        ingest(
            "At the fourth meeting of the National Space Council, NASA will present a plan for"
                + " lunar communications satellites.");
    assertThat(
            ask(
                g,
                "?m a spkg:Meeting ; rdfs:label \"fourth meeting of the National Space"
                    + " Council\"@en . ?d spkg:mentions ?m"))
        .isTrue();
  }

  @Test
  void datedBodyMeeting_andOurBody_areMeetings() throws IOException {
    Graph g =
        ingest(
            "At the March 2026 National Space Council meeting, the partners"
                + " reviewed rover plans. Welcome to the sixth convening of our National Space"
                + " Council.");
    assertThat(
            ask(
                g,
                "?m a spkg:Meeting ; rdfs:label \"March 2026 National Space Council meeting\"@en"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?m a spkg:Meeting ; rdfs:label \"sixth convening of the National Space"
                    + " Council\"@en"))
        .isTrue();
  }

  @Test
  void meetingWithAPerson_isNoMeetingEntity() throws IOException {
    Graph g =
        ingest(
            "In their first meeting with the astronauts, the leaders discussed a joint lunar"
                + " satellite.");
    assertThat(ask(g, "?m a spkg:Meeting")).isFalse();
  }

  @Test
  void numberedOrdersAndLaws_arePolicies() throws IOException {
    Graph g =
        ingest(
            "This order revokes Executive Order 14123 on space traffic, as authorized under"
                + " Public Law 98-765 and Space Policy Directive-7.");
    assertThat(ask(g, "?p a spkg:Policy ; rdfs:label \"Executive Order 14123\"@en")).isTrue();
    assertThat(ask(g, "?p a spkg:Policy ; rdfs:label \"Public Law 98-765\"@en")).isTrue();
    assertThat(ask(g, "?p a spkg:Policy ; rdfs:label \"Space Policy Directive-7\"@en")).isTrue();
  }

  @Test
  void orderByPurpose_isAPolicyNamedByItsClause_butNotWhenCutInsideAList() throws IOException {
    Graph g =
        ingest(
            "In May 2025, the President signed an Executive Order to modernize satellite"
                + " spectrum licensing, ensuring faster approvals for launch providers. The"
                + " President also signed an Executive Order to advance safety, security, and"
                + " sustainability of orbital activities.");
    assertThat(
            ask(
                g,
                "?p a spkg:Policy ; rdfs:label \"Executive Order to modernize satellite spectrum"
                    + " licensing\"@en"))
        .isTrue();
    assertThat(ask(g, "?p a spkg:Policy ; rdfs:label \"Executive Order to advance safety\"@en"))
        .isFalse();
  }

  @Test
  void presidentSigningAnOrder_isNoSignatoryOfIt() throws IOException {
    Graph g =
        ingest(
            "Today, President Whitfield signed an Executive Order to speed up commercial launch"
                + " licensing, ensuring more launches each year.");
    assertThat(ask(g, "?p a spkg:Policy")).isTrue();
    assertThat(ask(g, "?u spkg:qualifiedParticipation ?q . ?q spkg:role ?r")).isFalse();
  }

  @Test
  void knownNameInsideALongerName_isMentionedToo() throws IOException {
    Graph g =
        ingest(
            "Next year, the NASA Lunar Robotics Consortium (NLRC) will build a small lunar"
                + " rover. NLRC students will test it.");
    assertThat(ask(g, "?c rdfs:label \"NASA Lunar Robotics Consortium\"@en")).isTrue();
    assertThat(ask(g, "?d spkg:mentions agency:nasa")).isTrue();
  }

  @Test
  void partsAndCoastsOfKnownRegions_areRegions_andTheStatesInsideAreNotMentioned()
      throws IOException {
    Graph g =
        ingest(
            "The launch company will train technicians in Northern Nevada, along Oregon’s"
                + " Pacific Coast and on the Gulf Coast of Alabama and Mississippi.");
    assertThat(ask(g, "?r a spkg:Region ; rdfs:label \"Northern Nevada\"@en")).isTrue();
    assertThat(ask(g, "?r a spkg:Region ; rdfs:label \"Oregon’s Pacific Coast\"@en")).isTrue();
    assertThat(ask(g, "?r a spkg:Region ; rdfs:label \"Gulf Coast of Alabama and Mississippi\"@en"))
        .isTrue();
    assertThat(ask(g, "?d spkg:mentions <https://w3id.org/spkg/id/region/us-nevada>")).isFalse();
  }

  @Test
  void unknownNamesListedWithKnownCompanies_areCompanies_butAnInstituteIsNot() throws IOException {
    Graph g =
        ingest(
            "Industry partners will include Orbitex, Boeing, Lockheed Martin, Zenith Training"
                + " Institute and Kestrel Dynamics to train satellite technicians.");
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Orbitex\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Kestrel Dynamics\"@en")).isTrue();
    // A name with a head word is typed by it, not as a listed company.
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Zenith Training Institute\"@en")).isFalse();
  }

  @Test
  void namesListedWithoutKnownCompanies_areNoCompanies() throws IOException {
    Graph g =
        ingest(
            "Students from Lynwood, Harlow, Eastbrook and Pinecrest will visit the satellite"
                + " operations center.");
    assertThat(ask(g, "?c a spkg:Company")).isFalse();
  }

  @Test
  void acronymOfANameWithAnAmpersand_andLettersANationAlsoHas_defineTheDocumentsOwnThing()
      throws IOException {
    Graph g =
        ingest(
            "The Ohio Science, Space, & Aviation Trust (OSSAT) is launching a satellite club."
                + " The Regional Satellite Advisor (RSA) program will train advisers on orbit.");
    assertThat(
            ask(
                g,
                "?t rdfs:label \"Ohio Science, Space, & Aviation Trust\"@en ;"
                    + " spkg:acronym \"OSSAT\""))
        .isTrue();
    assertThat(ask(g, "?p rdfs:label \"Regional Satellite Advisor\"@en ; spkg:acronym \"RSA\""))
        .isTrue();
  }

  @Test
  void whiteHouseInitiativeOnAGroup_isAnAgency_andTheGroupsAcronymNoBody() throws IOException {
    Graph g =
        ingest(
            "The White House Initiative on Tribal Space Colleges (TSC) is creating a lunar"
                + " robotics lab.");
    assertThat(
            ask(
                g,
                "?a a spkg:Agency ; rdfs:label \"White House Initiative on Tribal Space"
                    + " Colleges\"@en"))
        .isTrue();
    assertThat(ask(g, "?a rdfs:label \"Tribal Space Colleges\"@en")).isFalse();
  }

  @Test
  void pluralPossessive_isPartOfAName() throws IOException {
    Graph g = ingest("The Council will convene a Launch Operators’ Advisory Group on spaceports.");
    assertThat(
            ask(g, "?w a spkg:WorkingGroup ; rdfs:label \"Launch Operators’ Advisory Group\"@en"))
        .isTrue();
  }

  @Test
  void knownProgramAndANumber_isAMission_butNotWhenALongerNameGoesOn() throws IOException {
    Graph g =
        ingest(
            "The Vice President met the Artemis III crew. NASA released the Artemis IV Lunar"
                + " Lessons guide for teachers.");
    assertThat(ask(g, "?m a spkg:Mission ; rdfs:label \"Artemis III\"@en")).isTrue();
    assertThat(ask(g, "?m a spkg:Mission ; rdfs:label \"Artemis IV\"@en")).isFalse();
  }

  @Test
  void observanceWeek_isAnEvent_butLastWeekIsNot() throws IOException {
    Graph g =
        ingest(
            "During National Rocketry Week, NASA will open its launch sites to students. Last"
                + " Week the agency launched a weather satellite.");
    assertThat(ask(g, "?e a spkg:Event ; rdfs:label \"National Rocketry Week\"@en")).isTrue();
    assertThat(ask(g, "?e rdfs:label \"Last Week\"@en")).isFalse();
  }

  @Test
  void nameDescribedAsACompanyOrANonProfit_isOne() throws IOException {
    Graph g =
        ingest(
            "NASA will partner with Orbital Sparrow, a small satellite startup, and with Girls"
                + " Who Launch – a national STEM non-profit that runs rocketry camps.");
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Orbital Sparrow\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Actor ; rdfs:label \"Girls Who Launch\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Girls Who Launch\"@en")).isFalse();
  }

  @Test
  void clubForSomething_isAnOrganisation() throws IOException {
    Graph g =
        ingest("The Club for Young Astronomers will send student postcards to the space station.");
    assertThat(ask(g, "?c a spkg:Actor ; rdfs:label \"Club for Young Astronomers\"@en")).isTrue();
  }

  @Test
  void namesListedAfterAWordForCompanies_areCompanies() throws IOException {
    Graph g =
        ingest(
            "The Space Force will work with two Kenyan startups, 7Orbit and Savanna Sensing, on"
                + " satellite ground stations.");
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"7Orbit\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Savanna Sensing\"@en")).isTrue();
  }

  private Graph ingest(String body) throws IOException {
    return RuleFixture.ingest(
        dir, "phrases.md", "Test fact sheet", body + "\n", IngestOptions.Topic.ALL);
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
