package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.ingest.RuleFixture.ask;
import static org.w3id.spkg.ingest.RuleFixture.commitment;
import static org.w3id.spkg.ingest.RuleFixture.spaceDoc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who issues an undertaking, on sentences written for the test: "we" and "they" in a joint
 * statement, who vowed or promised a quotation, a subject that refers back, an unknown name or an
 * acronym opening a bold-led item, a coalition named in plain words, and the short name an item
 * gives its actor. The relevance gate is on.
 */
class IssuerRulesTest {

  @TempDir Path dir;

  @Test
  void weInAJointStatement_isTheDocumentsParties() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "We intend to expand cooperation on Earth observation satellites and lunar"
                + " exploration.\n");
    assertThat(commitment(g, "nation:US", "plan", "Expand cooperation on Earth observation"))
        .isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Expand cooperation on Earth observation"))
        .isTrue();
  }

  @Test
  void aVowOrAPromisedQuotation_isAPledgeOfWhoPromised_andTheSpeakersPartnerIsAnIssuer()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Remarks by the Vice President at a Space Industry Summit",
            "President Ada Lovelace vowed to build a permanent science station on the Moon.\n\n"
                + "-   President Ada Lovelace promised that “We will send a crewed rover across"
                + " the lunar south pole before the decade is out.”\n\n"
                + "President Ada Lovelace and I are committed to opening lunar landing sites to"
                + " the scientists of every partner nation.\n\n"
                + "Two years ago, I invited every nation to join our commitment not to test"
                + " anti-satellite missiles that create orbital debris.\n");
    assertThat(lovelacePledge(g, "Build a permanent science station")).isTrue();
    assertThat(lovelacePledge(g, "Send a crewed rover across the lunar")).isTrue();
    assertThat(lovelacePledge(g, "Opening lunar landing sites")).isTrue();
    assertThat(commitment(g, "nation:US", "norm", "Not to test anti-satellite missiles")).isTrue();
  }

  @Test
  void theyInAJointStatement_everyDecisionOfASentence_convening_andUpholdingTheLaw()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Joint Statement from the United States and Brazil",
            "The leaders discussed cooperation in space.  They also committed to open their"
                + " satellite ground stations to each other's Earth observation missions.\n\n"
                + "They welcomed the decision of NOAA to share ocean satellite data with Brazil,"
                + " and the announcement by NASA to train Brazilian astronauts at its lunar"
                + " simulation facility.\n\n"
                + "Next year, NASA will convene American and Brazilian lunar lander companies in"
                + " Houston.  NOAA will convene the first meeting of the space weather working"
                + " group.\n\n"
                + "We reaffirm the importance of upholding the existing international legal"
                + " framework for outer space, including the Outer Space Treaty.\n\n"
                + "The leaders announced a shared goal for a Brazilian astronaut to fly to the"
                + " lunar Gateway.\n");
    assertThat(commitment(g, "nation:BR", "pledge", "Open their satellite ground stations"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:issuer agency:noaa ; rdfs:label \"Share ocean satellite data with"
                    + " Brazil\"@en"))
        .as("a decision's clause ends where the next one's noun begins")
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Train Brazilian astronauts")).isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Convene American and Brazilian")).isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:issuer agency:noaa ; rdfs:label ?l . FILTER(CONTAINS(?l, \"meeting\"))"))
        .as("convening a meeting is no undertaking")
        .isFalse();
    assertThat(commitment(g, "nation:US", "norm", "Importance of upholding the existing")).isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "A Brazilian astronaut to fly to the lunar"))
        .isTrue();
  }

  @Test
  void aSubjectThatRefersBack_standsForTheActorsThatOpenTheItem_orTheThingItNames()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Lunar Robotics Lessons:** The Department of Energy and NOAA are announcing"
                + " a series of lessons on lunar robotics. The agencies are preparing a summer"
                + " camp on satellite design for rural students.\n"
                + "-   **Orbital Debris Lab:** NASA is creating the Orbital Debris Research Lab."
                + " In June, the Lab will publish a free catalogue of debris tracking tools for"
                + " teachers.\n"
                + "-   **Rocketry Scholarships:** NSF, through its Graduate Research Fellowship,"
                + " is funding scholarships for students of rocket propulsion.\n");
    assertThat(commitment(g, "agency:doe", "pledge", "Preparing a summer camp")).isTrue();
    assertThat(commitment(g, "agency:noaa", "pledge", "Preparing a summer camp")).isTrue();
    assertThat(
            ask(
                g,
                "?c a spkg:Commitment ; spkg:issuer ?lab ; rdfs:label ?l . ?lab rdfs:label"
                    + " \"Orbital Debris Research Lab\"@en . FILTER(STRSTARTS(?l, \"Publish a free"
                    + " catalogue\"))"))
        .isTrue();
    assertThat(commitment(g, "agency:nsf", "pledge", "Funding scholarships")).isTrue();
    Graph apposed =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA, the nation’s weather and ocean agency, will launch two polar orbiting"
                + " satellites in 2028.  NASA, ESA and JAXA will fly a joint comet mission.\n");
    assertThat(commitment(apposed, "agency:noaa", "plan", "Launch two polar orbiting")).isTrue();
    assertThat(commitment(apposed, "agency:nasa", "plan", "Fly a joint comet mission")).isTrue();
    assertThat(
            commitment(
                apposed,
                "<https://w3id.org/spkg/id/organization/esa>",
                "plan",
                "Fly a joint comet mission"))
        .isTrue();
  }

  @Test
  void anUnknownNameThatOpensABoldLedItem_isTheIssuerOfItsPledge() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Orbitrex Systems** will offer paid summer internships in satellite"
                + " operations to 200 community college students.\n"
                + "-   **Rocketry Kits for Rural Schools:** Skyward Learning Collaborative will"
                + " provide 5,000 model rocket kits to rural middle schools for space science.\n"
                + "-   **Zorblax** will train 300 high school teachers in rocketry and orbital"
                + " mechanics.\n"
                + "-   **Stargazing Cartoons:** Pibbo, a streaming channel for preschool children,"
                + " will release ten animated episodes about the Moon and the planets.\n"
                + "-   **Satellite Data Camp:** Students will learn to read satellite images of"
                + " Earth from space.\n");
    assertThat(namedPledge(g, "Orbitrex Systems", "Offer paid summer internships")).isTrue();
    assertThat(namedPledge(g, "Skyward Learning Collaborative", "Provide 5,000 model rocket"))
        .isTrue();
    assertThat(namedPledge(g, "Zorblax", "Train 300 high school teachers"))
        .as("a one-word bold title")
        .isTrue();
    assertThat(namedPledge(g, "Pibbo", "Release ten animated episodes"))
        .as("a one-word name an appositive describes")
        .isTrue();
    assertThat(ask(g, "?e rdfs:label \"Students\"@en")).as("a plain word is no name").isFalse();
  }

  private boolean namedPledge(Graph g, String issuer, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ; rdfs:label ?l ."
            + " ?p rdfs:label \""
            + issuer
            + "\"@en . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }

  @Test
  void anAcronymOpeningTheBodyOfAnItemWhoseTitleEndsWithTheName_isTheIssuer() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **5,000 Weather Balloon Kits: National Oceanic and Atmospheric"
                + " Administration** (NOAA) in Silver Spring, Maryland will provide more than 5,000"
                + " weather balloon kits to rural middle schools studying the upper atmosphere and"
                + " space weather.\n");
    assertThat(commitment(g, "agency:noaa", "pledge", "Provide more than 5,000 weather balloon"))
        .isTrue();
  }

  @Test
  void aCoalitionNamedInPlainWords_issuesWhatItWillDo_butNotWhatItIsDescribedAsDoing()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing new commitments to grow the space workforce."
                + " She is also announcing a new coalition of rocket companies that will focus on"
                + " training welders for launch pads.\n\n"
                + "The coalition, with the support of NASA, will open two training centers for"
                + " launch pad technicians in Texas and Florida.\n");
    assertThat(coalitionPledge(g, "rocket companies", "Focus on training welders")).isTrue();
    assertThat(coalitionPledge(g, "rocket companies", "Open two training centers")).isTrue();
    Graph described =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing new commitments to grow the space workforce."
                + " In 2022 she announced a coalition of launch providers that are working together"
                + " to train welders for launch pads.\n");
    assertThat(coalitionPledge(described, "launch providers", "Working together")).isFalse();
  }

  @Test
  void theShortNameAnItemGivesItsActor_isTheIssuerOfItsLaterPledges() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Rocketry Days:** The American Institute of Aeronautics and Astronautics’s"
                + " (Institute) is launching Rocketry Days for rural students. In May, Institute"
                + " will host twelve rocket launch events for families. In June, Institute will also"
                + " partner with community colleges to run summer rocketry camps.\n");
    for (String pledge : List.of("Host twelve rocket launch events", "Partner with community")) {
      assertThat(
              ask(
                  g,
                  "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ;"
                      + " rdfs:label ?l . ?p rdfs:label ?n . FILTER(CONTAINS(?n, \"Aeronautics\"))"
                      + " FILTER(STRSTARTS(?l, \""
                      + pledge
                      + "\"))"))
          .as(pledge)
          .isTrue();
    }
  }

  private boolean coalitionPledge(Graph g, String of, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ; rdfs:label ?l ."
            + " ?p a spkg:Coalition ; rdfs:label \"coalition of "
            + of
            + "\"@en . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }

  private boolean lovelacePledge(Graph g, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ; rdfs:label ?l ."
            + " ?p a spkg:Person ; rdfs:label ?n . FILTER(CONTAINS(?n, \"Lovelace\"))"
            + " FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }
}
