package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the actors opening an item take part and in what role, on sentences written for the test:
 * the undertaking the sentence names as its object rather than the item's title, one actor as the
 * lead and several as partners, announcers as participants, no participation in a title that
 * describes an action, and signatories of "X's signing of" and "intend to sign".
 */
class ParticipationRulesTest {

  @TempDir Path dir;

  @Test
  void theOpeningActorLeadsTheProgramItsSentenceNames_notTheActionTitle() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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
        ingest(
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
        ingest(
            "unnamed.md",
            "NOAA is working with international partners to extend the Landsat record of"
                + " coastal change.\n");
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "partner"))).isFalse();
  }

  @Test
  void aCompoundModifierIsNotTheSubject() throws IOException {
    Graph g =
        ingest(
            "modifier.md",
            item(
                "Arctic Relay Payloads",
                "U.S.-Canada cooperation made possible the hosting of two relay payloads on"
                    + " Canadian satellites."));
    assertThat(ask(g, "?i spkg:ledBy ?x")).isFalse();
    assertThat(ask(g, "?i spkg:participant nation:CA")).isFalse();
  }

  @Test
  void possessiveSigningAndIntentToSign_makeSignatories() throws IOException {
    Graph g =
        ingest(
            "signing.md",
            "The Secretary of State welcomed Peru's signing of the Artemis Accords last week.\n\n"
                + "Chile and Uruguay intend to sign the Artemis Accords in the coming months.\n");
    for (String nation : new String[] {"PE", "CL", "UY"}) {
      assertThat(ask(g, "program:artemis-accords " + part("nation:" + nation, "signatory")))
          .as(nation)
          .isTrue();
    }
  }

  @Test
  void aTitleNamingAnAcronymIsAlsoCalledByTheNameAlone() throws IOException {
    Graph g =
        ingest(
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
  void hostsAndFunders() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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
    Graph joint =
        ingestTitled("joint.md", "Joint Statement from the United States and Chile", text);
    for (String nation : new String[] {"nation:US", "nation:CL"}) {
      assertThat(ask(joint, "program:artemis-accords " + part(nation, "signatory")))
          .as(nation)
          .isTrue();
      assertThat(ask(joint, "program:landsat " + part(nation, "partner"))).as(nation).isTrue();
    }
    Graph sheet = ingestTitled("sheet.md", "Fact Sheet: The United States and Chile", text);
    assertThat(ask(sheet, "?t spkg:qualifiedParticipation ?p"))
        .as("not a joint statement: no parties")
        .isFalse();
  }

  @Test
  void listsWithUnknownNames_shortNames_andOriginalSignatories() throws IOException {
    Graph g =
        ingest(
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
  void whosePrograms_lead_andWhoseSatelliteSystems_own() throws IOException {
    Graph g =
        ingest(
            "possessive.md",
            "Students will follow NOAA's Landsat program and Japan's Quasi-Zenith Satellite System"
                + " in class, and discuss Peru's Artemis Accords commitments.\n");
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "lead"))).isTrue();
    assertThat(ask(g, "program:qzss " + part("nation:JP", "owner"))).isTrue();
    assertThat(ask(g, "program:artemis-accords spkg:participant nation:PE"))
        .as("an agreement is no one's own")
        .isFalse();
  }

  @Test
  void theNationAFacilityIsBuiltInHostsIt_andACommitmentToJoinMakesAMember() throws IOException {
    Graph g =
        ingest(
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
        ingestTitled(
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
  void theActorsWhoseExpertsOpenAnItemTakePartInIt_noneLeads() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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
  void partiesCooperatingOnAnUnnamedUndertakingArePartnersInANodeForIt() throws IOException {
    Graph g =
        ingestTitled(
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
  void aCoalitionNamedInPlainWordsGetsItsLeadsMembersAndSupporters() throws IOException {
    Graph g =
        ingestTitled(
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
  void actorsListedAsSubjectOfAnUndertakingNoRuleReadsParticipate() throws IOException {
    Graph g =
        ingestTitled(
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
  void aPossessiveRoleNounGivesThePossessorItsRole() throws IOException {
    Graph g =
        ingestTitled(
            "possessive-role.md",
            "Fact Sheet: Partners in Orbit",
            "The Secretary welcomed Chile\u2019s observation of the Artemis Accords review.\n\n"
                + "Under NOAA\u2019s leadership of the Landsat program, archives will open.\n\n"
                + "The ministers noted Japan\u2019s participation in NASA\u2019s Gateway.\n\n"
                + "Exploring opportunities for Peru\u2019s participation in the Artemis Accords.\n");
    assertThat(ask(g, "program:artemis-accords " + part("nation:CL", "observer"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "lead"))).isTrue();
    assertThat(ask(g, "program:gateway " + part("nation:JP", "participant"))).isTrue();
    assertThat(ask(g, "program:artemis-accords spkg:participant nation:PE"))
        .as("what may come is no participation")
        .isFalse();
  }

  @Test
  void twoActorsOpeningANameWithAHyphenArePartnersOrMembersOrBuilders() throws IOException {
    Graph g =
        ingestTitled(
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
  void aTitleThatActsOnAProgramGivesItsActorsTheirPartInIt() throws IOException {
    Graph g =
        ingest(
            "action-title.md",
            item(
                "Coordinating via Landsat",
                "NASA and NOAA published a new version of the Landsat archive website for"
                    + " teachers."));
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "partner"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "partner"))).isTrue();
  }

  @Test
  void partnersNamedInAClauseWithUnknownNamesArePartners() throws IOException {
    Graph g =
        ingestTitled(
            "in-partnership.md",
            "Fact Sheet: Classroom Orbits",
            "NASA, in partnership with Orbital Widgets and the National Oceanic and Atmospheric"
                + " Administration (NOAA), is expanding the Landsat archive for schools.\n");
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:noaa", "partner"))).isTrue();
  }

  @Test
  void aProgramListedAmongTheFoundersLeadsToo() throws IOException {
    Graph g =
        ingestTitled(
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
  void theOpeningActorOfAFundingItemFundsIt() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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

  @Test
  void theNameAfterAnAmountIsWhatItFunds() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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
  void actorsCollaboratingToDevelopANameArePartnersInIt() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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
  void ledCompoundsCopularOwnersBuildersAndOperators() throws IOException {
    Graph g =
        ingest(
            "led-and-built.md",
            "NOAA will brief its partners on the Japan-led Quasi-Zenith Satellite System upgrade.\n\n",
            "The Landsat program is NASA's longest-running record of the land surface.\n\n",
            "The Lunar Gateway was built by the European Space Agency and its partners.\n\n",
            "The International Space Station was operated by NASA for two decades.\n\n",
            "The Artemis Accords, built by Japan and Canada, set shared principles.\n\n",
            "In 2020, NOAA led the development of the Copernicus programme's ocean products.\n\n");
    assertThat(ask(g, "program:qzss " + part("nation:JP", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("agency:nasa", "lead"))).isTrue();
    assertThat(
            ask(
                g,
                "program:gateway "
                    + part("<https://w3id.org/spkg/id/organization/esa>", "builder")))
        .isTrue();
    assertThat(ask(g, "program:iss " + part("agency:nasa", "operator"))).isTrue();
    assertThat(ask(g, "program:artemis-accords spkg:qualifiedParticipation ?p"))
        .as("an agreement is no one's build")
        .isFalse();
    assertThat(ask(g, "program:copernicus " + part("agency:noaa", "lead"))).isTrue();
  }

  @Test
  void actorsOfAPartnershipBetween_arePartnersInIt_orInTheProgramItDescribes() throws IOException {
    Graph g =
        ingest(
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

  @Test
  void anOwnersNamedProgramWithNoNode_isLedOrOwnedByIt_butNotItsAwardsOrFields()
      throws IOException {
    Graph g =
        ingest(
            "possessive-named.md",
            "NOAA will invite young engineers to NASA's biannual Orbital Systems Design Course"
                + " in Houston.\n\n",
            "The data will come from NSF's Polar Magnetometer Facility in Alaska.\n\n",
            "She received NASA's Distinguished Public Service Medal in 2019.\n\n",
            "NASA and NOAA will collaborate on JAXA's Ocean Color Mission data.\n\n");
    assertThat(
            ask(
                g,
                "?u rdfs:label \"Orbital Systems Design Course\"@en ; "
                    + part("agency:nasa", "lead")))
        .isTrue();
    assertThat(
            ask(
                g,
                "?u rdfs:label \"Polar Magnetometer Facility\"@en ; "
                    + part("agency:nsf", "owner")))
        .isTrue();
    assertThat(
            ask(
                g,
                "?u rdfs:label ?l ; "
                    + part("agency:nasa", "lead")
                    + " FILTER(CONTAINS(?l, \"Medal\"))"))
        .as("an award is no program")
        .isFalse();
    assertThat(ask(g, "?u " + part("agency:jaxa", "owner")))
        .as("cooperation-on reads what follows 'collaborate on'")
        .isFalse();
  }

  @Test
  void actorsBeforeAJointPossessive_arePartnersInTheWorkItNames() throws IOException {
    Graph g =
        ingest(
            "joint-possessive.md",
            "The new sensors build on NOAA and the Canadian Space Agency's longstanding sea ice"
                + " monitoring cooperation.\n\n",
            "NASA's strong partnership with industry continues.\n\n");
    String ice = "?u rdfs:label \"sea ice monitoring cooperation\"@en ; ";
    assertThat(ask(g, ice + part("agency:noaa", "partner"))).isTrue();
    assertThat(ask(g, "?u " + part("agency:nasa", "partner")))
        .as("one actor's partnership names no partner")
        .isFalse();
  }

  @Test
  void anEventDescribedInPlainWords_isHostedByTheSubject_butNotACall() throws IOException {
    Graph g =
        ingest(
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
        ingest(
            "acronym-inside.md",
            "The Landsat program was launched by NOAA, the U.S. Geological Survey, and the Global"
                + " Learning and Observations to Benefit the Environment (GLOBE) Program.\n\n");
    assertThat(ask(g, "program:landsat " + part("agency:usgs", "lead"))).isTrue();
    assertThat(ask(g, "program:landsat " + part("program:globe", "lead"))).isTrue();
  }

  @Test
  void theSubjectsOwnEventOrProgram_isConvenedOrLedByIt() throws IOException {
    Graph g =
        ingest(
            "own-pronoun.md",
            item(
                "Satellite Investment",
                "The Department of Commerce will hold a session on satellites during its annual"
                    + " SelectUSA Investment Summit in June."),
            item(
                "Imagery",
                "NOAA and NASA will publish imagery of the Landsat program, and NOAA will expand"
                    + " its Artemis program outreach."));
    assertThat(
            ask(
                g,
                "?e rdfs:label \"SelectUSA Investment Summit\"@en ; "
                    + part("agency:doc", "convener")))
        .isTrue();
    assertThat(ask(g, "program:artemis " + part("agency:noaa", "lead")))
        .as("'its' after a subject of two actors names no owner")
        .isFalse();
  }

  @Test
  void aQuotedNameWithAHeadNoun_namesTheThingCalledAfterIt_andItsCuratorLeadsIt()
      throws IOException {
    Graph g =
        ingest(
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

  @Test
  void whoseAnnouncementOrLaunchOfAProgramItIs_leadsIt() throws IOException {
    Graph g =
        ingest(
            "action.md",
            item(
                "Coastal Monitoring",
                "The leaders welcomed NOAA\u2019s announcement of the Coastal Dune Sensor Network,"
                    + " a set of buoys that will report storm surges to local forecasters."),
            item(
                "Lunar Science",
                "President Biden\u2019s announcement of the Lunar Regolith Survey drew praise from"
                    + " scientists in Japan."));
    assertThat(
            ask(
                g,
                "?n rdfs:label \"Coastal Dune Sensor Network\"@en ; "
                    + part("agency:noaa", "lead")))
        .as("the agency whose announcement of the program it is leads it")
        .isTrue();
    assertThat(
            ask(
                g,
                "?n rdfs:label ?l ; spkg:qualifiedParticipation ?p FILTER(STRSTARTS(?l, \"Lunar"
                    + " Regolith\"))"))
        .as("a person's announcement makes no one lead")
        .isFalse();
  }

  private static String part(String agent, String role) {
    return "spkg:qualifiedParticipation [ spkg:agent " + agent + " ; spkg:role role:" + role + " ]";
  }

  private static String item(String title, String text) {
    return "-   **" + title + ":** " + text + "\n";
  }

  private Graph ingest(String name, String... body) throws IOException {
    return ingestTitled(
        name,
        "Test fact sheet",
        "The Vice President is announcing the following initiatives:\n\n" + String.join("", body));
  }

  private Graph ingestTitled(String name, String title, String body) throws IOException {
    return RuleFixture.ingest(dir, name, title, body, IngestOptions.Topic.ALL);
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
