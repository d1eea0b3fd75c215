package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Membership and signature stated in the prose of joint statements and fact sheets, on sentences
 * written for the test: "as (founding) members / signatories of", "work together … within /
 * through" an international body, "commenced negotiations on" and a signed agreement the item names
 * only by its head noun.
 */
class MembershipProseRulesTest {

  private static final String COPUOS = "<https://w3id.org/spkg/id/organization/copuos>";

  @TempDir Path dir;

  @Test
  void asFoundingMembers_theSubjectOrTheJointStatementsParties() throws IOException {
    Graph joint =
        ingestTitled(
            "joint.md",
            "Joint Statement from the United States and Chile",
            "As founding signatories to the Artemis Accords, we will open our lunar data archives"
                + " to each other's researchers.\n");
    for (String nation : new String[] {"nation:US", "nation:CL"}) {
      assertThat(ask(joint, "program:artemis-accords " + part(nation, "signatory")))
          .as(nation)
          .isTrue();
    }
    Graph sheet =
        ingestTitled(
            "sheet.md",
            "Fact Sheet: Space Debris Cooperation",
            "As members of the Committee on the Peaceful Uses of Outer Space, Brazil and Peru"
                + " will present a joint paper on debris mitigation.\n\n"
                + "Norway and Italy, as members of the Committee on the Peaceful Uses of Outer"
                + " Space, welcomed the paper.\n\n"
                + "The President appointed three scientists as members of the Committee on the"
                + " Peaceful Uses of Outer Space delegation.\n");
    for (String nation : new String[] {"nation:BR", "nation:PE", "nation:NO", "nation:IT"}) {
      assertThat(ask(sheet, COPUOS + " " + part(nation, "member"))).as(nation).isTrue();
    }
    assertThat(ask(sheet, COPUOS + " " + part("nation:US", "member")))
        .as("people appointed as members are no nation's membership")
        .isFalse();
    Graph notJoint =
        ingestTitled(
            "remarks.md",
            "Remarks on the United States and Chile",
            "As founding signatories to the Artemis Accords, we will open our lunar data archives"
                + " to each other's researchers.\n");
    assertThat(ask(notJoint, "program:artemis-accords " + part("nation:CL", "signatory")))
        .as("'we' stands for the parties of a joint document only")
        .isFalse();
  }

  @Test
  void workingTogetherWithinAnInternationalBody_makesMembers() throws IOException {
    Graph g =
        ingestTitled(
            "work.md",
            "Fact Sheet: Canada and Mexico",
            "Canada and Mexico will continue to work together on orbital debris, including within"
                + " the Committee on the Peaceful Uses of Outer Space and through the Quadrilateral"
                + " Security Dialogue, where they work with Norway and Italy to share tracking"
                + " data.\n\n"
                + "Peru will work with its neighbours on debris through a new regional fund.\n");
    for (String nation : new String[] {"nation:CA", "nation:MX"}) {
      assertThat(ask(g, COPUOS + " " + part(nation, "member"))).as(nation).isTrue();
      assertThat(ask(g, "program:quad " + part(nation, "member"))).as(nation).isTrue();
    }
    for (String nation : new String[] {"nation:NO", "nation:IT"}) {
      assertThat(ask(g, "program:quad " + part(nation, "member"))).as(nation).isTrue();
      assertThat(ask(g, COPUOS + " " + part(nation, "member")))
          .as("'where they work with' names members of the body just named")
          .isFalse();
    }
    assertThat(ask(g, "?u " + part("nation:PE", "member"))).isFalse();
  }

  @Test
  void negotiationsAndSigning_ofTheAgreementTheItemNames() throws IOException {
    Graph g =
        ingestTitled(
            "sign.md",
            "Fact Sheet: Peru and the United States",
            "The leaders announced the following:\n\n"
                + item(
                    "Launch Safeguards Agreement",
                    "Peru and the United States commenced negotiations on a launch safeguards"
                        + " agreement that would allow commercial launches from Peru.")
                + item(
                    "Lunar Science Implementing Arrangement",
                    "Peru and the United States signed a historic implementing arrangement for"
                        + " lunar science.")
                + item("Deep Space Data Arrangement", "Peru signed a trade agreement with Chile."));
    String safeguards = "?u rdfs:label \"Launch Safeguards Agreement\"@en ; ";
    String lunar = "?u rdfs:label \"Lunar Science Implementing Arrangement\"@en ; ";
    for (String nation : new String[] {"nation:PE", "nation:US"}) {
      assertThat(ask(g, safeguards + part(nation, "participant"))).as(nation).isTrue();
      assertThat(ask(g, safeguards + part(nation, "signatory")))
          .as("negotiating is not signing")
          .isFalse();
      assertThat(ask(g, lunar + part(nation, "signatory"))).as(nation).isTrue();
    }
    assertThat(
            ask(
                g,
                "?u rdfs:label \"Deep Space Data Arrangement\"@en ; "
                    + part("nation:PE", "signatory")))
        .as("a trade agreement is no arrangement: the head nouns differ")
        .isFalse();
  }

  @Test
  void whoConvenesOrHostsACountedMeeting() throws IOException {
    Graph g =
        ingestTitled(
            "meet.md",
            "Fact Sheet: Space Weather Meetings",
            "Today, NASA and NOAA will convene the second meeting of the National Space Council in"
                + " Houston.\n\n"
                + "Last year, Canada hosted the first meeting of the Committee on the Peaceful Uses"
                + " of Outer Space in Ottawa.\n\n"
                + "The Department of Energy will host a lunar workshop in the spring.\n");
    for (String agency : new String[] {"agency:nasa", "agency:noaa"}) {
      assertThat(ask(g, "?m a spkg:Meeting ; " + part(agency, "convener"))).as(agency).isTrue();
    }
    assertThat(ask(g, "?m a spkg:Meeting ; " + part("nation:CA", "host"))).isTrue();
    assertThat(ask(g, "?m a spkg:Meeting ; " + part("agency:doe", "host")))
        .as("a workshop the document does not name as a meeting")
        .isFalse();
  }

  @Test
  void fellowMembers_signatoriesWithAuxiliaries_andTheDialoguesTwoNationsHold() throws IOException {
    Graph g =
        ingestTitled(
            "joint2.md",
            "Joint Statement from the United States and Peru",
            "As fellow Quad members, India and Australia support a free and open space domain.\n\n"
                + "Chile has signed the Artemis Accords to support peaceful exploration.\n\n"
                + "Peru became the 40th signatory of the Artemis Accords last week.\n\n"
                + "Canada and Mexico will hold the second Orbital Debris Policy Dialogue in Ottawa"
                + " to discuss tracking data.\n\n"
                + "Both sides praised the inaugural Lunar Trade Dialogue held in Lima in March.\n\n"
                + "Mexico signed a memorandum with Chile to study the Artemis Accords.\n");
    for (String nation : new String[] {"nation:IN", "nation:AU"}) {
      assertThat(ask(g, "program:quad " + part(nation, "member"))).as(nation).isTrue();
    }
    for (String nation : new String[] {"nation:CL", "nation:PE"}) {
      assertThat(ask(g, "program:artemis-accords " + part(nation, "signatory")))
          .as(nation)
          .isTrue();
    }
    assertThat(ask(g, "program:artemis-accords " + part("nation:MX", "signatory")))
        .as("Mexico signed a memorandum, not the Accords named further on")
        .isFalse();
    String debris = "?u rdfs:label \"Orbital Debris Policy Dialogue\"@en ; ";
    String trade = "?u rdfs:label \"Lunar Trade Dialogue\"@en ; ";
    for (String nation : new String[] {"nation:CA", "nation:MX"}) {
      assertThat(ask(g, debris + part(nation, "partner"))).as(nation).isTrue();
    }
    for (String nation : new String[] {"nation:US", "nation:PE"}) {
      assertThat(ask(g, trade + part(nation, "partner"))).as(nation).isTrue();
      assertThat(ask(g, debris + part(nation, "partner")))
          .as("the dialogue's own subject holds it, not the parties")
          .isFalse();
    }
  }

  @Test
  void foundingMembersInclude_theBodyNamedOrItsHeadWord() throws IOException {
    Graph g =
        ingestTitled(
            "include.md",
            "Fact Sheet: Lunar Cooperation",
            "Founding members of the Quadrilateral Security Dialogue include Canada and Mexico.\n\n"
                + "NASA announced the Lunar Dust Coalition to study regolith. The newest nations to"
                + " join the coalition include Peru and Chile.\n\n"
                + "Members of the panel include Brazil and Norway.\n");
    for (String nation : new String[] {"nation:CA", "nation:MX"}) {
      assertThat(ask(g, "program:quad " + part(nation, "member"))).as(nation).isTrue();
    }
    String dust = "?u rdfs:label \"Lunar Dust Coalition\"@en ; ";
    for (String nation : new String[] {"nation:PE", "nation:CL"}) {
      assertThat(ask(g, dust + part(nation, "member"))).as(nation).isTrue();
    }
    assertThat(ask(g, "?u " + part("nation:BR", "member")))
        .as("no body the document named ends with 'panel'")
        .isFalse();
  }

  @Test
  void participatedIn_theActorsOrTheOpeningSubjectOfASecondVerb() throws IOException {
    Graph g =
        ingestTitled(
            "took-part.md",
            "Fact Sheet: Canada and Mexico",
            "Canada and Mexico have pledged to share tracking data, and have both participated in"
                + " the Committee on the Peaceful Uses of Outer Space.\n\n"
                + "Brazil and Peru took part in the Quadrilateral Security Dialogue last year.\n\n"
                + "Norway took part in a workshop on debris.\n\n"
                + "Chile participated in the Quadrilateral Security Dialogue Leaders Summit.\n");
    for (String nation : new String[] {"nation:CA", "nation:MX"}) {
      assertThat(ask(g, COPUOS + " " + part(nation, "participant"))).as(nation).isTrue();
    }
    for (String nation : new String[] {"nation:BR", "nation:PE"}) {
      assertThat(ask(g, "program:quad " + part(nation, "participant"))).as(nation).isTrue();
    }
    assertThat(ask(g, "?u " + part("nation:NO", "participant")))
        .as("an unnamed workshop is no undertaking of the document")
        .isFalse();
    assertThat(ask(g, "program:quad " + part("nation:CL", "participant")))
        .as("the name goes on past the node: a summit of the dialogue, not the dialogue")
        .isFalse();
  }

  @Test
  void joinedBy_theOfficialsListedTakePartInTheMeetingNamedJustBefore() throws IOException {
    String nasa = "<https://w3id.org/spkg/id/office/nasa-administrator>";
    String nspc = "<https://w3id.org/spkg/id/office/nspc-executive-secretary>";
    Graph g =
        ingestTitled(
            "joined.md",
            "Fact Sheet: Canada and Mexico Open a Space Dialogue",
            "Today, the two foreign ministers led the inaugural meeting of the Quadrilateral"
                + " Security Dialogue in Ottawa. They were joined on the Canadian side by the"
                + " Administrator of the National Aeronautics and Space Administration, the Executive"
                + " Secretary of the National Space Council, and senior officials of the Canadian"
                + " Space Agency.\n\n"
                + "The minister traveled to Lima. He was joined by the Administrator of the National"
                + " Aeronautics and Space Administration.\n");
    for (String office : new String[] {nasa, nspc}) {
      assertThat(ask(g, "?m a spkg:Meeting ; " + part(office, "participant"))).as(office).isTrue();
    }
    assertThat(
            ask(
                g,
                "?u spkg:qualifiedParticipation ?p . ?p ?by ?ev . ?ev spkg:text ?t ."
                    + " FILTER(CONTAINS(?t, \"Lima\"))"))
        .as("no meeting named before: a trip's company is no participation")
        .isFalse();
  }

  private static String part(String agent, String role) {
    return "spkg:qualifiedParticipation [ spkg:agent " + agent + " ; spkg:role role:" + role + " ]";
  }

  private static String item(String title, String text) {
    return "-   **" + title + ":** " + text + "\n";
  }

  private Graph ingestTitled(String name, String title, String body) throws IOException {
    return RuleFixture.ingest(dir, name, title, body, IngestOptions.Topic.ALL);
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
