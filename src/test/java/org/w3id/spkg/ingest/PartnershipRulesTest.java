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
 * Partners named by the phrase that names their partnership, on sentences written for the test:
 * cooperation on an unnamed undertaking, a name two actors open with a hyphen, partners in a clause
 * with unknown names, collaborating to develop a name, "partner with" and "a partnership between".
 */
class PartnershipRulesTest {

  @TempDir Path dir;

  @Test
  void partiesCooperatingOnAnUnnamedUndertakingArePartnersInANodeForIt() throws IOException {
    Graph g =
        titled(
            dir,
            "cooperation-on.md",
            "Joint Statement of Canada and Norway",
            "Canada and Norway plan to deepen cooperation on polar ice monitoring to protect"
                + " Arctic shipping routes.\n\n"
                + "We also announce bilateral collaboration on a lunar dust mitigation experiment"
                + " for future landers.\n\n"
                + "Canada and Norway will collaborate on ESA\u2019s polar relay satellite, PRS-2,"
                + " which will carry lunar mail.\n\n"
                + "Canada and Norway continue to collaborate on promoting open data.\n");
    for (String label :
        new String[] {
          "polar ice monitoring", "lunar dust mitigation experiment", "polar relay satellite"
        }) {
      String node = "?u rdfs:label \"" + label + "\"@en ; ";
      assertThat(ask(g, node + part("nation:CA", "partner"))).as(label).isTrue();
      assertThat(ask(g, node + part("nation:NO", "partner"))).as(label).isTrue();
    }
    assertThat(ask(g, "?u rdfs:label \"polar relay satellite\"@en ; skos:altLabel \"PRS-2\"@en"))
        .as("the short name set off by commas")
        .isTrue();
    assertThat(
            ask(
                g,
                "?u rdfs:label \"polar relay satellite\"@en ; "
                    + part("<https://w3id.org/spkg/id/organization/esa>", "lead")))
        .as("whose it is leads it")
        .isTrue();
    assertThat(ask(g, "?u rdfs:label ?l . FILTER(CONTAINS(?l, \"open data\"))"))
        .as("an activity is no undertaking")
        .isFalse();
  }

  @Test
  void twoActorsOpeningANameWithAHyphenArePartnersOrMembersOrBuilders() throws IOException {
    Graph g =
        titled(
            dir,
            "compound.md",
            "Fact Sheet: Northern Partners",
            "The U.S.-Norway Polar Joint Working Group met in Oslo in March.\n\n"
                + "The U.S.-Brazil Space Dialogue will meet again in 2026.\n\n"
                + "The NASA-JAXA Lunar Dust Telescope (LDT), a jointly developed instrument, will"
                + " fly in 2027.\n\n"
                + "Building on the 2023 U.S.-Peru Framework Agreement, the two nations met.\n");
    String group = "?g rdfs:label \"U.S.-Norway Polar Joint Working Group\"@en ; ";
    assertThat(ask(g, group + part("nation:US", "member"))).isTrue();
    assertThat(ask(g, group + part("nation:NO", "member"))).isTrue();
    String dialogue = "?d rdfs:label \"U.S.-Brazil Space Dialogue\"@en ; ";
    assertThat(ask(g, dialogue + "spkg:participant nation:BR"))
        .as("two nations' names are a bilateral label; only their group is surely theirs")
        .isFalse();
    String dust = "?e spkg:acronym \"LDT\" ; ";
    assertThat(ask(g, dust + part("agency:nasa", "builder"))).isTrue();
    assertThat(ask(g, dust + part("agency:jaxa", "builder"))).isTrue();
    assertThat(
            ask(
                g,
                "?a rdfs:label ?l ; spkg:participant nation:PE . FILTER(CONTAINS(?l, \"Peru\"))"))
        .as("citing an agreement says nothing of who signed it")
        .isFalse();
  }

  @Test
  void partnersNamedInAClauseWithUnknownNamesArePartners() throws IOException {
    Graph g =
        titled(
            dir,
            "in-partnership.md",
            "Fact Sheet: Classroom Orbits",
            "NASA, in partnership with Orbital Widgets and the National Oceanic and Atmospheric"
                + " Administration (NOAA), is expanding the Landsat archive for schools.\n");
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "partner"))).isTrue();
  }

  @Test
  void actorsCollaboratingToDevelopANameArePartnersInIt() throws IOException {
    Graph g =
        factSheet(
            dir,
            "together.md",
            item(
                "Coastal Learning",
                "To widen access, NOAA, the National Aeronautics and Space Administration (NASA)"
                    + " and the National Science Foundation are collaborating through a consortium"
                    + " of museums to develop Tide4Schools, a three-year campaign."),
            item(
                "Harbor Learning",
                "NOAA is collaborating through a consortium to develop Harbor4Kids, a game."));
    String tide = "?u rdfs:label \"Tide4Schools\"@en ; ";
    assertThat(ask(g, tide + part("agency:noaa", "partner"))).isTrue();
    assertThat(ask(g, tide + part("agency:nasa", "partner"))).isTrue();
    assertThat(ask(g, tide + part("agency:nsf", "partner"))).isTrue();
    assertThat(ask(g, "?u rdfs:label \"Harbor4Kids\"@en ; spkg:qualifiedParticipation ?p"))
        .as("one actor alone is no partnership")
        .isFalse();
  }

  @Test
  void partnersNamedAfterPartnerWith_joinTheProgramOfTheToClause_elseTheOneTheItemLaunched()
      throws IOException {
    Graph g =
        factSheet(
            dir,
            "partner-with.md",
            item(
                "Rocketry Weekends for Rural Schools",
                "The National Science Foundation is launching Rocketry Weekends to bring model"
                    + " rocketry to rural schools. In the spring, NSF will also partner with"
                    + " federal agencies, including NOAA and the U.S. Geological Survey, to"
                    + " host launch days for families."),
            item(
                "Coastal Imagery",
                "The Department of the Interior will partner with NASA to extend the Landsat"
                    + " program over coastal wetlands."),
            item(
                "Harbor Sensors",
                "The Department of Energy partnered with NOAA and the Gulf Harbor Authority of"
                    + " Nowhere Bay to install tide sensors."));
    String weekends = "?u rdfs:label \"Rocketry Weekends\"@en ; ";
    assertThat(ask(g, weekends + part("agency:noaa", "partner"))).isTrue();
    assertThat(ask(g, weekends + part("agency:usgs", "partner"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "partner"))).isTrue();
    assertThat(
            ask(
                g,
                "?x "
                    + part("agency:noaa", "partner")
                    + " FILTER(!CONTAINS(STR(?x), \"rocketry\"))"))
        .as("a list that goes on with names no one knows is not read")
        .isFalse();
  }

  @Test
  void actorsOfAPartnershipBetween_arePartnersInIt_orInTheProgramItDescribes() throws IOException {
    Graph g =
        factSheet(
            dir,
            "between.md",
            item(
                "Flood Mapping",
                "NOAA is launching a new partnership between the U.S. Geological Survey and two"
                    + " Kenyan startups, the Kenya Space Agency and NASA, on flood mapping."),
            item(
                "Station Science",
                "The International Space Station, a joint effort between NASA and the European"
                    + " Space Agency, will host a new set of ocean sensors."),
            item(
                "Sea Ice",
                "The collaboration between NOAA and the Canadian Space Agency has grown to"
                    + " include sea ice charts."));
    String flood =
        "?u rdfs:label \"partnership between the U.S. Geological Survey and two Kenyan startups\"@en ; ";
    assertThat(ask(g, flood + part("agency:usgs", "partner"))).isTrue();
    assertThat(ask(g, flood + part("agency:nasa", "partner"))).isTrue();
    assertThat(ask(g, "program:iss " + part("agency:nasa", "partner"))).isTrue();
    assertThat(
            ask(
                g,
                "?u rdfs:label \"collaboration between NOAA and the Canadian Space Agency\"@en ; "
                    + part("agency:noaa", "partner")))
        .as("the phrase ends before its verb")
        .isTrue();
  }
}
