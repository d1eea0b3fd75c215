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
 * Roles read from a possessive, on sentences written for the test: whose program it is (lead) or
 * whose system (owner), a possessive role noun, "-led" compounds and copular owners, an owner's
 * named program with no node, joint possessives, the subject's own event or program, whose
 * announcement or launch it is, and "X's signing of".
 */
class PossessiveRulesTest {

  @TempDir Path dir;

  @Test
  void possessiveSigningAndIntentToSign_makeSignatories() throws IOException {
    Graph g =
        factSheet(
            dir,
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
  void whosePrograms_lead_andWhoseSatelliteSystems_own() throws IOException {
    Graph g =
        factSheet(
            dir,
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
  void aPossessiveRoleNounGivesThePossessorItsRole() throws IOException {
    Graph g =
        titled(
            dir,
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
  void ledCompoundsCopularOwnersBuildersAndOperators() throws IOException {
    Graph g =
        factSheet(
            dir,
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
  void anOwnersNamedProgramWithNoNode_isLedOrOwnedByIt_butNotItsAwardsOrFields()
      throws IOException {
    Graph g =
        factSheet(
            dir,
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
        factSheet(
            dir,
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
  void theSubjectsOwnEventOrProgram_isConvenedOrLedByIt() throws IOException {
    Graph g =
        factSheet(
            dir,
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
  void whoseAnnouncementOrLaunchOfAProgramItIs_leadsIt() throws IOException {
    Graph g =
        factSheet(
            dir,
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
}
