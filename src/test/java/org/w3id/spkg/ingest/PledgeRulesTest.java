package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.ingest.RuleFixture.commitment;
import static org.w3id.spkg.ingest.RuleFixture.spaceDoc;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pledges, on sentences written for the test: the undertakings of a document that announces
 * commitments, a further pledge of an item in a later sentence or a second verb, what each signer
 * of an arrangement will do, an announced item that will highlight a theme, and a prose paragraph
 * of announced commitments. The relevance gate is on.
 */
class PledgeRulesTest {

  @TempDir Path dir;

  @Test
  void undertakingsOfADocumentThatAnnouncesCommitments_arePledges() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing new commitments to grow the space workforce,"
                + " with the following commitments:\n\n"
                + "-   **Satellite Internships:** NASA is providing $2 million to fund satellite"
                + " engineering internships at community colleges.\n"
                + "-   **Rocketry Apprenticeships:** The Department of Energy will host an"
                + " apprenticeship summit for rocket propulsion technicians.\n");
    assertThat(commitment(g, "agency:nasa", "pledge", "Providing $2 million to fund satellite"))
        .isTrue();
    assertThat(commitment(g, "agency:doe", "pledge", "Host an apprenticeship summit")).isTrue();
  }

  @Test
  void aFurtherPledgeOfAnItemInALaterSentence_isOneMore_butADetailOfAPlanIsNot()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Rocket Camps:** In May, NASA will open a rocketry camp for rural students."
                + " To train their teachers, NASA is hosting a free summer institute on orbital"
                + " mechanics.\n");
    assertThat(commitment(g, "agency:nasa", "pledge", "Open a rocketry camp")).isTrue();
    assertThat(commitment(g, "agency:nasa", "pledge", "Hosting a free summer institute")).isTrue();
    Graph plans =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "-   **Launch Licensing:** NOAA will simplify the licensing of commercial weather"
                + " satellites. NOAA will publish a licensing guide for satellite operators.\n");
    assertThat(commitment(plans, "agency:noaa", "plan", "Simplify the licensing")).isTrue();
    assertThat(commitment(plans, "agency:noaa", "plan", "Publish a licensing guide"))
        .as("a plan's second sentence details the first")
        .isFalse();
  }

  @Test
  void aSecondVerbOfTheSameSubject_isAPlanOfItsOwn_evenInTheSameItem() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "The Administration is taking new steps:\n\n"
                + "-   **Lunar Dust Network:** The United States is committed to joining the"
                + " Lunar Dust Network and looks forward to working with Brazil to finalize the"
                + " network's charter for lunar surface science.\n");
    assertThat(commitment(g, "nation:US", "pledge", "Joining the Lunar Dust Network")).isTrue();
    assertThat(commitment(g, "nation:US", "plan", "Working with Brazil to finalize")).isTrue();
  }

  @Test
  void whatEachSignerOfAnArrangementWillDo_isAPledge_butWhatOthersWillDoIsAPlan()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "-   **Lunar Utility Vehicle:** The United States and Canada signed an implementing"
                + " arrangement for robotic exploration of the Moon. Canada will provide a lunar"
                + " utility vehicle to support surface operations, while the United States will fly"
                + " two Canadian instruments on a commercial lunar lander. NOAA will study the"
                + " space weather data the instruments return.\n\n"
                + "-   **Ocean Satellites:** Canada will provide a radar instrument for a joint"
                + " ocean monitoring satellite.\n");
    assertThat(commitment(g, "nation:CA", "pledge", "Provide a lunar utility vehicle")).isTrue();
    assertThat(commitment(g, "nation:US", "pledge", "Fly two Canadian instruments")).isTrue();
    assertThat(commitment(g, "agency:noaa", "plan", "Study the space weather data")).isTrue();
    assertThat(commitment(g, "nation:CA", "plan", "Provide a radar instrument")).isTrue();
    assertThat(commitment(g, "nation:CA", "pledge", "Provide a radar instrument")).isFalse();
  }

  @Test
  void anAnnouncedItemThatWillHighlightATheme_isAPledge_butProseThatWillHighlightIsNot()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Weather Satellite Coding Week:** NOAA will highlight careers in satellite"
                + " meteorology in its summer coding tutorials for middle school students.\n\n"
                + "At the event, NASA will highlight the importance of a skilled space workforce.\n");
    assertThat(commitment(g, "agency:noaa", "pledge", "Highlight careers in satellite")).isTrue();
    assertThat(commitment(g, "agency:nasa", "pledge", "Highlight the importance")).isFalse();
  }

  @Test
  void aProseParagraphOfAnnouncedCommitmentsAboutSpace_statesAPledgeInEachSentence()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments to grow the space"
                + " workforce.\n\n"
                + "*Rural Coding Clubs*\n\n"
                + "The Department of Energy is creating a network of rural coding clubs for"
                + " teenagers. The clubs will use satellite imagery of farmland to teach data"
                + " science.\n");
    assertThat(commitment(g, "agency:doe", "pledge", "Creating a network of rural coding clubs"))
        .isTrue();
  }
}
