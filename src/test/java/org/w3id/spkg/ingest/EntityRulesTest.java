package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that find and type the things a document names, each on sentences written for the test:
 * head-first names, organisations and companies, acronyms, and names that are lists or references
 * back ({@link PersonFinderTest} has people and offices). The relevance gate is off (--topic all):
 * these test the rules, not the gate.
 */
class EntityRulesTest {

  @TempDir Path dir;

  @Test
  void nameAfterADescribedWordForOneCompany_isACompany() throws IOException {
    Graph g =
        ingest(
            "The Space Force signed a satellite data agreement with Brazilian start-up 42 Orbits"
                + " and Kestrelwave. The Moon lander will carry a camera built by the U.S."
                + " company Halcyon Optics, which tests lunar rovers. Satellite maker Vortali"
                + " will launch a weather satellite. The company Tuesday Launch is not named"
                + " by a trade, and the law firm Pratt Wexley Dunmore Fane Hollis advised the"
                + " satellite program. The snack company Once Upon a Comet will fly a satellite.");
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"42 Orbits\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Kestrelwave\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Halcyon Optics\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Vortali\"@en")).isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Tuesday Launch\"@en")).isFalse();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Once Upon\"@en")).isFalse();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Pratt Wexley Dunmore Fane\"@en")).isFalse();
  }

  @Test
  void anAcronymTheDocumentDefines_winsOverTheReferenceDataReadingOfTheSameLetters()
      throws IOException {
    // The reference data reads KSA as Saudi Arabia; this document defines it as its space agency.
    Graph g =
        ingest(
            "The Kenya Space Agency (KSA) will operate a new satellite ground station. KSA"
                + " engineers will launch a small satellite in 2027.");
    assertThat(
            ask(
                g,
                "?d spkg:mentions <https://w3id.org/spkg/id/agency/kenya-space-agency> ."
                    + " <https://w3id.org/spkg/id/agency/kenya-space-agency> spkg:acronym \"KSA\""))
        .isTrue();
    assertThat(ask(g, "?d spkg:mentions nation:SA")).isFalse();
  }

  @Test
  void headFirstName_takesTheWordsBeforeItsHead_andIsTypedByTheHead() throws IOException {
    Graph g =
        ingest(
            "The two nations launched a Bilateral Dialogue on Lunar Exploration and the Martian"
                + " Mission to the Outer Moons, with the Laboratory for Polar Atmospheric Physics.");
    assertThat(
            ask(
                g,
                "?d a spkg:WorkingGroup ; rdfs:label \"Bilateral Dialogue on Lunar Exploration\"@en"))
        .isTrue();
    assertThat(ask(g, "?m a spkg:Mission ; rdfs:label \"Martian Mission to the Outer Moons\"@en"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?l a spkg:Laboratory ; rdfs:label \"Laboratory for Polar Atmospheric Physics\"@en"))
        .isTrue();
  }

  @Test
  void organisationsAndCompanies_areTypedByTheirHead_neverAsAgencies() throws IOException {
    Graph g =
        ingest(
            "The Society of Orbital Engineers (SOE) and Brightstar Rocket Corporation will"
                + " mentor students, with the Prairie A&M University satellite club and the"
                + " Greenfield Orbital Works (GOW).");
    assertThat(
            ask(
                g,
                "?s a spkg:Actor ; rdfs:label \"Society of Orbital Engineers\"@en ;"
                    + " spkg:acronym \"SOE\""))
        .isTrue();
    assertThat(ask(g, "?c a spkg:Company ; rdfs:label \"Brightstar Rocket Corporation\"@en"))
        .isTrue();
    assertThat(ask(g, "?u a spkg:Actor ; rdfs:label \"Prairie A&M University\"@en")).isTrue();
    assertThat(ask(g, "?a a spkg:Agency ; rdfs:label ?l FILTER(CONTAINS(STR(?l), \"Orbital\"))"))
        .isFalse();
    assertThat(ask(g, "?x spkg:acronym \"GOW\""))
        .as("a name whose head gives no class is no agency, nor anything")
        .isFalse();
  }

  @Test
  void aNameWithoutHeadThatActsAfterItsAcronym_isAnOrganisation() throws IOException {
    Graph g =
        ingest(
            "Friends in Rocketry (FIR) will present an award for satellite design. Friends of"
                + " Lunar Science (FLS) are sponsoring a lunar rover contest. Orbital Debris"
                + " Remediation (ODR) is a priority, and Deep Space Relay (DSR) has been tested.");
    assertThat(
            ask(
                g,
                "?s a spkg:Actor ; rdfs:label \"Friends in Rocketry\"@en ; spkg:acronym \"FIR\""))
        .isTrue();
    assertThat(ask(g, "?s a spkg:Actor ; rdfs:label \"Friends of Lunar Science\"@en")).isTrue();
    assertThat(ask(g, "?x spkg:acronym \"ODR\"")).as("is a: no act").isFalse();
    assertThat(ask(g, "?x spkg:acronym \"DSR\"")).as("has been tested: acted upon").isFalse();
  }

  @Test
  void anAcronymWithALowerCaseInitial_spellsTheLowerCaseHeadAndTheCapitalisedWords()
      throws IOException {
    Graph g =
        ingest(
            "Brazil and Norway launched the Brazil-Norway initiative on Polar Orbit Research"
                + " (iPOR) to share satellite data. The partnership for Lunar Dust Studies (pLDX)"
                + " will fly a lunar payload, and a mission to Outer Moons (zOM) is studied.");
    assertThat(
            ask(
                g,
                "?s a spkg:Partnership ; rdfs:label \"initiative on Polar Orbit Research\"@en ;"
                    + " spkg:acronym \"iPOR\""))
        .isTrue();
    assertThat(ask(g, "?x spkg:acronym \"pLDX\"")).as("X is not an initial").isFalse();
    assertThat(ask(g, "?x spkg:acronym \"zOM\"")).as("mission gives no z").isFalse();
  }

  @Test
  void anAcronymDefinedInAPassageNotAboutSpace_namesTheThingAPassageAboutSpaceUses()
      throws IOException {
    Graph g =
        RuleFixture.ingest(
            dir,
            "mixed.md",
            "Fact sheet: Chile and Denmark deepen ties",
            "The leaders welcomed the Andean-Nordic Trade Partnership (ANTP) and new tariff"
                + " rules for farm exports and fisheries.\n\nThe Fisheries Exchange Office"
                + " (FEO) will hold talks on ocean quotas and fishing fleets.\n\nUnder the"
                + " ANTP, the two space agencies will launch a joint Earth observation satellite"
                + " in 2028 and share launch services for lunar payloads.\n",
            IngestOptions.Topic.SPACE);
    assertThat(ask(g, "?s spkg:acronym \"ANTP\" . ?d spkg:mentions ?s . ?d a spkg:Document"))
        .isTrue();
    assertThat(ask(g, "?x spkg:acronym \"FEO\"")).as("never used about space").isFalse();
  }

  @Test
  void theOrderSignedToday_isAlsoNamedByItsKind_anEarlierOrderIsNot() throws IOException {
    Graph g =
        ingest(
            "Today, President Alma R. Vance signed an Executive Order to expand commercial lunar"
                + " landing services. In March, President Vance signed an Executive Order to"
                + " speed satellite launch licensing.");
    assertThat(
            ask(
                g,
                "?o a spkg:Policy ; rdfs:label \"Executive Order to expand commercial lunar landing"
                    + " services\"@en ; skos:altLabel \"Executive Order\"@en"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?o rdfs:label \"Executive Order to speed satellite launch licensing\"@en ;"
                    + " skos:altLabel \"Executive Order\"@en"))
        .as("signed in March, not today")
        .isFalse();
    Gazetteer kinds =
        Gazetteer.of(
            List.of(new Gazetteer.Entry("urn:x:order", Gazetteer.Form.NAME, "Executive Order")));
    assertThat(kinds.find("The Executive Order directs the agencies."))
        .as("a kind, no name")
        .isEmpty();
    assertThat(ask(g, "?o rdfs:label \"Executive Order to speed satellite launch licensing\"@en"))
        .isTrue();
  }

  @Test
  void anAcronymOpeningABoldItemsBody_isTheLeadsLastName_andWhereItIsBeforeItActs()
      throws IOException {
    Graph g =
        ingest(
            "-   **Rocket kits for schools: Friends of Orbital Learning** (FOL) in Dayton, Ohio"
                + " will provide 500 model rocket kits to rural schools.\n-   **Lunar"
                + " Lessons** (LL) will reach 40 schools with lessons on lunar landers.\n");
    assertThat(
            ask(
                g,
                "?s a spkg:Actor ; rdfs:label \"Friends of Orbital Learning\"@en ;"
                    + " spkg:acronym \"FOL\""))
        .isTrue();
  }

  @Test
  void anAspectOfAKnownBody_isNoBody_butAHeadWordOfOneIs() throws IOException {
    Graph g =
        ingest(
            "Sec. 3.  Membership of the National Aeronautics and Space Administration.  The"
                + " Department of the National Aeronautics and Space Administration will fly a"
                + " lunar lander.");
    assertThat(
            ask(
                g,
                "?s rdfs:label \"Membership of the National Aeronautics and Space"
                    + " Administration\"@en"))
        .isFalse();
  }

  @Test
  void aNameWithALowerCaseHead_isAlsoNamedWithTheHead() throws IOException {
    Graph g =
        ingest(
            "NASA will expand the Young Orbit Scouts program to reach students in rural"
                + " schools, and the agency will fly the Polar Light Imager mission in 2029.");
    assertThat(
            ask(
                g,
                "?p a spkg:Program ; rdfs:label \"Young Orbit Scouts\"@en ;"
                    + " skos:altLabel \"Young Orbit Scouts program\"@en"))
        .isTrue();
    assertThat(ask(g, "?m skos:altLabel \"Polar Light Imager mission\"@en")).isTrue();
  }

  @Test
  void aNameWithATypographicApostrophe_isTheKnownName() throws IOException {
    Graph g =
        ingest("The People\u2019s Republic of China tested a lunar lander and a new satellite.");
    assertThat(ask(g, "?d spkg:mentions <https://w3id.org/spkg/id/nation/CN>")).isTrue();
    assertThat(ask(g, "?d spkg:mentions <https://w3id.org/spkg/id/nation/TW>")).isFalse();
  }

  @Test
  void twoNamesJoinedByAnd_areTwoNames_andAReferenceBackIsNone() throws IOException {
    Graph g =
        ingest(
            "Northfield Launch Corporation and Southgate Orbital Corporation will build a cubesat."
                + " The Members of the Group will meet in the spring to review the satellite"
                + " design.");
    assertThat(
            ask(
                g,
                "?u rdfs:label \"Northfield Launch Corporation and Southgate Orbital Corporation\"@en"))
        .isFalse();
    assertThat(ask(g, "?u a spkg:Company ; rdfs:label \"Southgate Orbital Corporation\"@en"))
        .isTrue();
    assertThat(ask(g, "?g rdfs:label \"Members of the Group\"@en")).isFalse();
  }

  @Test
  void twoOrganisationsJoinedByAnd_areTwo_evenWithDifferentHeads() throws IOException {
    Graph g =
        ingest(
            "Riverside Media Production Group and Hollis Family Philanthropies will fund a"
                + " satellite design contest with the Lakeview School of Engineering.");
    assertThat(ask(g, "?u rdfs:label ?l FILTER(CONTAINS(STR(?l), \" and \"))")).isFalse();
    assertThat(ask(g, "?u a spkg:Actor ; rdfs:label \"Hollis Family Philanthropies\"@en")).isTrue();
    assertThat(ask(g, "?u a spkg:Actor ; rdfs:label \"Lakeview School of Engineering\"@en"))
        .isTrue();
  }

  @Test
  void itemTitleThatIsAName_namesTheThing() throws IOException {
    Graph g =
        ingest(
            "-   **Joint Forum on Space Sustainability:** The two agencies will convene experts"
                + " on orbital debris.\n");
    assertThat(
            ask(
                g,
                "?f a spkg:WorkingGroup ; rdfs:label \"Joint Forum on Space Sustainability\"@en"))
        .isTrue();
  }

  @Test
  void knownCompanyAndCoalition_areMentioned() throws IOException {
    Graph g =
        ingest(
            "Blue Origin will fly student experiments on a suborbital rocket, and the Quad"
                + " partners will share satellite data.");
    assertThat(ask(g, "?d spkg:mentions <https://w3id.org/spkg/id/company/blue-origin>")).isTrue();
    assertThat(ask(g, "?d spkg:mentions <https://w3id.org/spkg/id/program/quad>")).isTrue();
  }

  @Test
  void aNameWithAHeadWordBeforeAndAndAnotherHeadFirstName_areTwoNames() throws IOException {
    Graph g =
        ingest(
            "With the support of Orbital Rocketry Association and American Institute of Lunar"
                + " Studies, the coalition will train satellite technicians.");
    assertThat(ask(g, "?o rdfs:label \"Orbital Rocketry Association\"@en")).isTrue();
    assertThat(ask(g, "?o rdfs:label \"American Institute of Lunar Studies\"@en")).isTrue();
  }

  private Graph ingest(String body) throws IOException {
    return RuleFixture.ingest(
        dir, "entities.md", "Test fact sheet", body + "\n", IngestOptions.Topic.ALL);
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
