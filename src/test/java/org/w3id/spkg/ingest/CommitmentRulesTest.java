package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.ingest.RuleFixture.ask;
import static org.w3id.spkg.ingest.RuleFixture.commitment;
import static org.w3id.spkg.ingest.RuleFixture.spaceDoc;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What actors undertake, on sentences written for the test: plans and norms labelled by their
 * clause, what a "will" outside a statement about space or work under way gives (nothing), gerund
 * items and decisions, reaffirmed principles and announced money, a fact sheet item setting
 * something up, aims and joint work, and a sentence that only describes what an undertaking names.
 * Issuers, pledges and orders have their own tests. The relevance gate is on: a "will" outside a
 * statement about space gives nothing.
 */
class CommitmentRulesTest {

  @TempDir Path dir;

  @Test
  void willAndCommitsNotTo_areAPlanAndANorm_labelledByTheClause() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA will launch a new ocean color satellite with ESA in 2027 to monitor coastal"
                + " waters from orbit. Canada commits not to conduct destructive anti-satellite"
                + " missile tests in outer space.\n");
    assertThat(
            commitment(
                g, "agency:noaa", "plan", "Launch a new ocean color satellite with ESA in 2027"))
        .isTrue();
    assertThat(commitment(g, "nation:CA", "norm", "Not to conduct destructive anti-satellite"))
        .isTrue();
  }

  @Test
  void aWillOutsideAStatementAboutSpace_orWorkUnderWay_givesNoCommitment() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "NASA will send a crewed mission to lunar orbit in 2028 with its international"
                + " partners.\n\n"
                + "Separately, the United States will expand agricultural trade with its"
                + " neighbours.\n\n"
                + "NASA is developing a new lunar rover for the astronauts of its crewed"
                + " missions.\n");
    assertThat(commitment(g, "agency:nasa", "plan", "Send a crewed mission")).isTrue();
    assertThat(ask(g, "?c spkg:issuer nation:US")).as("trade is not about space").isFalse();
    assertThat(ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(CONTAINS(?l, \"rover\"))"))
        .as("work under way is no undertaking")
        .isFalse();
  }

  @Test
  void gerundItemsOfAJointFactSheet_andADecisionOf_arePlansOfTheirActors() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Fact Sheet: The United States and Brazil Deepen Space Cooperation",
            "The United States and Brazil are launching new initiatives in the following"
                + " domains:\n\n"
                + "-   Expanding the exchange of Earth observation satellite data for forest"
                + " monitoring.\n"
                + "-   Welcoming the launch of a Brazilian weather satellite last year.\n\n"
                + "The leaders welcomed the decision of NASA to host Brazilian engineers at a"
                + " lunar lander test facility next year.\n");
    assertThat(commitment(g, "nation:BR", "plan", "Expanding the exchange of Earth observation"))
        .isTrue();
    // (the launch it welcomes is a past event of the date rules, labelled with its clause)
    assertThat(
            ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(STRSTARTS(?l, \"Welcoming\"))"))
        .as("a welcome is no undertaking")
        .isFalse();
    assertThat(commitment(g, "agency:nasa", "plan", "Host Brazilian engineers")).isTrue();
  }

  @Test
  void aSubordinateClause_andAContributionListedAfterAnother_giveNoCommitment() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "As the United States continues to lead lunar exploration, NASA will publish a"
                + " lunar science plan.  Italy is building a habitation module, Japan will"
                + " provide a pressurized rover for lunar surface missions.\n");
    assertThat(commitment(g, "agency:nasa", "plan", "Publish a lunar science plan")).isTrue();
    assertThat(ask(g, "?c a spkg:Commitment ; spkg:issuer nation:US")).isFalse();
    assertThat(ask(g, "?c a spkg:Commitment ; spkg:issuer nation:JP")).isFalse();
  }

  @Test
  void reaffirmedPrinciples_areANorm_moneyAnnounced_aPledge_andAQuotedWe_nothing()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "The leaders reaffirmed the principles of the Outer Space Treaty on the peaceful use"
                + " of outer space.  NASA announced $3 million for satellite engineering"
                + " scholarships.  NOAA, with the Brazilian space agency, will calibrate weather"
                + " satellites over the Amazon.  The Vice President said that “we will fly to"
                + " Mars together one day.”\n");
    assertThat(commitment(g, "nation:BR", "norm", "Principles of the Outer Space Treaty")).isTrue();
    assertThat(commitment(g, "agency:nasa", "pledge", "$3 million for satellite")).isTrue();
    assertThat(commitment(g, "agency:noaa", "plan", "Calibrate weather satellites")).isTrue();
    assertThat(ask(g, "?c rdfs:label ?l . FILTER(CONTAINS(?l, \"Mars\"))"))
        .as("a quotation's we is its speaker")
        .isFalse();
  }

  @Test
  void anActorsDecisionOrAnnouncement_isItsPlan_unlessItOpensTheSentence() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "The United States welcomes Brazil’s decision to build a lunar seismometer, following"
                + " NASA’s announcement of new lunar landers.  The partnership is exemplified by"
                + " NOAA’s announcement of a joint ocean color satellite mission.\n\n"
                + "Brazil’s decision to sign the Artemis Accords reflects its long record of"
                + " cooperation in space.\n");
    assertThat(
            ask(
                g,
                "?c spkg:issuer nation:BR ; spkg:commitmentKind kind:plan ; rdfs:label \"Build a"
                    + " lunar seismometer\"@en"))
        .as("the clause ends before 'following the'")
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "New lunar landers")).isTrue();
    assertThat(commitment(g, "agency:noaa", "plan", "A joint ocean color satellite")).isTrue();
    assertThat(ask(g, "?c rdfs:label ?l . FILTER(STRSTARTS(?l, \"Sign the Artemis\"))"))
        .as("a decision that opens the sentence is what the sentence describes")
        .isFalse();
  }

  @Test
  void aFactSheetItemSettingSomethingUp_isAPlan_butProseReportingWorkIsNot() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "The Administration is taking new steps on space weather:\n\n"
                + "-   **Orbital Weather Fellows:** NOAA is establishing the Orbital Weather"
                + " Fellows program to train forecasters of solar storms for satellite"
                + " operators.\n"
                + "-   **Lunar Dust Lab:** The National Science Foundation (in Alexandria) is"
                + " creating the Lunar Dust Lab to study regolith for lunar landers.\n\n"
                + "NASA is creating a new archive of Mars rover images for researchers.\n");
    assertThat(commitment(g, "agency:noaa", "plan", "Establishing the Orbital Weather Fellows"))
        .isTrue();
    assertThat(commitment(g, "agency:nsf", "plan", "Creating the Lunar Dust Lab"))
        .as("a parenthesis between the subject and its verb")
        .isTrue();
    assertThat(ask(g, "?c spkg:issuer agency:nasa ; a spkg:Commitment"))
        .as("prose that reports what is under way gives nothing")
        .isFalse();
  }

  @Test
  void theSecondOfTwoContributionsJoinedByWhile_andTheEndOfDeeperCooperation_arePlans()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "Brazil will build a lunar communications relay, while the United States will"
                + " provide launch services for the relay on a future lunar mission. NASA is"
                + " deepening cooperation with NOAA to expand the planned ocean wind satellite"
                + " mission. NOAA is deepening its ties with ESA in space weather.\n");
    assertThat(commitment(g, "nation:BR", "plan", "Build a lunar communications relay")).isTrue();
    assertThat(commitment(g, "nation:US", "plan", "Provide launch services for the relay"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Expand the planned ocean wind satellite"))
        .isTrue();
    assertThat(ask(g, "?c spkg:issuer agency:noaa ; a spkg:Commitment"))
        .as("closer ties with no end named give nothing")
        .isFalse();
  }

  @Test
  void whatTheLeadersCallFor_andTheCourseTheySet_arePlansOfTheParties() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "The leaders called for expanded cooperation on satellite navigation and space weather"
                + " research. The two leaders set a course to expand joint lunar science missions"
                + " over the coming decade. Both sides called for stronger commercial space"
                + " cooperation and welcomed the new export rules for satellite parts.\n");
    assertThat(commitment(g, "nation:US", "plan", "Expanded cooperation on satellite navigation"))
        .isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Expanded cooperation on satellite navigation"))
        .isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Expand joint lunar science missions")).isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Stronger commercial space cooperation"))
        .isTrue();
    assertThat(ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(CONTAINS(?l, \"welcomed\"))"))
        .isFalse();
  }

  @Test
  void jointWorkTowardsATarget_isAPlan_butJointWorkWithoutOneReportsWhatIsUnderWay()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA is working with European partners to cut the energy use of its satellite ground"
                + " stations by 40% by 2030. NASA is working with ESA to develop a lunar"
                + " communications relay satellite.\n");
    assertThat(commitment(g, "agency:noaa", "plan", "Cut the energy use of its satellite"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Develop a lunar communications")).isFalse();
  }

  @Test
  void anAimSetOffByACommaAfterAnUndertaking_isAPlanOfItsOwn_butABoundAimIsNot()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "The leaders welcomed the announcement by NASA to provide training to Brazilian"
                + " astronauts at the Johnson Space Center, with a goal of flying a joint mission to"
                + " the International Space Station in 2027. We remain committed to fostering"
                + " cooperation on space situational awareness with the goal of improving the safety"
                + " of orbital operations.\n");
    assertThat(commitment(g, "agency:nasa", "plan", "Provide training to Brazilian astronauts"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Flying a joint mission to the")).isTrue();
    assertThat(commitment(g, "nation:BR", "pledge", "Fostering cooperation on space")).isTrue();
    assertThat(commitment(g, "nation:BR", "pledge", "Improving the safety")).isFalse();
  }

  @Test
  void aSentenceThatOnlyDescribesWhatAnUndertakingNames_completesItsLabel() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA will launch the Ocean Watch satellite program. This is a three-year campaign to map coral reefs from"
                + " orbit with small satellites. NASA will fly two small satellites over the"
                + " Arctic. This is why the agencies share ground stations.\n");
    assertThat(
            commitment(
                g,
                "agency:noaa",
                "plan",
                "Launch the Ocean Watch satellite program, a three-year campaign to map coral"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Fly two small satellites over the Arctic"))
        .isTrue();
    assertThat(ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(CONTAINS(?l, \"why\"))"))
        .isFalse();
  }
}
