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
 * Who founds, hosts, funds and belongs, on sentences written for the test: hosts and funders,
 * founders and members listed after a colon, "we" in a joint statement, lists with unknown names,
 * bodies composed of enumerated members, a coalition named in plain words, what an amount funds,
 * and names quoted with a head noun. The opening actors of an item, possessives and partnership
 * phrases have their own tests.
 */
class ParticipationRulesTest {

  @TempDir Path dir;

  @Test
  void hostsAndFunders() throws IOException {
    Graph g =
        factSheet(
            dir,
            "host-fund.md",
            "NOAA is providing $12 million for the Landsat program's coastal products.\n\n"
                + "Data from the Galileo Open Service Initiative (GOSI), hosted by Norway, will"
                + " reach Arctic users.\n\n"
                + "NOAA will host the Galileo Open Service Initiative workshop in 2026.\n");
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "funder"))).isTrue();
    assertThat(ask(g, "?p spkg:acronym \"GOSI\" ; " + part("nation:NO", "host"))).isTrue();
    assertThat(ask(g, "?p spkg:acronym \"GOSI\" ; " + part("agency:noaa", "host"))).isTrue();
  }

  @Test
  void foundersLead_andMembersListedAfterAColonJoin() throws IOException {
    Graph g =
        factSheet(
            dir,
            "founding.md",
            "The Coastal Imaging Partnership (CIP) was launched by NOAA, the U.S. Geological"
                + " Survey and NASA in 2025.\n\n"
                + "The following agencies and nations have joined the Coastal Imaging Partnership:"
                + " Canada, Mexico and the Department of Energy.\n\n"
                + "Japan is establishing the Lunar Dust Research Program (LDRP) with its"
                + " universities.\n");
    for (String lead : new String[] {"agency:noaa", "agency:usgs", "agency:nasa"}) {
      assertThat(ask(g, "?p spkg:acronym \"CIP\" ; " + part(lead, "lead"))).as(lead).isTrue();
    }
    for (String member : new String[] {"nation:CA", "nation:MX", "agency:doe"}) {
      assertThat(ask(g, "?p spkg:acronym \"CIP\" ; " + part(member, "member"))).as(member).isTrue();
    }
    assertThat(ask(g, "?p spkg:acronym \"LDRP\" ; " + part("nation:JP", "lead"))).isTrue();
  }

  @Test
  void weAndOurTwoNationsInAJointStatement_areItsParties() throws IOException {
    String text =
        "Today, we welcome the signing of the Artemis Accords, a milestone for our"
            + " cooperation.\n\nOur two nations are partnering on the Landsat program to share"
            + " land imagery.\n";
    Graph joint = titled(dir, "joint.md", "Joint Statement from the United States and Chile", text);
    for (String nation : new String[] {"nation:US", "nation:CL"}) {
      assertThat(ask(joint, "program:artemis-accords " + part(nation, "signatory")))
          .as(nation)
          .isTrue();
      assertThat(ask(joint, "program:landsat " + part(nation, "partner"))).as(nation).isTrue();
    }
    Graph sheet = titled(dir, "sheet.md", "Fact Sheet: The United States and Chile", text);
    assertThat(ask(sheet, "?t spkg:qualifiedParticipation ?p"))
        .as("not a joint statement: no parties")
        .isFalse();
  }

  @Test
  void listsWithUnknownNames_shortNames_andOriginalSignatories() throws IOException {
    Graph g =
        factSheet(
            dir,
            "lists.md",
            "The Coastal Imaging Partnership (CIP) will share shoreline imagery. Coastal was"
                + " launched by NOAA, the Gulf Shoreline Research Institute, the U.S. Geological"
                + " Survey and NASA.\n\n"
                + "Peru and Chile were original signatories of the Artemis Accords.\n\n"
                + "The following agencies and universities joined the Coastal Imaging Partnership:"
                + " Canada, Pacific Tide University, Mexico and the Department of Energy.\n");
    for (String lead : new String[] {"agency:noaa", "agency:usgs", "agency:nasa"}) {
      assertThat(ask(g, "?p spkg:acronym \"CIP\" ; " + part(lead, "lead"))).as(lead).isTrue();
    }
    for (String member : new String[] {"nation:CA", "nation:MX", "agency:doe"}) {
      assertThat(ask(g, "?p spkg:acronym \"CIP\" ; " + part(member, "member"))).as(member).isTrue();
    }
    for (String nation : new String[] {"nation:PE", "nation:CL"}) {
      assertThat(ask(g, "program:artemis-accords " + part(nation, "signatory")))
          .as(nation)
          .isTrue();
    }
  }

  @Test
  void theNationAFacilityIsBuiltInHostsIt_andACommitmentToJoinMakesAMember() throws IOException {
    Graph g =
        factSheet(
            dir,
            "host-join.md",
            "The Southern Sky Radio Observatory (SSRO) being constructed in Chile will observe"
                + " the galactic centre.\n\n"
                + "Peru is committed to joining the Southern Sky Radio Observatory next year.\n");
    assertThat(ask(g, "?p spkg:acronym \"SSRO\" ; " + part("nation:CL", "host"))).isTrue();
    assertThat(ask(g, "?p spkg:acronym \"SSRO\" ; " + part("nation:PE", "member"))).isTrue();
  }

  @Test
  void theEnumeratedParagraphsAfterComposedOfAreTheBodysMembers_andTheChairConvenesIt()
      throws IOException {
    Graph g =
        titled(
            dir,
            "composed.md",
            "Executive Order on Space Weather Readiness",
            "Sec. 3.  Membership of the National Space Council.  The Council shall consist of"
                + " the following members:\n\n"
                + "(a)  the Secretary of Energy, who shall serve as Chair of the Council;\n\n"
                + "(b)  the Director of National Intelligence; and\n\n"
                + "(c)  the Administrator of the National Aeronautics and Space Administration."
                + "\n\n"
                + "Sec. 4.  Functions.  (a)  The Council shall review space weather"
                + " forecasts with the Secretary of State.\n");
    String council = "<https://w3id.org/spkg/id/agency/nspc> ";
    String office = "<https://w3id.org/spkg/id/office/";
    assertThat(ask(g, council + part(office + "us-secretary-of-energy>", "member"))).isTrue();
    assertThat(ask(g, council + part(office + "us-secretary-of-energy>", "convener")))
        .as("who shall serve as Chair convenes the Council")
        .isTrue();
    assertThat(ask(g, council + part(office + "dni>", "member"))).isTrue();
    assertThat(ask(g, council + part(office + "nasa-administrator>", "member"))).isTrue();
    assertThat(ask(g, council + part(office + "dni>", "convener"))).isFalse();
    assertThat(ask(g, council + part(office + "us-secretary-of-state>", "member")))
        .as("the list ends at the first paragraph without an enumerator")
        .isFalse();
  }

  @Test
  void aCoalitionNamedInPlainWordsGetsItsLeadsMembersAndSupporters() throws IOException {
    Graph g =
        titled(
            dir,
            "coalition.md",
            "Fact Sheet: A Workforce for Orbit",
            "The Secretary is announcing a new coalition of satellite operators that will train"
                + " technicians. The coalition will be led by Maxar and Intuitive Machines. Other"
                + " partners will include Astrobotic, Orbital Widgets and Firefly Aerospace, and"
                + " will be joined by the Artemis Accords and its sponsors, Kestrel Works and"
                + " Relativity Space.\n\n"
                + "The coalition, with the support of Ball Aerospace, will open two training"
                + " centers.\n");
    String coalition =
        "?c a spkg:Coalition ; rdfs:label \"coalition of satellite operators\"@en ; ";
    assertThat(ask(g, coalition + part("<https://w3id.org/spkg/id/company/maxar>", "lead")))
        .isTrue();
    assertThat(
            ask(
                g,
                coalition + part("<https://w3id.org/spkg/id/company/intuitive-machines>", "lead")))
        .isTrue();
    assertThat(ask(g, coalition + part("<https://w3id.org/spkg/id/company/astrobotic>", "member")))
        .isTrue();
    assertThat(
            ask(
                g,
                coalition + part("<https://w3id.org/spkg/id/company/firefly-aerospace>", "member")))
        .isTrue();
    assertThat(ask(g, coalition + part("program:artemis-accords", "member"))).isTrue();
    assertThat(
            ask(
                g,
                coalition + part("<https://w3id.org/spkg/id/company/relativity-space>", "member")))
        .isTrue();
    assertThat(
            ask(
                g,
                coalition
                    + part("<https://w3id.org/spkg/id/company/ball-aerospace>", "contributor")))
        .isTrue();
    assertThat(
            ask(
                g,
                "program:artemis-accords "
                    + part("<https://w3id.org/spkg/id/company/relativity-space>", "funder")))
        .isTrue();
    assertThat(ask(g, coalition + part("<https://w3id.org/spkg/id/company/maxar>", "member")))
        .isFalse();
    assertThat(ask(g, "?d spkg:mentions ?c . ?c a spkg:Coalition"))
        .as("the coalition is one of the document's entities")
        .isTrue();
  }

  @Test
  void aProgramListedAmongTheFoundersLeadsToo() throws IOException {
    Graph g =
        titled(
            dir,
            "founders.md",
            "Fact Sheet: Classroom Orbits",
            "The Lunar Classroom Initiative (LCI) was launched by NASA, the Landsat program, and"
                + " NOAA.\n");
    String lci = "?i spkg:acronym \"LCI\" ; ";
    assertThat(ask(g, lci + part("agency:nasa", "lead"))).isTrue();
    assertThat(ask(g, lci + part("program:landsat", "lead"))).isTrue();
    assertThat(ask(g, lci + part("agency:noaa", "lead"))).isTrue();
  }

  @Test
  void theNameAfterAnAmountIsWhatItFunds() throws IOException {
    Graph g =
        factSheet(
            dir,
            "amount.md",
            item(
                "Grants for Young Observers",
                "NOAA announced $4M for Tidewater Sky Grants to bring satellite science to"
                    + " rural schools."),
            item(
                "Support for Engagement",
                "NASA is providing $2M to support NOAA's engagement in coastal classrooms."));
    assertThat(
            ask(g, "?u rdfs:label \"Tidewater Sky Grants\"@en ; " + part("agency:noaa", "funder")))
        .isTrue();
    assertThat(
            ask(
                g,
                "?u "
                    + part("agency:nasa", "funder")
                    + " . ?u rdfs:label ?l FILTER(CONTAINS(STR(?l), \"NOAA\"))"))
        .as("an actor after the amount is no program")
        .isFalse();
  }

  @Test
  void aSubjectWithItsAcronym_fundsWhatItInvestsIn() throws IOException {
    Graph g =
        factSheet(
            dir,
            "acronym-subject.md",
            item(
                "Coastal Sensing",
                "The National Science Foundation (NSF) will invest $40 million in a new Coastal"
                    + " Sensor Network, led by universities in Maine and Oregon."));
    assertThat(
            ask(g, "?u rdfs:label \"Coastal Sensor Network\"@en ; " + part("agency:nsf", "funder")))
        .isTrue();
  }

  @Test
  void anEventDescribedInPlainWords_isHostedByTheSubject_butNotACall() throws IOException {
    Graph g =
        factSheet(
            dir,
            "described-event.md",
            "The National Science Foundation is hosting a free regional rocketry design workshop"
                + " for teachers in May.\n\n",
            "NASA hosted a secure conference call with its lunar partners.\n\n");
    assertThat(
            ask(
                g,
                "?e a spkg:Event ; rdfs:label \"regional rocketry design workshop\"@en ; "
                    + part("agency:nsf", "host")))
        .isTrue();
    assertThat(ask(g, "?e " + part("agency:nasa", "host")))
        .as("a conference call is no conference")
        .isFalse();
  }

  @Test
  void aListElementKnownByTheAcronymInsideItsName_isInTheList() throws IOException {
    Graph g =
        factSheet(
            dir,
            "acronym-inside.md",
            "The Landsat program was launched by NOAA, the U.S. Geological Survey, and the Global"
                + " Learning and Observations to Benefit the Environment (GLOBE) Program.\n\n");
    assertThat(ask(g, "program:landsat " + part("agency:usgs", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("program:globe", "lead"))).isTrue();
  }

  @Test
  void aQuotedNameWithAHeadNoun_namesTheThingCalledAfterIt_andItsCuratorLeadsIt()
      throws IOException {
    Graph g =
        factSheet(
            dir,
            "quoted.md",
            item(
                "Satellite Imagery for Classrooms",
                "NOAA will curate a special \u201cLandsat\u201d collection of satellite images"
                    + " for middle school teachers."));
    assertThat(ask(g, "?c rdfs:label \"Landsat collection\"@en ; " + part("agency:noaa", "lead")))
        .as("the collection named after the quoted name, led by its curator")
        .isTrue();
    assertThat(ask(g, "program:landsat spkg:participant agency:noaa"))
        .as("the quoted name alone is not what NOAA curates")
        .isFalse();
  }
}
